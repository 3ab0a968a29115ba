package org.carnet.repository.provide;

import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;

/**
 * When the source sent hash or size, they must be those of the attached document (ITI TF-2 3.41.4.1.3;
 * NIST 11981, 12369): XDSRepositoryMetadataError otherwise.
 */
public final class HashAndSizeCheck implements SubmissionCheck {

    @Override
    public void check(List<ProvideAndRegisterService.StagedEntry> staged, ErrorList errors) {
        for (ProvideAndRegisterService.StagedEntry s : staged) {
            DocumentEntry de = s.entry();
            if (de.hash() != null && !de.hash().trim().equalsIgnoreCase(s.staged().sha1())) {
                errors.add(ErrorCode.REPOSITORY_METADATA_ERROR, "hash " + de.hash() + " in the metadata is not the "
                        + "SHA-1 of the attached document (" + s.staged().sha1() + ")", de.entryUuid());
            }
            if (de.size() != null && de.size() != s.staged().size()) {
                errors.add(ErrorCode.REPOSITORY_METADATA_ERROR, "size " + de.size() + " in the metadata is not the size"
                        + " of the attached document (" + s.staged().size() + " bytes)", de.entryUuid());
            }
        }
    }
}
