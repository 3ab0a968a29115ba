package org.carnet.common.transaction;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per transaction: what, outcome, counts, duration, error codes and error id. No patient data:
 * patient ids and document ids are health data and stay out of the INFO log.
 */
public final class TransactionLog implements TransactionListener {
    private static final Logger log = LoggerFactory.getLogger(TransactionLog.class);

    @Override
    public void onTransaction(TransactionEvent e) {
        log.info("{} {} caller={} documents={} durationMs={}{}{}", e.transaction().code(), e.outcome(),
                caller(e), e.documentIds().size(),
                Duration.between(e.start(), e.end()).toMillis(),
                e.errorCodes().isEmpty() ? "" : " errors=" + e.errorCodes(),
                e.errorId() == null ? "" : " errorId=" + e.errorId());
    }

    /** A patient's id is their INS, and a representative's names them too: only the kind is shown for those. */
    static String caller(TransactionEvent e) {
        if (e.caller() == null) {
            return "-";
        }
        return e.caller().actor().isPatientSide() ? e.caller().kind().name() : e.caller().id();
    }
}
