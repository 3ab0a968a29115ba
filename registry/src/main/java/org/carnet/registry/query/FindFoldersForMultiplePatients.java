package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * FindFoldersForMultiplePatients (ITI-51, ITI TF-2 3.51.4.1.2.3.2): FindFolders with the patient id optional
 * and multiple; the patient id or the codeList must be given, else XDSStoredQueryMissingParam. Without a
 * patient, the codes drive the query through the index on code values.
 */
final class FindFoldersForMultiplePatients implements StoredQuery {

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(FindFolders.PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        List<String> patients = p.list(FindFolders.PATIENT_ID);
        if (patients.isEmpty() && p.list(FindFolders.CODE_LIST).isEmpty()) {
            throw new XdsException(ErrorCode.STORED_QUERY_MISSING_PARAM,
                    "at least one of " + FindFolders.PATIENT_ID + ", " + FindFolders.CODE_LIST + " is required");
        }
        Sql.Builder sql = new Sql.Builder().append("FROM folder f WHERE 1=1");
        if (!patients.isEmpty()) {
            Predicates.patients(sql, "f.patient_key", FindFolders.PATIENT_ID, patients);
        } else {
            Predicates.folderCodeLookup(sql, FindFolders.CODE_LIST, p.groups(FindFolders.CODE_LIST).stream()
                    .filter(g -> !g.isEmpty()).findFirst().orElseThrow());
        }
        FindFolders.filters(sql, p);
        return List.of(new Selection(ObjectKind.FOLDER, "f", sql));
    }
}
