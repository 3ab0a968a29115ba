package org.carnet.common.policy;

import static org.carnet.common.policy.DmpRule.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what to a dossier's state and to the standing of professionals on it (dmp-reference 1 and 3), in one
 * place and without side effects, as {@link AccessDecider} does for documents. Callers gather the facts, ask, and
 * refuse with the {@link Decision}'s rule.
 *
 * <p>The checks go by actor kind, "who" before "what state": the patient side acts on its own dossier only; a
 * professional declares only themself; then a closed dossier refuses every change but the life transitions
 * (opening, closing and reopening a dossier in the wrong state is a conflict the dossier directory answers, not a
 * policy decision).
 */
public final class DossierManagementDecider {
    /** TD1.4's closure reason (code system {@value #CLOSE_REASON_SYSTEM}): the patient asked for it. */
    public static final String CLOSED_AT_PATIENT_REQUEST = "FERMETURE_DEMANDE_PATIENT";
    public static final String CLOSE_REASON_SYSTEM = "1.2.250.1.213.4.1.2.4";

    /** Every rule this decider answers with; the others are {@link AccessDecider}'s. */
    public static final Set<DmpRule> RULES = Collections.unmodifiableSet(EnumSet.of(DOSSIER_CLOSED,
            BLOCKED_BY_PATIENT, PATIENT_DECIDES_DOSSIER_LIFE, PATIENT_SIDE_ONLY_OWN_DOSSIER,
            OPENING_NEEDS_PATIENT_CONSENT, PROFESSIONAL_OPENS_WITH_CONSENT, PROFESSIONAL_CLOSES_ON_PATIENT_REQUEST,
            PROFESSIONAL_CLOSES_ONLY_ON_PATIENT_REQUEST, CLOSING_NEEDS_STANDING, SYSTEM_MANAGES_DOSSIER_LIFE,
            SYSTEM_RECORDS_NO_PERSONAL_CHOICE, PATIENT_SETS_OPPOSITIONS, ONLY_PATIENT_SETS_OPPOSITIONS,
            PATIENT_READS_OWN_DOSSIER, PROFESSIONAL_TESTS_DOSSIER, PROFESSIONAL_DECLARES_THEMSELF,
            PROFESSIONAL_DECLARES_ONLY_THEMSELF, DECLARATION_NEEDS_IDENTIFIED_PROFESSIONAL,
            PATIENT_AUTHORISES_PROFESSIONAL, PATIENT_BLOCKS_PROFESSIONAL, ONLY_PATIENT_BLOCKS,
            MEDECIN_DECLARES_MEDECIN_TRAITANT, MEDECIN_TRAITANT_IS_A_MEDECIN, MEDECIN_TRAITANT_DECLARES_THEMSELF,
            MEDECIN_TRAITANT_STOPS_THEMSELF, ONLY_MEDECIN_TRAITANT_STOPS, MEDECIN_TRAITANT_LISTS_PROFESSIONALS,
            PROFESSIONALS_LIST_PATIENT_OR_MEDECIN_TRAITANT, NOTIFICATIONS_ARE_THE_PATIENTS,
            PROFESSIONAL_LISTS_OWN_DOSSIERS, PROFESSIONAL_LISTS_ONLY_OWN_DOSSIERS));

    public Decision decide(Actor actor, DossierOperation operation, DossierRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(request, "request");
        if (operation == DossierOperation.LIST_DOSSIERS_OF_PROFESSIONAL) {
            return Decision.by(dossiersOfProfessional(actor, request));
        }
        return Decision.by(switch (actor.kind()) {
            case SYSTEM -> system(operation, request);
            case PATIENT, LEGAL_REPRESENTATIVE -> patientSide(operation, request);
            case PROFESSIONAL -> professional(actor, operation, request);
        });
    }

    private static DmpRule dossiersOfProfessional(Actor actor, DossierRequest request) {
        if (actor.kind() == Actor.Kind.SYSTEM) {
            return SYSTEM_MANAGES_DOSSIER_LIFE;
        }
        return actor.isProfessional() && actor.nationalId().equals(request.professionalId())
                ? PROFESSIONAL_LISTS_OWN_DOSSIERS : PROFESSIONAL_LISTS_ONLY_OWN_DOSSIERS;
    }

    private static DmpRule system(DossierOperation operation, DossierRequest request) {
        return switch (operation) {
            case OPEN, REOPEN -> request.patientConsent() ? SYSTEM_MANAGES_DOSSIER_LIFE : OPENING_NEEDS_PATIENT_CONSENT;
            case CLOSE, READ_STATE, LIST_PROFESSIONALS -> SYSTEM_MANAGES_DOSSIER_LIFE;
            default -> SYSTEM_RECORDS_NO_PERSONAL_CHOICE;
        };
    }

