package org.carnet.registry.audit;

import static java.util.Map.entry;

import java.util.Map;

import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.policy.DossierOperation;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;

/**
 * What a trace tells the patient was done to their record: a stable code for programs and an English label for
 * people, whose subject is the actor ("Dr Martin" + "read a document"). {@link #of} maps a transaction and the DMP
 * action it names; {@link #label} says it as done, or as tried when the transaction failed.
 */
public enum AccessAction {
    DOCUMENTS_LISTED("consulted the list of documents", "tried to consult the list of documents"),
    DOCUMENT_READ("read {documents}", "tried to read {documents}"),
    DOCUMENT_ADDED("added {documents}", "tried to add {documents}"),
    DOCUMENT_UPDATED("updated the description of {documents}", "tried to update the description of {documents}"),
    DOCUMENT_MASKED("masked {documents} from professionals", "tried to mask {documents} from professionals"),
    DOCUMENT_UNMASKED("unmasked {documents}", "tried to unmask {documents}"),
    DOCUMENT_PATIENT_VISIBILITY_CHANGED("changed whether the patient sees {documents}",
            "tried to change whether the patient sees {documents}"),
    DOCUMENT_REPRESENTATIVES_VISIBILITY_CHANGED("changed whether the legal representatives see {documents}",
            "tried to change whether the legal representatives see {documents}"),
    DOCUMENT_ARCHIVED("archived {documents}", "tried to archive {documents}"),
    DOCUMENT_UNARCHIVED("took {documents} out of the archive", "tried to take {documents} out of the archive"),
    DOCUMENT_DELETED("deleted {documents}", "tried to delete {documents}"),
    DOCUMENT_REMOVED("removed {documents} from the record", "tried to remove {documents} from the record"),
    DOSSIER_OPENED("opened the record", "tried to open the record"),
    DOSSIER_CLOSED("closed the record", "tried to close the record"),
    DOSSIER_REOPENED("reopened the record", "tried to reopen the record"),
    PROFESSIONAL_AUTHORISED("authorised a professional on the record",
            "tried to authorise a professional on the record"),
    PROFESSIONAL_BLOCKED("blocked a professional from the record", "tried to block a professional from the record"),
    PROFESSIONAL_UNBLOCKED("unblocked a professional", "tried to unblock a professional"),
    MEDECIN_TRAITANT_DECLARED("became médecin traitant", "tried to become médecin traitant"),
    MEDECIN_TRAITANT_STOPPED("stopped being médecin traitant", "tried to stop being médecin traitant"),
    OPPOSITIONS_SET("changed the oppositions to emergency access",
            "tried to change the oppositions to emergency access"),
    DOSSIER_CONSULTED("consulted the record's status", "tried to consult the record's status"),
    AUTHORISATION_REMOVED("removed a professional's authorisation",
            "tried to remove a professional's authorisation"),
    PROFESSIONALS_LISTED("consulted the list of professionals", "tried to consult the list of professionals"),
    NOTIFICATIONS_READ("consulted the notifications", "tried to consult the notifications"),
    ACCESS_HISTORY_READ("consulted the access history", "tried to consult the access history"),
    DOSSIER_CHANGED("changed the record's settings", "tried to change the record's settings"),
    ACCESS_REFUSED("was refused access to the record", "was refused access to the record");

    /** The action name a transaction gives when the access policy refused it, whatever it asked for. */
    public static final String DENIED = AccessDeniedException.ACTION;
    /** The action name of a SOAP request refused for its VIHF, before any transaction ran (CallerInterceptor). */
    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";
    /** The action name of reading a dossier's access history (a DOSSIER transaction). */
    public static final String READ_ACCESS_HISTORY = "READ_ACCESS_LOG";

