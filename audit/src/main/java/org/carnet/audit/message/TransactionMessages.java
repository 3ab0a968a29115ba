package org.carnet.audit.message;

import static org.carnet.audit.message.DicomCodes.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.policy.Actor;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent;

/**
 * The audit messages of one transaction, as the serving actor (Document Registry or Document Repository) sends
 * them per ITI TF-2 ("Security Considerations" of ITI-18, 41, 42, 43, 51, 57, 62 and 86), on success and on
 * failure alike.
 *
 * <p>Participants: the requesting system (UserID the WS-Addressing anonymous reply address, since Carnet answers
 * synchronously; its network address; the configured name of a system caller as UserName), the human requestor
 * when the caller is a person (professional: national id, name, and role as RoleIDCode; patient or legal
 * representative: their id), and the node (UserID the endpoint URL, AlternativeUserID the process id). The
 * requesting system has RoleIDCode 110153 Source and the node 110152 Destination, except for ITI-43 where the node
 * sends the documents and the roles swap.
 *
 * <p>Carnet's choices where ITI TF-2 leaves room or where Carnet knows less than the wire:
 * <ul>
 *   <li>PurposeOfUse: for a professional, the VIHF access mode (code system {@code 1.2.250.1.213.1.1.4.248}). An
 *       emergency access ({@link Caller#emergency()}) also gets EventTypeCode 110127 "Emergency Override
 *       Started", so that a collector can select every emergency access on one code.</li>
 *   <li>A DMP operation named by the transaction ({@code TransactionEvent#action()}, e.g. MASK on ITI-57) is one
 *       more EventTypeCode in code system {@value DicomCodes#CARNET_DMP_OPERATIONS}. A dossier operation
 *       ({@link Transaction#DOSSIER}) is a 110110 Patient Record event whose EventTypeCode is the operation.</li>
 *   <li>ITI-18/51 query object: ITI TF-2 asks for the whole AdhocQueryRequest in ParticipantObjectQuery. The
 *       transaction event keeps only the stored query id, so ParticipantObjectQuery holds that id (UTF-8), with
 *       ParticipantObjectDetail QueryEncoding {@code UTF-8}; the patient asked about is the patient object.</li>
 *   <li>ITI-43/86 documents carry this repository's uniqueId as "Repository Unique Id": a request naming another
 *       repository is refused (XDSUnknownRepositoryId) before any document is read or removed.</li>
 *   <li>ITI-62: the event's object ids are reported as registry object references (urn:ihe:iti:2017:ObjectRef).</li>
 *   <li>Outcome: success 0; partial success 4; a refusal (an XDS error code) 4; an internal error 8. The
 *       EventOutcomeDescription lists the error codes and the opaque error id, never an error's text (which can
 *       name patients).</li>
 *   <li>Access denied: a failure whose error codes include one of the access-denial codes given to the
 *       constructor is audited twice: the transaction's own message with its failure outcome, and a 110113
 *       Security Alert (EventTypeCode 110132 "Use of Restricted Function") naming the requestor, the endpoint
 *       and the patient.</li>
 *   <li>Authentication refused ({@value #AUTHENTICATION_FAILED}: no or no valid VIHF assertion): the failed
 *       transaction, then a 110114 User Authentication event, 110122 Login, outcome 4, with the WS-Security fault
 *       code as its description.</li>
 * </ul>
 */
public final class TransactionMessages {
    private static final String QUERY_ENCODING = StandardCharsets.UTF_8.name();
    /**
     * The {@code TransactionEvent#action()} of a request refused before it ran because its caller could not be
     * authenticated (no, or no valid, VIHF assertion); its error code is the WS-Security fault code.
     */
    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";

    /** The participant objects a transaction's message carries. */
    private enum Part { PATIENT, SUBMISSION_SET, QUERY, DOCUMENTS, OBJECT_REFS }