    private static DmpRule patientSide(DossierOperation operation, DossierRequest request) {
        if (!request.actorIsThePatient()) {
            return PATIENT_SIDE_ONLY_OWN_DOSSIER;
        }
        return switch (operation) {
            // The patient's own act is their consent.
            case OPEN, CLOSE, REOPEN -> PATIENT_DECIDES_DOSSIER_LIFE;
            case READ_STATE, LIST_PROFESSIONALS, LIST_NOTIFICATIONS -> PATIENT_READS_OWN_DOSSIER;
            case AUTHORISE_SELF -> DECLARATION_NEEDS_IDENTIFIED_PROFESSIONAL;
            case DECLARE_MEDECIN_TRAITANT -> MEDECIN_TRAITANT_DECLARES_THEMSELF;
            case STOP_MEDECIN_TRAITANT -> ONLY_MEDECIN_TRAITANT_STOPS;
            case SET_OPPOSITIONS -> openOr(request, PATIENT_SETS_OPPOSITIONS);
            case AUTHORISE_BY_PATIENT, REMOVE_AUTHORISATION -> openOr(request, PATIENT_AUTHORISES_PROFESSIONAL);
            case BLOCK, UNBLOCK -> openOr(request, PATIENT_BLOCKS_PROFESSIONAL);
            case LIST_DOSSIERS_OF_PROFESSIONAL -> throw new IllegalStateException("decided before");
        };
    }

    private static DmpRule professional(Actor actor, DossierOperation operation, DossierRequest request) {
        DossierFacts dossier = request.dossier();
        return switch (operation) {
            // TD0.2 answers a blocked professional too: INTERDIT is their authorisation.
            case READ_STATE -> PROFESSIONAL_TESTS_DOSSIER;
            case OPEN, REOPEN -> {
                if (dossier.blocked()) {
                    yield BLOCKED_BY_PATIENT;
                }
                yield request.patientConsent() ? PROFESSIONAL_OPENS_WITH_CONSENT : OPENING_NEEDS_PATIENT_CONSENT;
            }
            case CLOSE -> close(dossier, request);
            case SET_OPPOSITIONS -> ONLY_PATIENT_SETS_OPPOSITIONS;
            case BLOCK, UNBLOCK -> ONLY_PATIENT_BLOCKS;
            case AUTHORISE_BY_PATIENT -> PROFESSIONAL_DECLARES_ONLY_THEMSELF;
            case AUTHORISE_SELF, REMOVE_AUTHORISATION, DECLARE_MEDECIN_TRAITANT, STOP_MEDECIN_TRAITANT ->
                    declaration(actor, operation, request);
            case LIST_PROFESSIONALS -> {
                if (dossier.blocked()) {
                    yield BLOCKED_BY_PATIENT;
                }
                yield dossier.medecinTraitant() && actor.isIdentifiedProfessional()
                        ? MEDECIN_TRAITANT_LISTS_PROFESSIONALS : PROFESSIONALS_LIST_PATIENT_OR_MEDECIN_TRAITANT;
            }
            case LIST_NOTIFICATIONS -> NOTIFICATIONS_ARE_THE_PATIENTS;
            case LIST_DOSSIERS_OF_PROFESSIONAL -> throw new IllegalStateException("decided before");
        };
    }

    private static DmpRule close(DossierFacts dossier, DossierRequest request) {
        if (dossier.blocked()) {
            return BLOCKED_BY_PATIENT;
        }
        if (!dossier.authorised() && !dossier.medecinTraitant()) {
            return CLOSING_NEEDS_STANDING;
        }
        return CLOSED_AT_PATIENT_REQUEST.equals(request.closeReason())
                ? PROFESSIONAL_CLOSES_ON_PATIENT_REQUEST : PROFESSIONAL_CLOSES_ONLY_ON_PATIENT_REQUEST;
    }

    /** TD0.3: a professional's declarations about themself. */
    private static DmpRule declaration(Actor actor, DossierOperation operation, DossierRequest request) {
        if (!actor.nationalId().equals(request.professionalId())) {
            return PROFESSIONAL_DECLARES_ONLY_THEMSELF;
        }
        if (!actor.isIdentifiedProfessional()) {
            return DECLARATION_NEEDS_IDENTIFIED_PROFESSIONAL;
        }
        DossierFacts dossier = request.dossier();
        if (!dossier.isOpen()) {
            return DOSSIER_CLOSED;
        }
        return switch (operation) {
            // A blocked professional cannot undo the patient's block by declaring themself [inferred]; giving
            // something up stays possible.
            case AUTHORISE_SELF -> dossier.blocked() ? BLOCKED_BY_PATIENT : PROFESSIONAL_DECLARES_THEMSELF;
            case REMOVE_AUTHORISATION -> PROFESSIONAL_DECLARES_THEMSELF;
            case DECLARE_MEDECIN_TRAITANT -> {
                if (dossier.blocked()) {
                    yield BLOCKED_BY_PATIENT;
                }
                yield PolicyCodes.PROFESSION_MEDECIN.equals(actor.professionCode())
                        ? MEDECIN_DECLARES_MEDECIN_TRAITANT : MEDECIN_TRAITANT_IS_A_MEDECIN;
            }
            case STOP_MEDECIN_TRAITANT -> dossier.medecinTraitant()
                    ? MEDECIN_TRAITANT_STOPS_THEMSELF : ONLY_MEDECIN_TRAITANT_STOPS;
            default -> throw new IllegalArgumentException(operation + " is not a declaration");
        };
    }

    /** A change to a closed dossier is refused (§4/TD1.4). */
    private static DmpRule openOr(DossierRequest request, DmpRule granted) {
        return request.dossier().isOpen() ? granted : DOSSIER_CLOSED;
    }
}
