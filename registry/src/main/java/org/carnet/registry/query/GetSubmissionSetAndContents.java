package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * GetSubmissionSetAndContents (ITI TF-2 3.18.4.1.2.3.7.8): one submission set, by entryUUID or uniqueId; the
 * document entries (narrowed by formatCode, confidentialityCode and entry type) and folders it holds
 * (HasMember); and the HasMember associations between the objects returned: submission set to entry or folder,
 * folder to entry, and submission set to such a folder-entry association.
 */
final class GetSubmissionSetAndContents implements StoredQuery {
    static final String ENTRY_UUID = "$XDSSubmissionSetEntryUUID";
    static final String UNIQUE_ID = "$XDSSubmissionSetUniqueId";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(ENTRY_UUID, UNIQUE_ID);
        String key = ENTRY_UUID.equals(given) ? "s.uuid" : "s.unique_id";
        String id = p.required(given);

        Sql.Builder submissionSet = new Sql.Builder().append("FROM submission_set s WHERE " + key + " = ?", id);

        Sql.Builder documents = new Sql.Builder().append("FROM document_entry d WHERE d.uuid IN (");
        members(documents, key, id);
        documents.append(")");
        FindDocuments.memberFilters(documents, p);
        Predicates.scope(documents, scope);

        Sql.Builder folders = new Sql.Builder().append("FROM folder f WHERE f.uuid IN (");
        members(folders, key, id);
        folders.append(")");

        return List.of(new Selection(ObjectKind.SUBMISSION_SET, "s", submissionSet),
                new Selection(ObjectKind.DOCUMENT_ENTRY, "d", documents),
                new Selection(ObjectKind.FOLDER, "f", folders));
    }

    /** {@code SELECT} the targets of the submission set's HasMember associations. */
    private static void members(Sql.Builder sql, String key, String id) {
        sql.append("SELECT a.target_uuid FROM association a JOIN submission_set s ON s.uuid = a.source_uuid"
                + " WHERE a.type = ? AND " + key + " = ?", ASSOC_HAS_MEMBER, id);
    }

    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        return found.isEmpty() ? List.of() : List.of(Associations.between(Associations.ids(found), ASSOC_HAS_MEMBER));
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
