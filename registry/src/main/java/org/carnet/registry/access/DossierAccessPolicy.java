package org.carnet.registry.access;

import static org.carnet.common.vocabulary.Vocabulary.STATUS_DMP_DELETED;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carnet.common.access.AccessDeniedException;
import org.carnet.common.access.AccessPolicy;
import org.carnet.common.access.Caller;
import org.carnet.common.access.ConsultScope;
import org.carnet.common.db.Database;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;
import org.carnet.common.metadata.Author;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.AccessDecider;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.AuthorisationMatrix;
import org.carnet.common.policy.Confidentiality;
import org.carnet.common.policy.Decision;
import org.carnet.common.policy.DocumentFacts;
import org.carnet.common.policy.DossierFacts;
import org.carnet.common.policy.Operation;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.PatientNotifications;

/**
 * The DMP access policy over the registry (issue 5, dmp-reference 3): the facts come from the registry's tables,
 * the decisions from the {@link AccessDecider} alone. Stored queries get the decider's FIND decision compiled to
 * SQL ({@link ScopeCompiler}); retrievals, feeds and updates ask the decider document by document. A caller whose
 * VIHF names a patient acts on that patient's dossier only. A refusal is {@code XDSRegistryError} naming the DMP
 * rule; a document the caller may not see is never named.
 */
public final class DossierAccessPolicy implements AccessPolicy {
    /** authorSpecialty as the DMP codes it (TD2.1): {@code G15_<profession>[/<speciality>]}, JDV_J01. */
    private static final Pattern AUTHOR_SPECIALTY = Pattern.compile("G15_([^/^]+)(?:[/^].*)?");

    private final Database database;
    private final AccessDecider decider;
    private final DossierDirectory dossiers;
    private final PatientNotifications notifications;
    private final ConsultScopes scopes;

    /** The policy over a registry database, with its own directory and notifications. */
    public static DossierAccessPolicy of(Database database, AuthorisationMatrix matrix, Clock clock) {
        return new DossierAccessPolicy(database, new AccessDecider(matrix), new DossierDirectory(database, clock),
                new PatientNotifications(database, clock));
    }

    public DossierAccessPolicy(Database database, AccessDecider decider, DossierDirectory dossiers,
                               PatientNotifications notifications) {
        this.database = database;
        this.decider = decider;
        this.dossiers = dossiers;
        this.notifications = notifications;
        this.scopes = new ConsultScopes(decider);
    }

    @Override
    public void checkFeed(Caller caller, Submission submission) {
        String patient = submission.submissionSet().patientId().key();
        String location = submission.submissionSet().entryUuid();
        requireBoundDossier(caller, patient, location);
        DossierFacts dossier = facts(patient, caller.actor())
                .orElseThrow(() -> new XdsException(ErrorCode.UNKNOWN_PATIENT_ID, "patient " + patient
                        + " has no dossier: open it first (POST /api/dossiers)", location));
        if (!dossier.isOpen()) {
            throw new XdsException(ErrorCode.UNKNOWN_PATIENT_ID, "the dossier of patient " + patient
                    + " is closed", location);
        }
        ErrorList errors = new ErrorList();
        for (DocumentEntry de : submission.documentEntries()) {
            DocumentFacts document = new DocumentFacts(de.typeCode(), de.classCode(),
                    Confidentiality.of(de.confidentialityCodes()), null, null, caller.actor().isPatientSide());
            List<DocumentFacts> asAuthored = authorProfessions(de).stream().map(document::authoredAs).toList();
            for (DocumentFacts facts : asAuthored.isEmpty() ? List.of(document) : asAuthored) {
                refusal(decider.decide(caller.actor(), caller.mode(), dossier, facts, Operation.FEED))
                        .ifPresent(reason -> errors.add(ErrorCode.REGISTRY_ERROR, reason
                                + (facts.authorProfession() == null ? "" : " (author profession "
                                + facts.authorProfession() + ")"), de.entryUuid()));
            }
        }
        if (errors.hasErrors()) {
            throw new AccessDeniedException(errors.all());
        }
    }

