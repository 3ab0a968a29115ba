package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;
import org.carnet.registry.store.StoredObject;

/**
 * The association selections the Get queries share, each over {@code association a} from ids a first
 * selection found: the SQL picks the associations, never Java.
 */
final class Associations {
    private Associations() {
    }

    /**
     * The associations whose source or target is one of {@code uuids} (GetAssociations). A UNION rather than an
     * OR, so that each side reads its own index (association_source, association_target).
     */
    static StoredQuery.Selection touching(Collection<String> uuids) {
        Set<String> ids = new LinkedHashSet<>(uuids);
        Sql.Builder sql = new Sql.Builder()
                .append("FROM association a WHERE a.uuid IN (SELECT b.uuid FROM association b WHERE b.source_uuid IN ")
                .appendList(ids).append(" UNION SELECT b.uuid FROM association b WHERE b.target_uuid IN ")
                .appendList(ids).append(")");
        return new StoredQuery.Selection(ObjectKind.ASSOCIATION, "a", sql);
    }

    /**
     * The associations of the given type (any type when null) between two of {@code uuids}, and those from
     * one of {@code uuids} to such an association (a submission set's HasMember filing a document in a folder).
     */
    static StoredQuery.Selection between(Collection<String> uuids, String type) {
        Set<String> ids = new LinkedHashSet<>(uuids);
        Sql.Builder sql = new Sql.Builder().append("FROM association a WHERE a.source_uuid IN ").appendList(ids);
        if (type != null) {
            sql.append(" AND a.type = ?", type);
        }
        sql.append(" AND (a.target_uuid IN ").appendList(ids)
                .append(" OR a.target_uuid IN (SELECT b.uuid FROM association b WHERE b.source_uuid IN ")
                .appendList(ids);
        if (type != null) {
            sql.append(" AND b.type = ?", type);
        }
        sql.append(" AND b.target_uuid IN ").appendList(ids).append("))");
        return new StoredQuery.Selection(ObjectKind.ASSOCIATION, "a", sql);
    }

    /** The HasMember associations from one of {@code sources} to one of {@code targets}. */
    static StoredQuery.Selection hasMember(Collection<String> sources, Collection<String> targets) {
        Sql.Builder sql = new Sql.Builder().append("FROM association a WHERE a.type = ?", ASSOC_HAS_MEMBER)
                .append(" AND a.source_uuid IN ").appendList(new LinkedHashSet<>(sources))
                .append(" AND a.target_uuid IN ").appendList(new LinkedHashSet<>(targets));
        return new StoredQuery.Selection(ObjectKind.ASSOCIATION, "a", sql);
    }

    /** The ids of the objects of one kind among those found. */
    static List<String> ids(List<StoredObject> found, ObjectKind kind) {
        return found.stream().filter(o -> o.kind() == kind).map(StoredObject::uuid).toList();
    }

    /** The ids of all the objects found. */
    static List<String> ids(List<StoredObject> found) {
        return found.stream().map(StoredObject::uuid).toList();
    }
}
