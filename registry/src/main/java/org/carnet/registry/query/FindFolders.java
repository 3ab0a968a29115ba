package org.carnet.registry.query;

import java.util.List;
import java.util.Optional;

import org.carnet.common.access.ConsultScope;
import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.Sql;

/**
 * FindFolders (ITI TF-2 3.18.4.1.2.3.7.3): a patient's folders by status, lastUpdateTime and codeList
 * (AND/OR: the codes of one slot ORed, repeated slots ANDed).
 */
final class FindFolders implements StoredQuery {
    static final String PATIENT_ID = "$XDSFolderPatientId";
    static final String CODE_LIST = "$XDSFolderCodeList";

    @Override
    public Optional<String> patientParameter() {
        return Optional.of(PATIENT_ID);
    }

    @Override
    public List<Selection> select(QueryParameters p, ConsultScope scope) {
        Sql.Builder sql = new Sql.Builder().append("FROM folder f WHERE 1=1");
        Predicates.patient(sql, "f.patient_key", PATIENT_ID, p.required(PATIENT_ID));
        filters(sql, p);
        return List.of(new Selection(ObjectKind.FOLDER, "f", sql));
    }

    /** Every condition but the patient's: shared with FindFoldersForMultiplePatients (ITI-51). */
    static void filters(Sql.Builder sql, QueryParameters p) {
        Predicates.in(sql, "f.status", p.requiredList("$XDSFolderStatus"));
        Predicates.timeRange(sql, "f.last_update_time", p, "$XDSFolderLastUpdateTimeFrom",
                "$XDSFolderLastUpdateTimeTo");
        Predicates.folderCodes(sql, CODE_LIST, p.groups(CODE_LIST));
    }
}
