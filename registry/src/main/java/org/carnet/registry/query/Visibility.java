package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.ASSOC_HAS_MEMBER;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * What of each kind of object the caller may see, added to every selection a stored query runs (issue 5:
 * nothing leaks through any query or return type). A document entry: the caller's document scope. A folder:
 * its dossier is one the caller may search. A submission set: the same, and it holds a document the caller may
 * find or no document at all (one whose documents are all hidden would reveal that they exist). An association:
 * each of its ends may be seen; an end that is itself an association (a submission filing a document in a
 * folder) is checked one level down.
 */
final class Visibility {
    private Visibility() {
    }

    static void restrict(Sql.Builder sql, ObjectKind kind, String alias, ConsultScope scope) {
        sql.append(" AND ");
        switch (kind) {
            case DOCUMENT_ENTRY -> {
                if (alias.equals("d")) { // the alias the scope is written over
                    sql.append("(" + scope.documentCondition() + ")", scope.binds().toArray());
                } else {
                    document(sql, alias + ".uuid", scope);
                }
            }
            case FOLDER -> dossier(sql, alias + ".patient_key", scope);
            case SUBMISSION_SET -> submissionSet(sql, alias, scope);
            case ASSOCIATION -> {
                dossier(sql, alias + ".patient_key", scope);
                sql.append(" AND ");
                end(sql, alias + ".source_uuid", scope, true);
                sql.append(" AND ");
                end(sql, alias + ".target_uuid", scope, true);
            }
        }
    }

    private static void dossier(Sql.Builder sql, String patientColumn, ConsultScope scope) {
        sql.append("(" + scope.dossierCondition(patientColumn) + ")", scope.dossierBinds().toArray());
    }

    /** The document entry of this id is one the caller may find. */
    private static void document(Sql.Builder sql, String uuidColumn, ConsultScope scope) {
        sql.append("EXISTS (SELECT 1 FROM document_entry d WHERE d.uuid = " + uuidColumn + " AND ("
                + scope.documentCondition() + "))", scope.binds().toArray());
    }

    private static void submissionSet(Sql.Builder sql, String alias, ConsultScope scope) {
        dossier(sql, alias + ".patient_key", scope);
        sql.append(" AND (NOT EXISTS (SELECT 1 FROM association m JOIN document_entry md ON md.uuid = m.target_uuid"
                + " WHERE m.source_uuid = " + alias + ".uuid AND m.type = ?)", ASSOC_HAS_MEMBER);
        sql.append(" OR EXISTS (SELECT 1 FROM association m JOIN document_entry d ON d.uuid = m.target_uuid"
                + " WHERE m.source_uuid = " + alias + ".uuid AND m.type = ? AND (", ASSOC_HAS_MEMBER)
                .append(scope.documentCondition() + ")))", scope.binds().toArray());
    }

    /** An association's end: not a hidden document, not a hidden submission set, not a hidden association. */
    private static void end(Sql.Builder sql, String uuidColumn, ConsultScope scope, boolean followAssociations) {
        sql.append("((NOT EXISTS (SELECT 1 FROM document_entry e WHERE e.uuid = " + uuidColumn + ") OR ");
        document(sql, uuidColumn, scope);
        sql.append(") AND (NOT EXISTS (SELECT 1 FROM submission_set e WHERE e.uuid = " + uuidColumn + ") OR "
                + "EXISTS (SELECT 1 FROM submission_set s2 WHERE s2.uuid = " + uuidColumn + " AND ");
        submissionSet(sql, "s2", scope);
        sql.append("))");
        if (followAssociations) {
            sql.append(" AND (NOT EXISTS (SELECT 1 FROM association e WHERE e.uuid = " + uuidColumn + ") OR "
                    + "EXISTS (SELECT 1 FROM association b WHERE b.uuid = " + uuidColumn + " AND ");
            end(sql, "b.source_uuid", scope, false);
            sql.append(" AND ");
            end(sql, "b.target_uuid", scope, false);
            sql.append("))");
        }
        sql.append(")");
    }
}
