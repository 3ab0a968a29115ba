package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_ON_DEMAND;
import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_STABLE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.Dtm;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.Sql;

/**
 * The conditions stored queries are made of, each appended to a WHERE clause over {@code document_entry d}
 * with bind values only. Parameter values are parsed into typed values here, before any reaches SQL.
 */
final class Predicates {
    private Predicates() {
    }

    static void patient(Sql.Builder sql, String column, String parameter, String value) {
        Cx cx = new Cx(value);
        if (!cx.isValid()) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR, parameter + ": " + cx.problem());
        }
        sql.append(" AND " + column + " = ?", cx.key());
    }

    static void in(Sql.Builder sql, String column, List<String> values) {
        sql.append(" AND " + column + " IN ").appendList(new LinkedHashSet<>(values));
    }

    /** {@code $XDSDocumentEntryType}: stable and/or on-demand; only stable entries when absent. */
    static void entryType(Sql.Builder sql, List<String> types) {
        Set<Boolean> onDemand = new LinkedHashSet<>();
        if (types.isEmpty()) {
            onDemand.add(false);
        }
        for (String type : types) {
            if (DOC_ENTRY_STABLE.equals(type)) {
                onDemand.add(false);
            } else if (DOC_ENTRY_ON_DEMAND.equals(type)) {
                onDemand.add(true);
            } else {
                throw new XdsException(ErrorCode.REGISTRY_ERROR, "$XDSDocumentEntryType value " + type
                        + " is neither the stable (" + DOC_ENTRY_STABLE + ") nor the on-demand ("
                        + DOC_ENTRY_ON_DEMAND + ") document entry type");
            }
        }
        sql.append(" AND d.on_demand IN ").appendList(onDemand);
    }

    /**
     * A coded attribute: one EXISTS per group, the codes of a group ORed (ITI TF-2 3.18.4.1.2.3.5).
     * Each value is {@code code^^codingScheme}; a value without a scheme fails the query.
     */
    static void codes(Sql.Builder sql, String parameter, CodeAttribute attribute, List<List<String>> groups) {
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            sql.append(" AND EXISTS (SELECT 1 FROM document_code c WHERE c.entry_uuid = d.uuid AND c.attribute = ?"
                    + " AND (", attribute.column());
            List<String> alternatives = new ArrayList<>();
            for (String value : group) {
                int sep = value.indexOf("^^");
                if (sep <= 0 || sep + 2 >= value.length()) {
                    throw new XdsException(ErrorCode.REGISTRY_ERROR,
                            parameter + " value '" + value + "' must be code^^codingScheme");
                }
                alternatives.add("(c.code = ? AND c.coding_scheme = ?)");
                sql.append("", value.substring(0, sep), value.substring(sep + 2));
            }
            sql.append(String.join(" OR ", alternatives) + "))");
        }
    }

    /** A time range: From inclusive, To exclusive, compared at 14-digit precision. */
    static void timeRange(Sql.Builder sql, String column, QueryParameters params, String from, String to) {
        params.single(from).ifPresent(v -> sql.append(" AND " + column + " >= ?", time(from, v)));
        params.single(to).ifPresent(v -> sql.append(" AND " + column + " < ?", time(to, v)));
    }

    private static long time(String parameter, String value) {
        if (!Dtm.isValid(value)) {
            throw new XdsException(ErrorCode.REGISTRY_ERROR,
                    parameter + " value '" + value + "' is not a DTM timestamp (YYYY[MM[DD[hh[mm[ss]]]]])");
        }
        return Dtm.sortable(value);
    }
}
