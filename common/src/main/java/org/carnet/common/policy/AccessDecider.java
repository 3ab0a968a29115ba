package org.carnet.common.policy;

import static org.carnet.common.policy.Confidentiality.INVISIBLE_PATIENT;
import static org.carnet.common.policy.Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX;
import static org.carnet.common.policy.Confidentiality.MASQUE_PS;
import static org.carnet.common.policy.DmpRule.*;

import java.util.Objects;

import org.carnet.common.access.AccessMode;

/**
 * The DMP access decision (dmp-reference 3), in one place and without side effects: given the facts, which
 * rule decides. Callers gather the facts (dossier directory, authorisations, document metadata) and act on the
 * {@link Decision}: refuse, filter, trace, notify.
 *
 * <p>Order of the checks, for every actor: the dossier must be open; then by operation family. Feeding needs no
 * authorisation. Consulting (FIND, READ) goes through the patient side, a system, or a professional's checks
 * in this order: blocked, structure or secretary reading, médecin du travail, emergency preconditions,
 * médecin traitant, authorisation, masking, then the {@link AuthorisationMatrix} for READ. Masking, visibility,
 * archiving and deleting (TD3.3) check the masked/invisible exclusivity, then who may manage the document.
 */
public final class AccessDecider {
    private final AuthorisationMatrix matrix;

    public AccessDecider(AuthorisationMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
    }

