package org.carnet.registry.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carnet.registry.store.ObjectKind;
import org.carnet.registry.store.RegistryStore.ObjectInfo;
import org.carnet.registry.store.Removals;

/**
 * Erases a dossier whose retention period is over (dmp-reference 4: a closed dossier keeps its data 10 years after
 * closure): every registry object of the patient, whatever its status (logically deleted and archived documents
 * too), the professionals' standings, the notifications, the consent history and the dossier itself, in the
 * caller's transaction, so that the repository's rows can go in the same one. The audit store is not touched: it
 * is append-only, and the traces outlive the record they describe.
 */
public final class DossierErasure {
    /** Tables of the dossier's own data, keyed by patient; the dossier row goes last. */
    private static final List<String> DOSSIER_TABLES = List.of("dossier_professional", "patient_notification",
            "dossier_event", "dossier");
    /** The patient's objects, by kind; table names are fixed here, never taken from a request. */
    private static final Map<ObjectKind, String> OBJECT_TABLES = Map.of(ObjectKind.DOCUMENT_ENTRY, "document_entry",
            ObjectKind.SUBMISSION_SET, "submission_set", ObjectKind.FOLDER, "folder",
            ObjectKind.ASSOCIATION, "association");

    /** What went: the patient, the uniqueIds of their documents (for the repository), how many objects. */
    public record Erased(String patientKey, List<String> documentUniqueIds, int objects) {
    }

    private final Removals removals = new Removals();

    /** Up to {@code limit} patients whose dossier was closed before {@code cutoff}, longest closed first. */
    public List<String> closedBefore(Connection c, Instant cutoff, int limit) throws SQLException {
        List<String> patients = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT patient_key FROM dossier WHERE closed_at < ? "
                + "ORDER BY closed_at FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            select.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    patients.add(rs.getString(1));
                }
            }
        }
        return patients;
    }

    /**
     * Erases the patient's dossier if it is still closed since before {@code cutoff} (read under the dossier's row
     * lock, so a reopening in between wins); empty otherwise.
     */
    public Optional<Erased> erase(Connection c, String patientKey, Instant cutoff) throws SQLException {
        Optional<Dossier> dossier = DossierRows.lock(c, patientKey);
        if (dossier.isEmpty() || dossier.get().isOpen() || dossier.get().closedAt() == null
                || !dossier.get().closedAt().isBefore(cutoff)) {
            return Optional.empty();
        }
        Map<String, ObjectInfo> objects = new LinkedHashMap<>();
        Set<String> uniqueIds = new LinkedHashSet<>(); // versions of one document share its uniqueId
        for (var table : OBJECT_TABLES.entrySet()) {
            boolean documents = table.getKey() == ObjectKind.DOCUMENT_ENTRY;
            try (PreparedStatement select = c.prepareStatement("SELECT uuid" + (documents ? ", unique_id" : "")
                    + " FROM " + table.getValue() + " WHERE patient_key = ?")) {
                select.setString(1, patientKey);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        objects.put(rs.getString(1), new ObjectInfo(rs.getString(1), table.getKey(), patientKey, null));
                        if (documents) {
                            uniqueIds.add(rs.getString(2));
                        }
                    }
                }
            }
        }
        // an association recorded under another patient must not be left pointing at what goes
        for (String association : removals.associationsOf(c, objects.keySet())) {
            objects.putIfAbsent(association, new ObjectInfo(association, ObjectKind.ASSOCIATION, patientKey, null));
        }
        removals.remove(c, objects.values());
        for (String table : DOSSIER_TABLES) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE patient_key = ?")) {
                delete.setString(1, patientKey);
                delete.executeUpdate();
            }
        }
        return Optional.of(new Erased(patientKey, List.copyOf(uniqueIds), objects.size()));
    }
}
