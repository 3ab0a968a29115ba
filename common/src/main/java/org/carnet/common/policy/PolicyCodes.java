package org.carnet.common.policy;

/**
 * The codes the access rules read (dmp-reference 2 and 6), kept in one place.
 *
 * <p>The médecin du travail is a médecin (profession {@code 10}) whose speciality is
 * {@value #SPECIALITY_MEDECINE_DU_TRAVAIL} "médecine du travail" in the ordinal specialities
 * ({@value #SPECIALITY_SYSTEM}, nomenclature TRE_R38) [inferred: code value from our reading of the
 * nomenclature; no DMP sample shows it]. It is not a distinct profession code.
 */
public final class PolicyCodes {
    /** Professions, VIHF role code system (dmp-reference 2). */
    public static final String PROFESSION_SYSTEM = "1.2.250.1.71.1.2.7";
    /** Specialities, VIHF role code system (dmp-reference 2). */
    public static final String SPECIALITY_SYSTEM = "1.2.250.1.71.4.2.5";

    public static final String PROFESSION_MEDECIN = "10";
    public static final String PROFESSION_PHARMACIEN = "21";
    public static final String PROFESSION_CHIRURGIEN_DENTISTE = "40";
    public static final String PROFESSION_SAGE_FEMME = "50";
    public static final String PROFESSION_INFIRMIER = "60";

    /** General medicine, as in the VIHF samples. */
    public static final String SPECIALITY_MEDECINE_GENERALE = "SM26";
    /** Médecine du travail [inferred code, see the class comment]. */
    public static final String SPECIALITY_MEDECINE_DU_TRAVAIL = "SM25";

    /** DocumentEntry.classCode system (dmp-reference 6). */
    public static final String CLASS_CODE_SYSTEM = "1.2.250.1.213.1.1.4.1";
    /** classCode "document du patient": the only class a patient feeds (dmp-reference 6). */
    public static final String CLASS_PATIENT_DOCUMENT = "90";
    /** classCode of the submission set's signature, sent as one more document (dmp-reference 6, TD2.1). */
    public static final String CLASS_SUBMISSION_SET_SIGNATURE = "urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1";

    /** HL7 Confidentiality (N, R, V). */
    public static final String HL7_CONFIDENTIALITY_SYSTEM = "2.16.840.1.113883.5.25";
    /** The DMP's visibility codes (MASQUE_PS, INVISIBLE_PATIENT, INVISIBLE_REPRESENTANTS_LEGAUX). */
    public static final String DMP_CONFIDENTIALITY_SYSTEM = "1.2.250.1.213.1.1.4.13";

    private PolicyCodes() {
    }
}
