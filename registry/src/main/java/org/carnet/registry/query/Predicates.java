package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_ON_DEMAND;
import static org.carnet.common.vocabulary.Vocabulary.DOC_ENTRY_STABLE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carnet.common.access.ConsultScope;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.Dtm;
import org.carnet.registry.store.CodeAttribute;
import org.carnet.registry.store.Sql;

/**
 * The conditions stored queries are made of, each appended to a WHERE clause with bind values only: over
 * {@code document_entry d} unless it names its column, or its table ({@code folder f}). Parameter values are
 * parsed into typed values here, before any reaches SQL.
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

    /** Several patients (ITI-51): the column is one of their keys. */
    static void patients(Sql.Builder sql, String column, String parameter, List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : values) {
            Cx cx = new Cx(value);
            if (!cx.isValid()) {
                throw new XdsException(ErrorCode.REGISTRY_ERROR, parameter + ": " + cx.problem());
            }
            keys.add(cx.key());
        }
        sql.append(" AND " + column + " IN ").appendList(keys);
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
            if (!group.isEmpty()) {
                sql.append(" AND EXISTS (SELECT 1 FROM document_code c WHERE c.entry_uuid = d.uuid"
                        + " AND c.attribute = ? AND ", attribute.column());
                anyCode(sql, parameter, "c.code", "c.coding_scheme", group);
                sql.append(")");
            }
        }
    }

    /**
     * The entries of {@code document_entry d} having one of the codes, as {@code d.uuid IN (...)}: the condition
     * of one {@link #codes} group, written so that the index on code values can drive a query naming no patient.
     */
    static void codeLookup(Sql.Builder sql, String parameter, CodeAttribute attribute, List<String> group) {
        sql.append(" AND d.uuid IN (SELECT c.entry_uuid FROM document_code c WHERE c.attribute = ? AND ",
                attribute.column());
        anyCode(sql, parameter, "c.code", "c.coding_scheme", group);
        sql.append(")");
    }

    /** {@code $XDSFolderCodeList} over {@code folder f}: one EXISTS per group, the codes of a group ORed. */
    static void folderCodes(Sql.Builder sql, String parameter, List<List<String>> groups) {
        for (List<String> group : groups) {
            if (!group.isEmpty()) {
                sql.append(" AND EXISTS (SELECT 1 FROM folder_code c WHERE c.folder_uuid = f.uuid AND ");
                anyCode(sql, parameter, "c.code", "c.coding_scheme", group);
                sql.append(")");
            }
        }
    }

    /** The folders of {@code folder f} having one of the codes, as {@link #codeLookup} for document entries. */
    static void folderCodeLookup(Sql.Builder sql, String parameter, List<String> group) {
        sql.append(" AND f.uuid IN (SELECT c.folder_uuid FROM folder_code c WHERE ");
        anyCode(sql, parameter, "c.code", "c.coding_scheme", group);
        sql.append(")");
    }

    /** A single-valued coded column pair (a submission set's contentTypeCode) equal to any of the codes. */
    static void codeColumns(Sql.Builder sql, String parameter, String codeColumn, String schemeColumn,
                            List<String> values) {
        sql.append(" AND ");
        anyCode(sql, parameter, codeColumn, schemeColumn, values);
    }

    /** {@code ((code = ? AND scheme = ?) OR ...)} for values {@code code^^codingScheme}. */
    private static void anyCode(Sql.Builder sql, String parameter, String codeColumn, String schemeColumn,
                                List<String> values) {
        List<String> alternatives = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        for (String value : values) {
            int sep = value.indexOf("^^");
            if (sep <= 0 || sep + 2 >= value.length()) {
                throw new XdsException(ErrorCode.REGISTRY_ERROR,
                        parameter + " value '" + value + "' must be code^^codingScheme");
            }
            alternatives.add("(" + codeColumn + " = ? AND " + schemeColumn + " = ?)");
            binds.add(value.substring(0, sep));
            binds.add(value.substring(sep + 2));
        }
        sql.append("(" + String.join(" OR ", alternatives) + ")", binds.toArray());
    }

    /**
     * authorPerson (ITI TF-2 3.18.4.1.2.3.7.1): an author of the object matches any of the patterns, SQL LIKE
     * with {@code %} and {@code _} as wildcards and every other character, a backslash included, literal.
     * {@code authors} is the author index table, {@code owner} its column naming the object, {@code object}
     * the object's id column in the outer query.
     */
    static void authorPerson(Sql.Builder sql, String authors, String owner, String object, List<String> patterns) {
        List<String> alternatives = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        for (String pattern : new LinkedHashSet<>(patterns)) {
            alternatives.add("au.author_person LIKE ?");
            binds.add(pattern.replace("\\", "\\\\"));
        }
        sql.append(" AND EXISTS (SELECT 1 FROM " + authors + " au WHERE au." + owner + " = " + object
                + " AND (" + String.join(" OR ", alternatives) + "))", binds.toArray());
    }

    /** The caller's access scope over the document entries of alias {@code d}. */
    static void scope(Sql.Builder sql, ConsultScope scope) {
        sql.append(" AND (" + scope.documentCondition() + ")", scope.binds().toArray());
    }

    /**
     * The column names a document entry the caller may see or a folder, among {@code uuids}: what the Get
     * queries taking {@code $uuid} accept as a member (a document out of the caller's scope counts as absent).
     * The plain {@code IN} first lets the column's index drive the query.
     */
    static void visibleDocumentOrFolder(Sql.Builder sql, String column, List<String> uuids, ConsultScope scope) {
        Set<String> ids = new LinkedHashSet<>(uuids);
        sql.append(" AND " + column + " IN ").appendList(ids).append(" AND (" + column
                + " IN (SELECT d.uuid FROM document_entry d WHERE d.uuid IN ").appendList(ids);
        scope(sql, scope);
        sql.append(") OR " + column + " IN (SELECT f.uuid FROM folder f WHERE f.uuid IN ").appendList(ids)
                .append("))");
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
