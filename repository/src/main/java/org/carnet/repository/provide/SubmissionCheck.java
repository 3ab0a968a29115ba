package org.carnet.repository.provide;

import java.util.List;

import org.carnet.common.error.ErrorList;

/**
 * A check of the staged documents of a submission before anything becomes visible: hash and size against the
 * metadata ({@link HashAndSizeCheck}); signature verification is another. Problems go to the error list.
 */
@FunctionalInterface
public interface SubmissionCheck {
    void check(List<ProvideAndRegisterService.StagedEntry> staged, ErrorList errors);
}
