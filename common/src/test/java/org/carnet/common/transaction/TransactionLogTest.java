package org.carnet.common.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.carnet.common.access.Caller;
import org.junit.jupiter.api.Test;

/** The INFO line names no patient: a patient caller is shown by kind, not by their INS. */
class TransactionLogTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static TransactionEvent by(Caller caller) {
        return new TransactionEvent(Transaction.DOSSIER, TransactionEvent.Outcome.SUCCESS, caller, NOW, NOW,
                "248039263001064^^^&1.2.250.1.213.1.4.10&ISO", null, List.of(), null, "OPEN", List.of(), null);
    }

    @Test
    void aPatientCallerIsShownByKindOthersByTheirId() {
        assertThat(TransactionLog.caller(by(Caller.patient("248039263001064^^^&1.2.250.1.213.1.4.10&ISO", "X",
                null)))).isEqualTo("PATIENT");
        assertThat(TransactionLog.caller(by(Caller.system("integration-engine", null))))
                .isEqualTo("integration-engine");
        assertThat(TransactionLog.caller(by(null))).isEqualTo("-");
    }
}
