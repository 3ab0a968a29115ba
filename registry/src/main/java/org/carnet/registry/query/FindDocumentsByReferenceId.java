package org.carnet.registry.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * FindDocumentsByReferenceId (ITI TF-2 3.18.4.1.2.3.7.14): FindDocuments narrowed to the entries whose
 * {@code urn:ihe:iti:xds:2013:referenceIdList} holds one of {@code $XDSDocumentEntryReferenceIdList}, compared
 * whole. The values of one slot are ORed and repeated slots ANDed, as IPF reads the parameter (QueryList);
 * a single slot, the usual request, means the same under either reading.
 */
final class FindDocumentsByReferenceId implements StoredQuery {
    static final String REFERENCE_ID_LIST = "$XDSDocumentEntryReferenceIdList";

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(FindDocuments.PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        Predicates.patient(sql, "d.patient_key", FindDocuments.PATIENT_ID, p.required(FindDocuments.PATIENT_ID));
        p.requiredList(REFERENCE_ID_LIST);
        for (List<String> group : p.groups(REFERENCE_ID_LIST)) {
            if (!group.isEmpty()) {
                sql.append(" AND EXISTS (SELECT 1 FROM document_reference_id r WHERE r.entry_uuid = d.uuid"
                        + " AND r.reference_id IN ").appendList(new LinkedHashSet<>(group)).append(")");
            }
        }
        FindDocuments.filters(sql, p, scope);
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }
}
