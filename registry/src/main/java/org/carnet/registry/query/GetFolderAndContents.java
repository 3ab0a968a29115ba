package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;
import static org.carnet.common.vocabulary.Vocabulary.STATUS_APPROVED;

import java.util.List;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * GetFolderAndContents (ITI TF-2 3.18.4.1.2.3.7.12): one folder, by entryUUID or uniqueId; the document
 * entries it holds (narrowed by formatCode, confidentialityCode and entry type, and through memberships of the
 * {@code $XDSAssociationStatus} statuses, Approved by default); and the folder's HasMember associations to the
 * entries returned.
 */
final class GetFolderAndContents implements StoredQuery {

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        String given = p.exactlyOneOf(GetFolders.ENTRY_UUID, GetFolders.UNIQUE_ID);
        String key = GetFolders.ENTRY_UUID.equals(given) ? "f.uuid" : "f.unique_id";
        String id = p.required(given);

        Sql.Builder folder = new Sql.Builder().append("FROM folder f WHERE " + key + " = ?", id);

        Sql.Builder documents = new Sql.Builder().append("FROM document_entry d WHERE d.uuid IN (SELECT a.target_uuid"
                + " FROM association a JOIN folder f ON f.uuid = a.source_uuid WHERE a.type = ? AND " + key + " = ?",
                ASSOC_HAS_MEMBER, id).append(" AND a.status IN ").appendList(associationStatuses(p)).append(")");
        FindDocuments.memberFilters(documents, p);
        Predicates.scope(documents, scope);

        return List.of(new Selection(ObjectKind.FOLDER, "f", folder),
                new Selection(ObjectKind.DOCUMENT_ENTRY, "d", documents));
    }

    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        List<String> folders = Associations.ids(found, ObjectKind.FOLDER);
        List<String> documents = Associations.ids(found, ObjectKind.DOCUMENT_ENTRY);
        if (folders.isEmpty() || documents.isEmpty()) {
            return List.of();
        }
        Selection memberships = Associations.hasMember(folders, documents);
        memberships.fromWhere().append(" AND a.status IN ").appendList(associationStatuses(p));
        return List.of(memberships);
    }

    /** {@code $XDSAssociationStatus} (Metadata Update option): the memberships to follow; Approved by default. */
    private static List<String> associationStatuses(QueryParameters p) {
        return p.has("$XDSAssociationStatus") ? p.list("$XDSAssociationStatus") : List.of(STATUS_APPROVED);
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
