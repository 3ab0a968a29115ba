package org.carnet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.DossierManagementDecider;
import org.carnet.common.policy.DossierOperation;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.common.transaction.Transactions;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.server.http.JsonServlet;
import org.carnet.server.http.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every dossier operation reaches the transaction listeners (the audit trail) as {@link Transaction#DOSSIER} with
 * its action and patient, on success and on refusal: a policy refusal names its rule, a state conflict its problem,
 * an internal error its XDS code and error id.
 */
class DossierOperationsTest {
    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final String KEY = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO";
    static final Caller PATIENT = Caller.patient(KEY, "LAURENCE", "10.0.0.2");
    static final Caller DOCTOR = new Caller(Actor.professional("899900063480", "10", "SM26", null), "MAX LIBRE",
            org.carnet.common.access.AccessMode.NORMAL, null, null, "10.0.0.1");

    private final Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", 2);
    private final List<TransactionEvent> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DossierDirectory dossiers;
    private final DossierOperations operations;

    DossierOperationsTest() {
        database.migrate("registry");
        dossiers = new DossierDirectory(database, clock);
        operations = new DossierOperations(new Transactions(events::add, clock), new DossierManagementDecider(),
                dossiers);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSuccessIsToldWithItsActionAndPatient() {
        Reply reply = operations.run(PATIENT, DossierOperation.OPEN, step -> {
            step.patient(KEY).authorise();
            return Reply.created(dossiers.open(new Cx(KEY), PATIENT).created());
        });

        assertThat(reply).isEqualTo(Reply.created(true));
        assertThat(events).containsExactly(new TransactionEvent(Transaction.DOSSIER, Outcome.SUCCESS, PATIENT, NOW,
                NOW, KEY, null, List.of(), null, "OPEN", List.of(), null));
    }

    @Test
    void aRefusalIsA403NamingTheRuleAndIsToldAsAFailureWithThatRule() {
        Reply reply = operations.run(DOCTOR, DossierOperation.BLOCK, step -> {
            step.patient(KEY).authorise(r -> r.withProfessional("810000000001"));
            throw new AssertionError("refused before any change");
        });

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo(new DossierOperations.RefusalBody("refused by DMP rule ONLY_PATIENT_BLOCKS"
                + " (§3 TD1.6: only the patient blocks or unblocks a professional)", "ONLY_PATIENT_BLOCKS"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(e.action()).isEqualTo("BLOCK");
            assertThat(e.patientKey()).isEqualTo(KEY);
            assertThat(e.errorCodes()).containsExactly("ONLY_PATIENT_BLOCKS");
            assertThat(e.errorId()).isNull();
        });
    }

    @Test
    void bothWaysOfAuthorisingAreToldAsAuthorise() {
        operations.run(DOCTOR, DossierOperation.AUTHORISE_SELF, step -> {
            step.patient(KEY).authorise(r -> r.withProfessional(DOCTOR.id()));
            return Reply.noContent();
        });

        assertThat(events).extracting(TransactionEvent::action).containsExactly("AUTHORISE");
    }

    @Test
    void aDossierInTheWrongStateIsA404Or409ToldWithItsProblem() {
        Reply missing = operations.run(PATIENT, DossierOperation.CLOSE, step -> {
            step.patient(KEY).authorise();
            return Reply.ok(dossiers.close(KEY, "FERMETURE_DEMANDE_PATIENT", PATIENT));
        });
        Reply open = operations.run(PATIENT, DossierOperation.REOPEN, step -> {
            step.patient(KEY).authorise();
            dossiers.open(new Cx(KEY), PATIENT);
            return Reply.ok(dossiers.reopen(KEY, PATIENT));
        });

        assertThat(missing).isEqualTo(new Reply(404, new JsonServlet.ErrorBody("no dossier for this patient")));
        assertThat(open).isEqualTo(new Reply(409, new JsonServlet.ErrorBody(
                "the dossier is open: there is nothing to reopen")));
        assertThat(events).extracting(TransactionEvent::errorCodes)
                .containsExactly(List.of("NO_DOSSIER"), List.of("OPEN"));
    }

    @Test
    void anInternalErrorIsA500WithAnIdTheLogAndTheAuditTrailShare() {
        Reply reply = operations.run(PATIENT, DossierOperation.READ_STATE, step -> {
            step.patient(KEY).authorise();
            throw new SQLException("disk on fire");
        });

        TransactionEvent event = events.get(0);
        assertThat(event.errorId()).isNotNull();
        assertThat(event.errorCodes()).containsExactly("XDSRegistryError");
        assertThat(reply).isEqualTo(new Reply(500, new JsonServlet.ErrorBody("internal error, id "
                + event.errorId())));
    }
}
