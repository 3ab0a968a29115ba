package org.carnet.audit.testing;

import java.time.Instant;
import java.util.List;

import org.carnet.audit.message.AuditSource;
import org.carnet.audit.message.LocalNode;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;
import org.carnet.common.transaction.TransactionEvent.Outcome;

/** Transaction events as the node tells them, one valid sample per transaction, and the node that audits them. */
public final class SampleEvents {
    public static final String PATIENT = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";
    public static final String SUBMISSION_SET = "1.2.250.1.999.2.1.20261124.1";
    public static final String DOCUMENT_1 = "1.2.250.1.999.3.1.1";
    public static final String DOCUMENT_2 = "1.2.250.1.999.3.1.2";
    public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
    public static final String REPOSITORY = "1.2.250.1.999.1.1.1";
    public static final String REGISTRY_URL = "http://node.example:8080/services/registry";
    public static final String REPOSITORY_URL = "http://node.example:8080/services/repository";
    public static final String API_URL = "http://node.example:8080/api/dossiers";
    public static final Instant START = Instant.parse("2026-11-24T09:15:00.000Z");
    public static final Instant END = Instant.parse("2026-11-24T09:15:00.250Z");
    public static final String ACCESS_DENIED = "DMPAccessDenied";

    private SampleEvents() {
    }

    public static LocalNode node() {
        return new LocalNode(new AuditSource("carnet-test", null), "carnet", "node.example", "4242",
                SampleEvents::endpoint, REPOSITORY);
    }

    public static String endpoint(Transaction t) {
        return switch (t) {
            case ITI_41, ITI_43, ITI_86 -> REPOSITORY_URL;
            case DOSSIER -> API_URL;
            default -> REGISTRY_URL;
        };
    }

    /** Dr Alice Martin, médecin (profession 10), at the hospital's workstation 10.1.2.3. */
    public static Caller doctor() {
        return new Caller(Actor.professional("810001234567", "10", "SM26", "1.2.250.1.71.4.2.2|3401234"),
                "MARTIN Alice", AccessMode.NORMAL, new Code("10", "1.2.250.1.71.1.2.7", "Médecin"),
                "1.2.250.1.71.4.2.2|3401234", "10.1.2.3");
    }

    /** The same doctor breaking the glass. */
    public static Caller emergencyDoctor() {
        Caller d = doctor();
        return new Caller(d.actor(), d.name(), AccessMode.BRIS_DE_GLACE, d.role(), d.organisation(), d.address());
    }

    /** The laboratory's integration engine, a system actor. */
    public static Caller labEngine() {
        return Caller.system("lab-engine", "10.1.2.4");
    }

    public static Caller patient() {
        return Caller.patient(PATIENT, "DUPONT Jeanne", "192.0.2.7");
    }

    public static TransactionEvent success(Transaction t, Caller caller) {
        return new TransactionEvent(t, Outcome.SUCCESS, caller, START, END, PATIENT,
                t == Transaction.ITI_41 || t == Transaction.ITI_42 || t == Transaction.ITI_57 ? SUBMISSION_SET : null,
                documents(t), t == Transaction.ITI_18 || t == Transaction.ITI_51 ? FIND_DOCUMENTS : null,
                t == Transaction.DOSSIER ? "OPEN" : null, List.of(), null);
    }

    public static TransactionEvent refused(Transaction t, Caller caller, String code) {
        TransactionEvent ok = success(t, caller);
        return new TransactionEvent(t, Outcome.FAILURE, caller, START, END, ok.patientKey(), ok.submissionSetId(),
                ok.documentIds(), ok.queryId(), ok.action(), List.of(code), null);
    }

    public static TransactionEvent internalError(Transaction t, Caller caller) {
        TransactionEvent ok = success(t, caller);
        return new TransactionEvent(t, Outcome.FAILURE, caller, START, END, ok.patientKey(), ok.submissionSetId(),
                ok.documentIds(), ok.queryId(), ok.action(), List.of("XDSRegistryError"), "5f0c-err");
    }

    private static List<String> documents(Transaction t) {
        return switch (t) {
            case ITI_41, ITI_42, ITI_43, ITI_86 -> List.of(DOCUMENT_1, DOCUMENT_2);
            case ITI_62 -> List.of("urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1");
            default -> List.of();
        };
    }
}
