package org.carnet.registry.query;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_DEPRECATED;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * {@code $MetadataLevel} (Metadata Update option, ITI TF-2 3.18.4.1.2.3.5.1.1), a number, 1 when absent. A level-1
 * consumer predates metadata versioning, so every stored query leaves out for it: document entries and folders
 * that are not the latest version of their logical object, Offline document entries, Deprecated folders and
 * Deprecated associations. Level 2 returns what the query and its other parameters select.
 */
enum MetadataLevel {
    ONE, TWO;

    static final String PARAMETER = "$MetadataLevel";

    static MetadataLevel of(QueryParameters p) {
        String level = p.single(PARAMETER).map(String::trim).orElse("1");
        return switch (level) {
            case "1" -> ONE;
            case "2" -> TWO;
            default -> throw new XdsException(ErrorCode.REGISTRY_ERROR, PARAMETER + " is the number 1 or 2, not "
                    + level);
        };
    }

    void restrict(Sql.Builder sql, ObjectKind kind, String alias) {
        if (this == TWO) {
            return;
        }
        switch (kind) {
            case DOCUMENT_ENTRY -> sql.append(" AND " + alias + ".offline = ?", false);
            case FOLDER -> sql.append(" AND " + alias + ".status <> ?", STATUS_DEPRECATED);
            case ASSOCIATION -> sql.append(" AND " + alias + ".status <> ?", STATUS_DEPRECATED);
            case SUBMISSION_SET -> {
                return;
            }
        }
        if (kind == ObjectKind.DOCUMENT_ENTRY || kind == ObjectKind.FOLDER) {
            // versions share the uniqueId: a newer one is found by the (unique_id, version) index
            String table = kind == ObjectKind.FOLDER ? "folder" : "document_entry";
            sql.append(" AND NOT EXISTS (SELECT 1 FROM " + table + " v WHERE v.unique_id = " + alias
                    + ".unique_id AND v.version > " + alias + ".version)");
        }
    }
}
