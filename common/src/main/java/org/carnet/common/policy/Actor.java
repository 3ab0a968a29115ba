package org.carnet.common.policy;

import java.util.Objects;

import org.carnet.common.access.AuthenticationMode;

/**
 * Who asks, as the VIHF assertion states it (dmp-reference 2).
 *
 * @param kind               professional, patient, legal representative or system
 * @param nationalId         RPPS/ADELI of a professional (VIHF NameID), INS of a patient, id of a representative
 *                           or of a system
 * @param professionCode     profession, code system {@value PolicyCodes#PROFESSION_SYSTEM} (e.g. {@code 10}
 *                           médecin); null for non-professionals
 * @param specialityCode     speciality, code system {@value PolicyCodes#SPECIALITY_SYSTEM} (e.g. {@code SM26});
 *                           null when none
 * @param structureId        VIHF {@code Identifiant_Structure}; null when none
 * @param authenticationMode VIHF {@code Authentification_Mode}; null for the patient side and systems
 * @param secretary          a non-professional card (secretary): may feed and find, never read
 * @param secretConnection   acting for a minor consulting in "connexion secrète" (VIHF confidentiality-code):
 *                           what is fed must be hidden from the minor's legal representatives
 */
public record Actor(Kind kind, String nationalId, String professionCode, String specialityCode,
                   String structureId, AuthenticationMode authenticationMode, boolean secretary,
                   boolean secretConnection) {

    public enum Kind { PROFESSIONAL, PATIENT, LEGAL_REPRESENTATIVE, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nationalId, "nationalId");
        if (kind == Kind.PROFESSIONAL && authenticationMode == null) {
            throw new IllegalArgumentException("a professional has an authentication mode");
        }
    }

    /** A professional with their own card (DIRECTE). */
    public static Actor professional(String nationalId, String professionCode, String specialityCode,
                                     String structureId) {
        return new Actor(Kind.PROFESSIONAL, nationalId, professionCode, specialityCode, structureId,
                AuthenticationMode.DIRECTE, false, false);
    }

    /** A secretary's non-professional card (DIRECTE). */
    public static Actor secretary(String nationalId, String structureId) {
        return new Actor(Kind.PROFESSIONAL, nationalId, null, null, structureId, AuthenticationMode.DIRECTE, true,
                false);
    }

    public static Actor patient(String ins) {
        return new Actor(Kind.PATIENT, ins, null, null, null, null, false, false);
    }

    public static Actor legalRepresentative(String id) {
        return new Actor(Kind.LEGAL_REPRESENTATIVE, id, null, null, null, null, false, false);
    }

    public static Actor system(String id) {
        return new Actor(Kind.SYSTEM, id, null, null, null, null, false, false);
    }

    /** The same actor authenticated in another mode. */
    public Actor withAuthenticationMode(AuthenticationMode mode) {
        return new Actor(kind, nationalId, professionCode, specialityCode, structureId, mode, secretary,
                secretConnection);
    }

    /** The same actor, acting (or not) for a minor in "connexion secrète". */
    public Actor withSecretConnection(boolean secret) {
        return new Actor(kind, nationalId, professionCode, specialityCode, structureId, authenticationMode, secretary,
                secret);
    }

    public boolean isProfessional() {
        return kind == Kind.PROFESSIONAL;
    }

    /** The patient or a legal representative: the patient side of dmp-reference 3. */
    public boolean isPatientSide() {
        return kind == Kind.PATIENT || kind == Kind.LEGAL_REPRESENTATIVE;
    }

    /** Through a structure certificate (INDIRECTE): the structure, not a person, is the actor. */
    public boolean isStructure() {
        return isProfessional() && authenticationMode.isStructure();
    }

    /** A health professional identified as a person: not a structure, not a secretary. */
    public boolean isIdentifiedProfessional() {
        return isProfessional() && !isStructure() && !secretary;
    }

    /** Médecin (10) with speciality médecine du travail, see {@link PolicyCodes}. */
    public boolean isMedecinDuTravail() {
        return PolicyCodes.PROFESSION_MEDECIN.equals(professionCode)
                && PolicyCodes.SPECIALITY_MEDECINE_DU_TRAVAIL.equals(specialityCode);
    }
}
