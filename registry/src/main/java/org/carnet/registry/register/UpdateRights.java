package org.carnet.registry.register;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_ARCHIVED;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.Confidentiality;
import org.carnet.common.policy.Operation;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.registry.access.RegisteredDocument;
import org.carnet.registry.access.RegisteredDocuments;
import org.carnet.registry.store.ObjectKind;

/**
 * Who may change a registered document through ITI-57 (dmp-reference 3, TD3.3): each change of a planned update
 * is named as the DMP operation it is (masking, visibility, archiving, logical delete, another metadata change)
 * and put to the access policy with the facts of the document as registered.
 */
final class UpdateRights {
    private UpdateRights() {
    }

    /** Checks every change of the plan; names the DMP operations done in the transaction's context (audit). */
    static void check(Connection c, AccessPolicy policy, Caller caller, MetadataUpdate.Plan plan,
                      Submission submission, String patient, Map<String, String> originalIds,
                      TransactionContext context) throws SQLException {
        Set<Operation> done = EnumSet.noneOf(Operation.class);
        List<String> targets = new ArrayList<>();
        plan.versions().stream().filter(v -> v.kind() == ObjectKind.DOCUMENT_ENTRY)
                .forEach(v -> targets.add(v.previousUuid()));
        plan.statusChanges().stream().filter(s -> s.target().kind() == ObjectKind.DOCUMENT_ENTRY)
                .forEach(s -> targets.add(s.target().uuid()));
        Map<String, RegisteredDocument> registered = RegisteredDocuments.byUuid(c, targets);
        for (MetadataUpdate.NewVersion v : plan.versions()) {
            if (v.kind() != ObjectKind.DOCUMENT_ENTRY) {
                continue;
            }
            RegisteredDocument previous = registered.get(v.previousUuid());
            DocumentEntry next = submission.documentEntries().stream()
                    .filter(de -> de.entryUuid().equals(v.entryUuid())).findFirst().orElseThrow();
            String location = originalIds.getOrDefault(v.entryUuid(), v.entryUuid());
            for (Operation operation : operations(previous.confidentiality(),
                    Confidentiality.of(next.confidentialityCodes()))) {
                policy.checkManage(caller, patient, previous.factsFor(caller.actor()), operation, location);
                done.add(operation);
            }
        }
        for (MetadataUpdate.StatusChange change : plan.statusChanges()) {
            RegisteredDocument target = registered.get(change.target().uuid());
            if (target != null) {
                Operation operation = operation(target.status(), change.newStatus());
                policy.checkManage(caller, patient, target.factsFor(caller.actor()), operation,
                        change.target().uuid());
                done.add(operation);
            }
        }
        if (!done.isEmpty()) {
            context.action(done.stream().map(Operation::name).collect(Collectors.joining(",")));
        }
    }

    /** What a new version does, by how its DMP confidentiality codes differ from the registered ones (TD3.3a/b). */
    static Set<Operation> operations(Set<Confidentiality> before, Set<Confidentiality> after) {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        if (!before.contains(Confidentiality.MASQUE_PS) && after.contains(Confidentiality.MASQUE_PS)) {
            operations.add(Operation.MASK);
        }
        if (before.contains(Confidentiality.MASQUE_PS) && !after.contains(Confidentiality.MASQUE_PS)) {
            operations.add(Operation.UNMASK);
        }
        if (before.contains(Confidentiality.INVISIBLE_PATIENT) != after.contains(Confidentiality.INVISIBLE_PATIENT)) {
            operations.add(Operation.SET_PATIENT_VISIBILITY);
        }
        if (before.contains(Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX)
                != after.contains(Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX)) {
            operations.add(Operation.SET_REPRESENTATIVES_VISIBILITY);
        }
        if (operations.isEmpty()) {
            operations.add(Operation.UPDATE_METADATA);
        }
        return operations;
    }

    /** What a status change does (TD3.3c/d). */
    static Operation operation(String from, String to) {
        if (STATUS_DMP_ARCHIVED.equals(to)) {
            return Operation.ARCHIVE;
        }
        if (STATUS_DMP_DELETED.equals(to)) {
            return Operation.DELETE;
        }
        if (STATUS_DMP_ARCHIVED.equals(from) && STATUS_APPROVED.equals(to)) {
            return Operation.UNARCHIVE;
        }
        return Operation.UPDATE_METADATA;
    }
}
