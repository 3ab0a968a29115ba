package org.carnet.common.error;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes what the client is told (STYLE 6). An {@link XdsException}
 * anywhere in the cause chain keeps its own errors and is logged at WARN, by code only and without a stack;
 * anything else is an internal error: logged once at ERROR with its stack under an opaque id, and the client gets
 * only the id.
 */
public record Failure(List<XdsError> errors, String errorId) {
    private static final Logger log = LoggerFactory.getLogger(Failure.class);

    public static Failure of(Throwable thrown, ErrorCode internalErrorCode, String transaction) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof XdsException x) {
                Failure failure = new Failure(x.errors(), null);
                // codes only: the contexts name patients and documents, which stay out of the log
                log.warn("{} refused: {}", transaction, failure.codes());
                return failure;
            }
        }
        String id = UUID.randomUUID().toString();
        log.error("{} failed with internal error {}", transaction, id, thrown);
        return new Failure(List.of(XdsError.error(internalErrorCode,
                "internal error; the node's operators can find it in the log under error id " + id, null)), id);
    }

    public List<String> codes() {
        return errors.stream().map(e -> e.code().wire()).distinct().toList();
    }
}
