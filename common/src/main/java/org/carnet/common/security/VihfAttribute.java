package org.carnet.common.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;

/**
 * The VIHF 3.0 attributes Carnet reads (dmp-reference §2), with the name(s) they are sent under and whether
 * the node requires them. Required-ness is our reading of the DMP samples [inferred]: every attribute the
 * samples always carry is required, except the subject's display name (absent from the DIRECTE sample), the
 * software id and the DMP homologation number.
 */
public enum VihfAttribute {
    /** The structure the professional works for (FINESS, SIRET or cabinet id). */
    IDENTIFIANT_STRUCTURE(true, "Identifiant_Structure"),
    /** Activity sector, {@code SAxx^1.2.250.1.71.4.2.4}. */
    SECTEUR_ACTIVITE(true, "Secteur_Activite"),
    /** The professional's display name. */
    SUBJECT_ID(false, "urn:oasis:names:tc:xspa:1.0:subject:subject-id"),
    /** Profession and speciality codes, as HL7 {@code Role} elements. */
    ROLE(true, "urn:oasis:names:tc:xacml:2.0:subject:role"),
    /** The access mode, an HL7 {@code PurposeOfUse} element (see {@link AccessMode}). */
    PURPOSE_OF_USE(true, "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse"),
    /** The patient's INS, as a CX value. */
    RESOURCE_ID(true, "urn:oasis:names:tc:xacml:2.0:resource:resource-id"),
    /** The service the assertion is meant for: {@code urn:dmp}. */
    RESSOURCE_URN(true, "Ressource_URN"),
    /** See {@link AuthenticationMode}; the official samples spell it with a lower-case {@code m}. */
    AUTHENTIFICATION_MODE(true, "Authentification_Mode", "Authentification_mode"),
    /** VIHF version, 3.0 today. */
    VIHF_VERSION(true, "VIHF_Version"),
    /**
     * The patient's confidentiality: {@code INVISIBLE_REPRESENTANTS_LEGAUX} when a minor consults in "connexion
     * secrète" (dmp-reference §2, §3).
     */
    CONFIDENTIALITY_CODE(false, "urn:oasis:names:tc:xspa:1.0:resource:patient:hl7:confidentiality-code"),
    /** Calling software: id. */
    LPS_ID(false, "LPS_ID"),
    /** Calling software: name. */
    LPS_NOM(true, "LPS_Nom"),
    /** Calling software: version. */
    LPS_VERSION(true, "LPS_Version"),
    /** Calling software: DMP homologation (authorisation) number. */
    LPS_ID_HOMOLOGATION_DMP(false, "LPS_ID_HOMOLOGATION_DMP");

    private final boolean required;
    private final List<String> names;

    VihfAttribute(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    public boolean required() {
        return required;
    }

    /** The name the DMP specifies; others in {@link #names()} are spellings seen in the wild. */
    public String wireName() {
        return names.get(0);
    }

    public List<String> names() {
        return names;
    }

    public static Optional<VihfAttribute> ofName(String name) {
        return Arrays.stream(values()).filter(a -> a.names.contains(name)).findFirst();
    }
}
