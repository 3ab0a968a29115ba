package org.carnet.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.carnet.common.db.Database;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;

/**
 * Whose documents these are, from the registry's document entries. An ITI-43 request names documents, not a
 * patient, and the repository does not know patients; in the all-in-one node its documents are registered here.
 */
public final class DocumentPatients {
    private final Database database;

    public DocumentPatients(Database database) {
        this.database = database;
    }

    /** The patient of each known document uniqueId (of its newest version); unknown ids are left out. */
    public Map<String, String> of(Collection<String> documentUniqueIds) throws SQLException {
        Map<String, String> patients = new HashMap<>();
        if (documentUniqueIds.isEmpty()) {
            return patients;
        }
        Sql sql = new Sql.Builder()
                .append("SELECT unique_id, patient_key FROM document_entry WHERE unique_id IN ")
                .appendList(new LinkedHashSet<>(documentUniqueIds))
                .append(" ORDER BY version")
                .build();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = RegistryStore.prepare(c, sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                patients.put(rs.getString(1), rs.getString(2)); // the newest version comes last and wins
            }
        }
        return patients;
    }
}
