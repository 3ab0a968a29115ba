package org.carnet.common.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;

/**
 * Who is calling and for which patient, as read from the VIHF SAML 2.0 assertion (dmp-reference §2).
 * {@link VihfParser} fills it without any check of trust; {@link VihfVerifier} returns one only after the
 * signature, validity window, audience and required attributes were checked.
 * <p>
 * {@link #toString()} leaves out the patient and the professional's name, so that a Vihf in a log line
 * does not carry PHI.
 *
 * @param id                 the assertion's {@code ID}
 * @param issueInstant       {@code IssueInstant}
 * @param issuer             {@code Issuer}: the signer's X.509 subject name, as the assertion states it
 * @param nameId             {@code Subject/NameID}: the professional's national id (RPPS/ADELI, prefixed)
 * @param subjectName        {@code xspa subject-id}: the professional's display name; null when absent
 * @param structureId        {@code Identifiant_Structure}
 * @param activitySector     {@code Secteur_Activite}, as sent ({@code SAxx^1.2.250.1.71.4.2.4})
 * @param roles              {@code xacml subject:role}: profession, speciality and any other coded role
 * @param purposeOfUse       the access mode
 * @param patientId          {@code xacml resource-id}: the patient's INS
 * @param resourceUrn        {@code Ressource_URN}
 * @param authenticationMode {@code Authentification_Mode}
 * @param vihfVersion        {@code VIHF_Version}
 * @param software           the calling software ({@code LPS_*})
 * @param secretConnection   the patient is a minor consulting in "connexion secrète" (the confidentiality-code
 *                           attribute says {@code INVISIBLE_REPRESENTANTS_LEGAUX})
 * @param notBefore          {@code Conditions/@NotBefore}; null when absent
 * @param notOnOrAfter       {@code Conditions/@NotOnOrAfter}; null when absent
 * @param signed             whether a signature by a trusted certificate was verified
 * @param signerSubject      the verified signing certificate's subject DN; null when not signed
 */
public record Vihf(
        String id,
        Instant issueInstant,
        String issuer,
        String nameId,
        String subjectName,
        String structureId,
        String activitySector,
        List<Code> roles,
        AccessMode purposeOfUse,
        Cx patientId,
        String resourceUrn,
        AuthenticationMode authenticationMode,
        String vihfVersion,
        Software software,
        boolean secretConnection,
        Instant notBefore,
        Instant notOnOrAfter,
        boolean signed,
        String signerSubject) {

    /** Code system of the health professions: {@code 10} médecin, {@code 21} pharmacien, {@code 60} infirmier… */
    public static final String PROFESSION_CODE_SYSTEM = "1.2.250.1.71.1.2.7";
    /** Code system of the specialities: {@code SM26} general medicine… */
    public static final String SPECIALITY_CODE_SYSTEM = "1.2.250.1.71.4.2.5";

    /** The calling software, from the {@code LPS_*} attributes; id and homologation number may be null. */
    public record Software(String id, String name, String version, String homologationId) {
    }

    public Vihf {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(purposeOfUse, "purposeOfUse");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(authenticationMode, "authenticationMode");
        Objects.requireNonNull(software, "software");
        roles = List.copyOf(roles);
        if (signed != (signerSubject != null)) {
            throw new IllegalArgumentException("a signer subject is given exactly when the assertion is signed");
        }
    }

    /** The role coded in the profession code system, when there is one. */
    public Optional<Code> profession() {
        return role(PROFESSION_CODE_SYSTEM);
    }

    /** The role coded in the speciality code system, when there is one. */
    public Optional<Code> speciality() {
        return role(SPECIALITY_CODE_SYSTEM);
    }

    /** This assertion, marked as verified with a signature by the certificate whose subject is given. */
    public Vihf withSigner(String subject) {
        Objects.requireNonNull(subject, "subject");
        return new Vihf(id, issueInstant, issuer, nameId, subjectName, structureId, activitySector, roles,
                purposeOfUse, patientId, resourceUrn, authenticationMode, vihfVersion, software, secretConnection,
                notBefore, notOnOrAfter, true, subject);
    }

    private Optional<Code> role(String codeSystem) {
        return roles.stream().filter(r -> codeSystem.equals(r.codingScheme())).findFirst();
    }

    @Override
    public String toString() {
        return "Vihf[id=" + id + ", nameId=" + nameId + ", structureId=" + structureId
                + ", roles=" + roles.stream().map(Code::queryForm).toList() + ", purposeOfUse=" + purposeOfUse
                + ", authenticationMode=" + authenticationMode + ", signed=" + signed + "]";
    }
}
