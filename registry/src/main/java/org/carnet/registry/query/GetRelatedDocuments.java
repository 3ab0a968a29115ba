package org.carnet.registry.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * GetRelatedDocuments (ITI TF-2 3.18.4.1.2.3.7.15): one document entry, by entryUUID or uniqueId, the entries
 * related to it by an association of one of {@code $AssociationTypes} (either direction, one step), and those
 * associations. A related entry must be of one of the {@code $XDSDocumentEntryType} types (stable when absent)
 * and within the caller's scope. When nothing is related the answer is empty, the entry asked for included
 * (NIST 11909): its selection requires a relation, with the very condition the follow-up selects by.
 * Each direction is its own subquery, so that it reads its own index (association_source, association_target).
 */
final class GetRelatedDocuments implements StoredQuery {
    static final String ASSOCIATION_TYPES = "$AssociationTypes";

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM document_entry d WHERE 1=1");
        GetDocuments.single(sql, p, scope);
        Set<String> types = types(p);
        sql.append(" AND (EXISTS (");
        relations(sql, "source_uuid", "target_uuid", null, types, p, scope);
        sql.append(") OR EXISTS (");
        relations(sql, "target_uuid", "source_uuid", null, types, p, scope);
        sql.append("))");
        return List.of(new Selection(ObjectKind.DOCUMENT_ENTRY, "d", sql));
    }

    @Override
    public List<Selection> followUp(QueryParameters p, ConsultScope scope, List<StoredObject> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> sources = new LinkedHashSet<>(Associations.ids(found));
        Set<String> types = types(p);

        Sql.Builder associations = new Sql.Builder().append("FROM association a WHERE a.uuid IN (");
        relations(associations, "source_uuid", "target_uuid", sources, types, p, scope);
        associations.append(" UNION ");
        relations(associations, "target_uuid", "source_uuid", sources, types, p, scope);
        associations.append(")");

        Sql.Builder documents = new Sql.Builder().append("FROM document_entry d WHERE d.uuid IN (SELECT b.target_uuid"
                + " FROM association b WHERE b.type IN ").appendList(types)
                .append(" AND b.source_uuid IN ").appendList(sources)
                .append(" UNION SELECT b.source_uuid FROM association b WHERE b.type IN ").appendList(types)
                .append(" AND b.target_uuid IN ").appendList(sources)
                .append(") AND d.uuid NOT IN ").appendList(sources);
        Predicates.entryType(documents, p.list(FindDocuments.TYPE));
        Predicates.scope(documents, scope);

        return List.of(new Selection(ObjectKind.ASSOCIATION, "a", associations),
                new Selection(ObjectKind.DOCUMENT_ENTRY, "d", documents));
    }

    private static Set<String> types(QueryParameters p) {
        return new LinkedHashSet<>(p.requiredList(ASSOCIATION_TYPES));
    }

    /**
     * {@code SELECT b.uuid} of the associations of the asked types from an entry ({@code from} column) to an entry
     * that may be returned as related ({@code to} column: of an asked type, in the caller's scope). The entry is
     * one of {@code sources}, or the outer query's {@code d} when {@code sources} is null. The innermost alias
     * {@code d}, the one the scope is written over, hides the outer one inside it.
     */
    private static void relations(Sql.Builder sql, String from, String to, Set<String> sources, Set<String> types,
                                  QueryParameters p, ConsultScope scope) {
        sql.append("SELECT b.uuid FROM association b WHERE b.type IN ").appendList(types);
        if (sources == null) {
            sql.append(" AND b." + from + " = d.uuid");
        } else {
            sql.append(" AND b." + from + " IN ").appendList(sources);
        }
        sql.append(" AND EXISTS (SELECT 1 FROM document_entry d WHERE d.uuid = b." + to);
        Predicates.entryType(sql, p.list(FindDocuments.TYPE));
        Predicates.scope(sql, scope);
        sql.append(")");
    }

    @Override
    public boolean singlePatient() {
        return true;
    }
}