    /** What each transaction does when it names no action, or one not listed below. */
    private static final Map<Transaction, AccessAction> BY_TRANSACTION = Map.of(
            Transaction.ITI_18, DOCUMENTS_LISTED,
            Transaction.ITI_51, DOCUMENTS_LISTED,
            Transaction.ITI_43, DOCUMENT_READ,
            Transaction.ITI_41, DOCUMENT_ADDED,
            Transaction.ITI_42, DOCUMENT_ADDED,
            Transaction.ITI_57, DOCUMENT_UPDATED,
            Transaction.ITI_62, DOCUMENT_REMOVED,
            Transaction.ITI_86, DOCUMENT_REMOVED,
            Transaction.DOSSIER, DOSSIER_CHANGED);

    /**
     * ITI-57 actions (TD3.3), named as {@link org.carnet.common.policy.Operation} names them; an update doing several
     * names them all, comma-separated, and reads as the first of them.
     */
    private static final Map<String, AccessAction> UPDATE_ACTIONS = Map.of(
            "UPDATE_METADATA", DOCUMENT_UPDATED,
            "MASK", DOCUMENT_MASKED,
            "UNMASK", DOCUMENT_UNMASKED,
            "SET_PATIENT_VISIBILITY", DOCUMENT_PATIENT_VISIBILITY_CHANGED,
            "SET_REPRESENTATIVES_VISIBILITY", DOCUMENT_REPRESENTATIVES_VISIBILITY_CHANGED,
            "ARCHIVE", DOCUMENT_ARCHIVED,
            "UNARCHIVE", DOCUMENT_UNARCHIVED,
            "DELETE", DOCUMENT_DELETED);

    /** Dossier operations (TD0.2 to TD1.6), named as {@link DossierOperation#action()} names them. */
    private static final Map<String, AccessAction> DOSSIER_ACTIONS = Map.ofEntries(
            entry("OPEN", DOSSIER_OPENED),
            entry("CLOSE", DOSSIER_CLOSED),
            entry("REOPEN", DOSSIER_REOPENED),
            entry("READ_STATE", DOSSIER_CONSULTED),
            entry("AUTHORISE", PROFESSIONAL_AUTHORISED),
            entry("REMOVE_AUTHORISATION", AUTHORISATION_REMOVED),
            entry("BLOCK", PROFESSIONAL_BLOCKED),
            entry("UNBLOCK", PROFESSIONAL_UNBLOCKED),
            entry("DECLARE_MEDECIN_TRAITANT", MEDECIN_TRAITANT_DECLARED),
            entry("STOP_MEDECIN_TRAITANT", MEDECIN_TRAITANT_STOPPED),
            entry("SET_OPPOSITIONS", OPPOSITIONS_SET),
            entry("LIST_PROFESSIONALS", PROFESSIONALS_LISTED),
            entry("LIST_NOTIFICATIONS", NOTIFICATIONS_READ),
            entry(READ_ACCESS_HISTORY, ACCESS_HISTORY_READ));

    private static final String DOCUMENTS = "{documents}";

    private final String done;
    private final String tried;

    AccessAction(String done, String tried) {
        this.done = done;
        this.tried = tried;
    }

    /** What a transaction naming {@code action} (or null) did. */
    public static AccessAction of(Transaction transaction, String action) {
        if (DENIED.equals(action) || AUTHENTICATION_FAILED.equals(action)) {
            return ACCESS_REFUSED;
        }
        AccessAction named = action == null ? null : switch (transaction) {
            case ITI_57 -> UPDATE_ACTIONS.get(action.split(",")[0]);
            case DOSSIER -> DOSSIER_ACTIONS.get(action);
            default -> null;
        };
        return named != null ? named : BY_TRANSACTION.get(transaction);
    }

    /** The label: as done, or as tried when the transaction failed; {@code documents} counts those concerned. */
    public String label(Outcome outcome, int documents) {
        String text = outcome == Outcome.FAILURE ? tried : done;
        return text.replace(DOCUMENTS, switch (documents) {
            case 0 -> "documents";
            case 1 -> "a document";
            default -> documents + " documents";
        });
    }
}