    /** How one transaction is audited: event id, action, and whether the node is the source of the data. */
    private record Recipe(CodedValue eventId, EventAction action, boolean nodeIsSource, Set<Part> parts) {
    }

    private final LocalNode node;
    private final Set<String> accessDeniedCodes;

    /**
     * @param accessDeniedCodes the XDS error codes that mean the access rules refused the caller
     */
    public TransactionMessages(LocalNode node, Set<String> accessDeniedCodes) {
        this.node = Objects.requireNonNull(node, "node");
        this.accessDeniedCodes = Set.copyOf(accessDeniedCodes);
    }

    public List<AuditMessage> of(TransactionEvent e) {
        List<AuditMessage> messages = new ArrayList<>(2);
        messages.add(transactionMessage(e));
        if (AUTHENTICATION_FAILED.equals(e.action()) && e.outcome() == TransactionEvent.Outcome.FAILURE) {
            messages.add(authenticationFailed(e));
        } else if (isAccessDenied(e)) {
            messages.add(accessDenied(e));
        }
        return messages;
    }

    private static Recipe recipe(Transaction transaction) {
        return switch (transaction) {
            case ITI_41, ITI_42 -> new Recipe(IMPORT, EventAction.CREATE, false,
                    EnumSet.of(Part.PATIENT, Part.SUBMISSION_SET));
            case ITI_57 -> new Recipe(PATIENT_RECORD, EventAction.UPDATE, false,
                    EnumSet.of(Part.PATIENT, Part.SUBMISSION_SET));
            case ITI_18, ITI_51 -> new Recipe(QUERY, EventAction.EXECUTE, false, EnumSet.of(Part.PATIENT, Part.QUERY));
            case ITI_43 -> new Recipe(EXPORT, EventAction.READ, true, EnumSet.of(Part.PATIENT, Part.DOCUMENTS));
            case ITI_62 -> new Recipe(PATIENT_RECORD, EventAction.DELETE, false,
                    EnumSet.of(Part.PATIENT, Part.OBJECT_REFS));
            case ITI_86 -> new Recipe(PATIENT_RECORD, EventAction.DELETE, false,
                    EnumSet.of(Part.PATIENT, Part.DOCUMENTS));
            case DOSSIER -> new Recipe(PATIENT_RECORD, null, false, EnumSet.of(Part.PATIENT));
        };
    }

    private AuditMessage transactionMessage(TransactionEvent e) {
        Recipe recipe = recipe(e.transaction());
        List<CodedValue> types = new ArrayList<>();
        EventAction action = recipe.action();
        List<String> operations = operations(e.action());
        if (e.transaction() == Transaction.DOSSIER) {
            types.add(dmpOperation(operations.isEmpty() ? e.transaction().code() : operations.get(0)));
            operations.stream().skip(1).map(DicomCodes::dmpOperation).forEach(types::add);
            action = dossierAction(operations.isEmpty() ? null : operations.get(0));
        } else {
            types.add(transaction(e.transaction()));
            operations.stream().map(DicomCodes::dmpOperation).forEach(types::add);
        }
        if (e.caller() != null && e.caller().emergency()) {
            types.add(EMERGENCY_OVERRIDE_STARTED);
        }
        EventIdentification event = new EventIdentification(recipe.eventId(), action, e.end(), outcome(e), types,
                outcomeDescription(e), purposesOfUse(e.caller()));

        List<ActiveParticipant> participants = new ArrayList<>();
        ActiveParticipant client = client(e.caller(), recipe.nodeIsSource() ? DESTINATION : SOURCE);
        ActiveParticipant server = node.serving(e.transaction(), recipe.nodeIsSource() ? SOURCE : DESTINATION);
        if (recipe.nodeIsSource()) {
            participants.add(server);
            participants.add(client);
        } else {
            participants.add(client);
            participants.add(server);
        }
        humanRequestor(e.caller()).ifPresent(participants::add);

        List<ParticipantObject> objects = new ArrayList<>();
        if (recipe.parts().contains(Part.PATIENT) && e.patientKey() != null) {
            objects.add(patient(e.patientKey()));
        }
        if (recipe.parts().contains(Part.SUBMISSION_SET) && e.submissionSetId() != null) {
            objects.add(new ParticipantObject(e.submissionSetId(), TYPE_SYSTEM_OBJECT, ROLE_JOB, null,
                    SUBMISSION_SET, null, List.of()));
        }
        if (recipe.parts().contains(Part.QUERY)) {
            objects.add(query(e));
        }
        if (recipe.parts().contains(Part.DOCUMENTS)) {
            for (String id : e.documentIds()) {
                objects.add(new ParticipantObject(id, TYPE_SYSTEM_OBJECT, ROLE_REPORT, null, REPORT_NUMBER, null,
                        List.of(ParticipantObject.Detail.text(DETAIL_REPOSITORY_UNIQUE_ID,
                                node.repositoryUniqueId()))));
            }
        }
        if (recipe.parts().contains(Part.OBJECT_REFS)) {
            for (String id : e.documentIds()) {
                objects.add(new ParticipantObject(id, TYPE_SYSTEM_OBJECT, ROLE_REPORT, null, OBJECT_REF, null,
                        List.of()));
            }
        }
        return new AuditMessage(event, participants, node.source(), objects);
    }