    /**
     * Decides one operation.
     *
     * @param document the document's facts; may be null only for {@link Operation#FIND} (may the actor search
     *                 the dossier at all)
     */
    public Decision decide(Actor actor, AccessMode mode, DossierFacts dossier, DocumentFacts document,
                           Operation operation) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(operation, "operation");
        if (operation.needsDocument() && document == null) {
            throw new IllegalArgumentException(operation + " is decided on a document's facts");
        }
        Decision decision = Decision.by(rule(actor, mode, dossier, document, operation));
        // §3: every emergency access is traced as such for the whole access and notified to the patient;
        // the access mode is a professional's purpose of use only.
        return actor.isProfessional() ? decision.inMode(mode) : decision;
    }

    private DmpRule rule(Actor actor, AccessMode mode, DossierFacts dossier, DocumentFacts document,
                         Operation operation) {
        if (operation == Operation.REMOVE) {
            return actor.kind() == Actor.Kind.SYSTEM ? SYSTEM_ACTOR : REMOVAL_ONLY_BY_ADMINISTRATION;
        }
        if (!dossier.isOpen()) {
            // §3/§4: a closed dossier is neither fed nor consulted nor changed.
            return operation == Operation.FEED ? FEED_NEEDS_OPEN_DOSSIER : DOSSIER_CLOSED;
        }
        return switch (operation.family()) {
            case FEED -> feed(actor, document);
            case CONSULT -> consult(actor, mode, dossier, document, operation);
            case MANAGE -> manage(actor, dossier, document, operation);
        };
    }

    private DmpRule feed(Actor actor, DocumentFacts document) {
        if (document.isSubmissionSetSignature() && !actor.isPatientSide()) {
            return SUBMISSION_SET_SIGNATURE;
        }
        // §3: by default a document cannot be both invisible to the patient and masked to professionals.
        if (document.is(MASQUE_PS) && document.is(INVISIBLE_PATIENT)) {
            return MASKED_AND_INVISIBLE_EXCLUSIVE;
        }
        // §3: a minor's "connexion secrète" can only deposit documents invisible to the legal representatives.
        if (actor.secretConnection() && !document.is(INVISIBLE_REPRESENTANTS_LEGAUX)) {
            return SECRET_CONNECTION_FEEDS_ONLY_HIDDEN_FROM_REPRESENTATIVES;
        }
        // §6 classCode 90 "document du patient": what the patient side feeds [inferred].
        if (actor.isPatientSide()) {
            return PolicyCodes.CLASS_PATIENT_DOCUMENT.equals(document.classCode().code())
                    ? PATIENT_FEEDS_PATIENT_DOCUMENT : PATIENT_FEEDS_ONLY_PATIENT_DOCUMENTS;
        }
        // Issue 5: the author's profession may feed that document type. The matrix says which categories a
        // profession reads; the profession (whatever its speciality) feeds the same ones [inferred].
        if (document.authorProfession() != null && !matrix.mayRead(document.authorProfession(), null,
                document.typeCode(), document.classCode())) {
            return AUTHOR_PROFESSION_MAY_NOT_FEED;
        }
        // §3: feeding does not need an authorisation; blocking refuses consultation, not feeding. Any
        // professional (structures, secretaries and the médecin du travail included) and any system feeds.
        return FEED_ALLOWED;
    }

    private DmpRule consult(Actor actor, AccessMode mode, DossierFacts dossier, DocumentFacts document,
                            Operation operation) {
        if (actor.kind() == Actor.Kind.SYSTEM) {
            return SYSTEM_ACTOR; // [inferred] node-configured systems are outside the per-person rules
        }
        if (actor.isPatientSide()) {
            return document == null ? PATIENT_SEES_DOSSIER : patientSideSees(actor, document);
        }
        if (dossier.blocked()) {
            return BLOCKED_BY_PATIENT; // §3: refused even if authorised, in every mode
        }
        if (operation == Operation.READ && (actor.isStructure() || actor.secretary())) {
            return INDIRECT_OR_SECRETARY_NO_READ; // §3: they feed and find references, not read
        }
        if (actor.isMedecinDuTravail()) {
            return MEDECIN_DU_TRAVAIL_NO_READ; // §3: cannot read; we refuse finding references too
        }
        if (mode.isEmergency()) {
            if (!actor.isIdentifiedProfessional()) {
                return EMERGENCY_NEEDS_IDENTIFIED_PROFESSIONAL;
            }
            if (dossier.opposes(mode)) {
                return EMERGENCY_OPPOSED; // §3: unless the patient opposed that mode
            }
        }
        if (dossier.medecinTraitant() && actor.isIdentifiedProfessional()) {
            return MEDECIN_TRAITANT_SEES_ALL; // §3: everything, masked documents included
        }
        if (!mode.isEmergency() && !dossier.authorised()) {
            return NOT_AUTHORISED; // §3: consulting needs an authorisation; emergency access does not
        }
        DmpRule granted = mode.isEmergency() ? EMERGENCY_ACCESS : AUTHORISED;
        if (document == null) {
            return granted;
        }
        if (document.is(MASQUE_PS) && !document.authoredBy(actor)) {
            if (!mode.isEmergency()) {
                return MASKED_TO_PROFESSIONALS; // §3: only the author and the médecin traitant
            }
            if (!dossier.emergencyMaySeeMasked()) {
                return EMERGENCY_MASKED_NOT_ALLOWED; // §3: masked documents only if the patient allowed it
            }
        }
        if (operation == Operation.FIND) {
            return granted; // §3: references are found on dossier access; the matrix governs reading
        }
        if (document.authoredBy(actor)) {
            return AUTHOR_READS_OWN_DOCUMENT;
        }
        if (!matrix.mayRead(actor, document)) {
            return MATRIX_DENIES; // §3: profession × category, in every mode
        }
        return mode.isEmergency() ? EMERGENCY_ACCESS : MATRIX_ALLOWS;
    }

    /**
     * §3: the patient sees all but INVISIBLE_PATIENT; a legal representative neither, nor the documents hidden
     * from legal representatives.
     */
    private static DmpRule patientSideSees(Actor actor, DocumentFacts document) {
        if (document.is(INVISIBLE_PATIENT)) {
            return INVISIBLE_TO_PATIENT;
        }
        if (actor.kind() == Actor.Kind.LEGAL_REPRESENTATIVE && document.is(INVISIBLE_REPRESENTANTS_LEGAUX)) {
            return INVISIBLE_TO_REPRESENTATIVES;
        }
        return PATIENT_SEES_DOSSIER;
    }

    private static DmpRule manage(Actor actor, DossierFacts dossier, DocumentFacts document, Operation operation) {
        // §3: not both invisible to the patient and masked. Masking an invisible document, or toggling the
        // patient's visibility of a visible masked one, would make it both.
        if (operation == Operation.MASK && document.is(INVISIBLE_PATIENT)
                || operation == Operation.SET_PATIENT_VISIBILITY && document.is(MASQUE_PS)
                        && !document.is(INVISIBLE_PATIENT)) {
            return MASKED_AND_INVISIBLE_EXCLUSIVE;
        }
        if (actor.kind() == Actor.Kind.SYSTEM) {
            return SYSTEM_ACTOR;
        }
        if (actor.isPatientSide()) {
            DmpRule seen = patientSideSees(actor, document);
            if (!seen.grants()) {
                return seen; // nobody manages what they cannot see
            }
            // §3 TD3.3: documents the patient added, by the patient; §3 grants the patient side nothing more.
            return document.addedByPatient() ? PATIENT_MANAGES_OWN_DOCUMENT : PATIENT_MANAGES_ONLY_OWN_DOCUMENTS;
        }
        if (dossier.blocked()) {
            return BLOCKED_BY_PATIENT; // [inferred] a blocked professional changes nothing in the dossier
        }
        boolean medecinTraitant = dossier.medecinTraitant() && actor.isIdentifiedProfessional();
        if (document.addedByPatient()) {
            // §3 TD3.3: documents the patient added only by the patient or the médecin traitant.
            return medecinTraitant ? MEDECIN_TRAITANT_MAY_MANAGE : PATIENT_DOCUMENT_PATIENT_OR_MEDECIN_TRAITANT;
        }
        if (document.authoredBy(actor)) {
            // §3 TD3.3: a professional on documents they authored; a structure on its own documents.
            return actor.isStructure() ? OWN_STRUCTURE_MAY_MANAGE : AUTHOR_MAY_MANAGE;
        }
        if (medecinTraitant) {
            return MEDECIN_TRAITANT_MAY_MANAGE; // §3 TD3.3: the médecin traitant also may
        }
        return actor.isStructure() ? ONLY_OWN_STRUCTURE_MAY_MANAGE : ONLY_AUTHOR_MAY_MANAGE;
    }
}