    /**
     * The professions of the document's authors, from authorSpecialty as the DMP codes it ({@code G15_10/SM26}:
     * profession 10); authors coded otherwise are not checked.
     */
    private static Set<String> authorProfessions(DocumentEntry de) {
        Set<String> found = new LinkedHashSet<>();
        for (Author author : de.authors()) {
            for (String specialty : author.specialties()) {
                Matcher m = AUTHOR_SPECIALTY.matcher(specialty);
                if (m.matches()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Override
    public void checkManage(Caller caller, String patientKey, DocumentFacts document, Operation operation,
                            String location) {
        requireBoundDossier(caller, patientKey, location);
        DossierFacts dossier = facts(patientKey, caller.actor()).orElse(DossierFacts.closed());
        refusal(decider.decide(caller.actor(), caller.mode(), dossier, document, operation)).ifPresent(reason -> {
            throw denied(operation + " " + reason, location);
        });
    }

    @Override
    public void checkRemove(Caller caller) {
        refusal(decider.decide(caller.actor(), caller.mode(), DossierFacts.open(), null, Operation.REMOVE))
                .ifPresent(reason -> {
                    throw denied(reason, null);
                });
    }

    @Override
    public void checkConsult(Caller caller, String patientKey) {
        requireBoundDossier(caller, patientKey, null);
        Optional<DossierFacts> dossier = facts(patientKey, caller.actor());
        if (dossier.isEmpty()) {
            return; // no dossier, nothing to find: the query answers an empty list
        }
        refusal(decider.decide(caller.actor(), caller.mode(), dossier.get(), null, Operation.FIND))
                .ifPresent(reason -> {
                    throw denied(reason, null);
                });
    }

    /**
     * The FIND decision for every combination of dossier and document facts, as SQL ({@link ConsultScopes}). A
     * logically deleted document (TD3.3c) is never returned again, whoever asks.
     */
    @Override
    public ConsultScope consultScope(Caller caller) {
        return scopes.of(caller);
    }

    @Override
    public Set<String> retrievable(Caller caller, Collection<String> documentUniqueIds) {
        Set<String> allowed = new HashSet<>();
        Map<String, Optional<DossierFacts>> standings = new HashMap<>();
        Set<String> readInEmergency = new LinkedHashSet<>();
        Map<String, RegisteredDocument> documents;
        try (Connection c = database.dataSource().getConnection()) {
            documents = RegisteredDocuments.newestByUniqueId(c, documentUniqueIds);
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
        for (RegisteredDocument d : documents.values()) {
            if (STATUS_DMP_DELETED.equals(d.status())
                    || caller.dossierKey() != null && !caller.dossierKey().equals(d.patientKey())) {
                continue;
            }
            Optional<DossierFacts> dossier = standings.computeIfAbsent(d.patientKey(),
                    patient -> facts(patient, caller.actor()));
            Decision decision = decider.decide(caller.actor(), caller.mode(),
                    dossier.orElse(DossierFacts.closed()), d.factsFor(caller.actor()), Operation.READ);
            if (decision.allowed()) {
                allowed.add(d.uniqueId());
                if (decision.notifyPatient()) {
                    readInEmergency.add(d.patientKey());
                }
            }
        }
        for (String patient : readInEmergency) {
            notifications.record(patient, PatientNotifications.EMERGENCY_ACCESS, caller,
                    "read documents in emergency mode");
        }
        return allowed;
    }

    @Override
    public void consulted(Caller caller, Collection<String> patientKeys) {
        if (!caller.emergency()) {
            return;
        }
        for (String patient : new LinkedHashSet<>(patientKeys)) {
            Optional<DossierFacts> dossier = facts(patient, caller.actor());
            if (dossier.isPresent() && decider.decide(caller.actor(), caller.mode(), dossier.get(), null,
                    Operation.FIND).notifyPatient()) {
                notifications.record(patient, PatientNotifications.EMERGENCY_ACCESS, caller,
                        "searched the dossier in emergency mode");
            }
        }
    }

    /** dmp-reference 2: the VIHF {@code resource-id} names the one dossier the professional acts on. */
    private static void requireBoundDossier(Caller caller, String patientKey, String location) {
        if (caller.dossierKey() != null && !caller.dossierKey().equals(patientKey)) {
            throw denied("access refused: the VIHF assertion is for the dossier of " + caller.dossierKey()
                    + ", not of " + patientKey, location);
        }
    }

    private Optional<DossierFacts> facts(String patientKey, Actor actor) {
        try {
            return dossiers.facts(patientKey, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("registry database failure", e);
        }
    }

    private static AccessDeniedException denied(String reason, String location) {
        return new AccessDeniedException(List.of(XdsError.error(ErrorCode.REGISTRY_ERROR, reason, location)));
    }

    private static Optional<String> refusal(Decision decision) {
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of("access refused by DMP rule " + decision.rule() + ": " + decision.rule().citation());
    }
}
