package org.carnet.registry.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.carnet.common.db.Database;

/**
 * Reads, and only reads, whether a professional is a médecin traitant DMP of a dossier (table
 * {@code dossier_professional} of schema 3), for the access-history rule of dmp-reference 5.
 */
public final class MedecinTraitants {
    private final Database database;

    public MedecinTraitants(Database database) {
        this.database = database;
    }

    public boolean isMedecinTraitant(String patientKey, String professionalId) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM dossier_professional "
                     + "WHERE patient_key = ? AND professional_id = ? AND relation = ?")) {
            s.setString(1, patientKey);
            s.setString(2, professionalId);
            s.setString(3, "MEDECIN_TRAITANT");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