    private AuditMessage accessDenied(TransactionEvent e) {
        EventIdentification event = new EventIdentification(SECURITY_ALERT, EventAction.EXECUTE, e.end(),
                EventOutcome.MINOR_FAILURE, List.of(USE_OF_RESTRICTED_FUNCTION), outcomeDescription(e),
                purposesOfUse(e.caller()));
        List<ActiveParticipant> participants = new ArrayList<>();
        participants.add(node.serving(e.transaction(), APPLICATION));
        participants.add(client(e.caller(), null));
        humanRequestor(e.caller()).ifPresent(participants::add);
        List<ParticipantObject> objects = new ArrayList<>();
        objects.add(new ParticipantObject(node.endpoints().apply(e.transaction()), TYPE_SYSTEM_OBJECT,
                ROLE_SECURITY_RESOURCE, null, URI, null, List.of(ParticipantObject.Detail.text(
                DETAIL_ALERT_DESCRIPTION, e.transaction().code() + " refused: " + String.join(" ", e.errorCodes())))));
        if (e.patientKey() != null) {
            objects.add(patient(e.patientKey()));
        }
        return new AuditMessage(event, participants, node.source(), objects);
    }

    /** The DMP operations an event names: one, or several joined by commas (an ITI-57 doing two things). */
    private static List<String> operations(String action) {
        if (action == null) {
            return List.of();
        }
        return Arrays.stream(action.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * DICOM PS3.15 A.5.3 User Authentication (110114), Login (110122), minor failure: someone tried to use the node and
     * could not be authenticated. The participants are the unauthenticated requestor and the node.
     */
    private AuditMessage authenticationFailed(TransactionEvent e) {
        EventIdentification event = new EventIdentification(USER_AUTHENTICATION, EventAction.EXECUTE, e.end(),
                EventOutcome.MINOR_FAILURE, List.of(LOGIN), outcomeDescription(e), List.of());
        List<ActiveParticipant> participants = List.of(
                new ActiveParticipant(e.caller() == null ? WSA_ANONYMOUS : e.caller().id(), null, null, true,
                        List.of(), e.caller() == null ? null : e.caller().address()),
                node.serving(e.transaction(), APPLICATION));
        return new AuditMessage(event, participants, node.source(), List.of());
    }

    /** A refusal by the access rules: told by the action (SOAP transactions) or by a DMP rule as error code (API). */
    private boolean isAccessDenied(TransactionEvent e) {
        return e.outcome() == TransactionEvent.Outcome.FAILURE
                && (AccessDeniedException.ACTION.equals(e.action())
                        || e.errorCodes().stream().anyMatch(accessDeniedCodes::contains));
    }

    private ParticipantObject query(TransactionEvent e) {
        byte[] query = e.queryId() == null ? null : e.queryId().getBytes(StandardCharsets.UTF_8);
        return new ParticipantObject(e.queryId(), TYPE_SYSTEM_OBJECT, ROLE_QUERY, null, transaction(e.transaction()),
                query, List.of(ParticipantObject.Detail.text(DETAIL_QUERY_ENCODING, QUERY_ENCODING)));
    }

    static ParticipantObject patient(String patientKey) {
        return new ParticipantObject(patientKey, TYPE_PERSON, ROLE_PATIENT, null, PATIENT_NUMBER, null, List.of());
    }

    /** The requesting system; a system caller's configured name is its UserName. */
    private static ActiveParticipant client(Caller caller, CodedValue role) {
        String systemName = caller != null && caller.kind() == Actor.Kind.SYSTEM ? caller.name() : null;
        return new ActiveParticipant(WSA_ANONYMOUS, null, systemName, true, role == null ? List.of() : List.of(role),
                caller == null ? null : caller.address());
    }

    /** The person behind the request: a professional (with their role) or the patient side. */
    private static Optional<ActiveParticipant> humanRequestor(Caller caller) {
        if (caller == null || caller.kind() == Actor.Kind.SYSTEM) {
            return Optional.empty();
        }
        List<CodedValue> roles = caller.role() == null ? List.of() : List.of(role(caller.role()));
        return Optional.of(new ActiveParticipant(caller.id(), null, caller.name(), true, roles, null));
    }

    private static CodedValue role(Code code) {
        String system = code.codingScheme() == null ? "unknown" : code.codingScheme();
        String text = code.displayName() == null ? code.code() : code.displayName().value();
        return new CodedValue(code.code(), system, text);
    }

    private static List<CodedValue> purposesOfUse(Caller caller) {
        if (caller == null || caller.kind() != Actor.Kind.PROFESSIONAL) {
            return List.of();
        }
        String mode = caller.mode().code();
        return List.of(new CodedValue(mode, AccessMode.CODE_SYSTEM, mode));
    }

    private static EventOutcome outcome(TransactionEvent e) {
        return switch (e.outcome()) {
            case SUCCESS -> EventOutcome.SUCCESS;
            case PARTIAL_SUCCESS -> EventOutcome.MINOR_FAILURE;
            case FAILURE -> e.errorId() == null ? EventOutcome.MINOR_FAILURE : EventOutcome.SERIOUS_FAILURE;
        };
    }

    private static String outcomeDescription(TransactionEvent e) {
        if (e.errorCodes().isEmpty() && e.errorId() == null) {
            return null;
        }
        String codes = String.join(" ", e.errorCodes());
        return e.errorId() == null ? codes : (codes + " (error id " + e.errorId() + ")").trim();
    }

    /**
     * The EventActionCode of a dossier operation: OPEN creates the dossier, READ... / LIST... read it, DELETE and
     * PURGE (the end of its retention period) delete; every other operation (CLOSE, REOPEN, AUTHORISE, BLOCK,
     * ...) changes it.
     */
    static EventAction dossierAction(String action) {
        if (action == null) {
            return EventAction.EXECUTE;
        }
        String a = action.toUpperCase(Locale.ROOT);
        if (a.equals("OPEN") || a.equals("CREATE")) {
            return EventAction.CREATE;
        }
        if (a.startsWith("READ") || a.startsWith("LIST") || a.startsWith("GET")) {
            return EventAction.READ;
        }
        if (a.equals("DELETE") || a.equals("PURGE")) {
            return EventAction.DELETE;
        }
        return EventAction.UPDATE;
    }
}
