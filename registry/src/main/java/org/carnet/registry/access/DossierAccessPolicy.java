package org.carnet.registry.access;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.db.Database;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.Submission;
import org.carnet.registry.patient.Dossier;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.store.RegistryStore;
import org.carnet.registry.store.Sql;

/**
 * The access rules that hold for every caller: feeding needs an open dossier (DMP: a dossier exists only
 * once opened with the patient's consent, dmp-reference 4). The per-profession and per-patient rules of the
 * DMP (authorisations, masking, médecin traitant, emergency access) are added here, in this one place.
 */
public final class DossierAccessPolicy implements AccessPolicy {
    private static final ConsultScope NOT_DELETED = new ConsultScope("d.status <> ?", List.of(STATUS_DMP_DELETED));

    private final Database database;
    private final DossierDirectory dossiers;

    public DossierAccessPolicy(Database database, DossierDirectory dossiers) {
        this.database = database;
        this.dossiers = dossiers;
    }

    @Override
    public void checkFeed(Caller caller, Submission submission) {
        Cx patient = submission.submissionSet().patientId();
        Optional<Dossier> dossier;
        try {
            dossier = dossiers.find(patient);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the dossier directory", e);
        }
        if (dossier.isEmpty()) {
            throw new XdsException(ErrorCode.UNKNOWN_PATIENT_ID, "patient " + patient.key()
                    + " has no dossier: open it first (POST /api/dossiers)", submission.submissionSet().entryUuid());
        }
        if (!dossier.get().isOpen()) {
            throw new XdsException(ErrorCode.UNKNOWN_PATIENT_ID, "the dossier of patient " + patient.key()
                    + " is closed", submission.submissionSet().entryUuid());
        }
    }

    /** A logically deleted document (DMP TD3.3c, status Deleted) is never returned again, whoever asks. */
    @Override
    public ConsultScope consultScope(Caller caller) {
        return NOT_DELETED;
    }

    @Override
    public Set<String> retrievable(Caller caller, Collection<String> documentUniqueIds) {
        if (documentUniqueIds.isEmpty()) {
            return Set.of();
        }
        ConsultScope scope = consultScope(caller);
        Sql sql = new Sql.Builder()
                .append("SELECT d.unique_id FROM document_entry d WHERE d.unique_id IN ")
                .appendList(new HashSet<>(documentUniqueIds))
                .append(" AND (" + scope.documentCondition() + ")", scope.binds().toArray())
                .build();
        Set<String> found = new HashSet<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = RegistryStore.prepare(c, sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
        return found;
    }
}
