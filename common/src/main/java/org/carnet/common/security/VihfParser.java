package org.carnet.common.security;

import static org.carnet.common.security.VihfException.Reason.MALFORMED;
import static org.carnet.common.security.VihfException.Reason.MISSING;
import static org.carnet.common.security.WsNamespaces.HL7_V3;
import static org.carnet.common.security.WsNamespaces.SAML2;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Confidentiality;
import org.w3c.dom.Element;

/**
 * Reads a VIHF {@code saml2:Assertion} into a {@link Vihf}, checking its shape and the presence of the
 * attributes {@link VihfAttribute} marks required, but not its signature, validity window or audience:
 * that is {@link VihfVerifier}'s job. Only direct children are read (Issuer, Subject/NameID, Conditions,
 * AttributeStatement/Attribute), so that nothing nested elsewhere in the assertion can stand in for them.
 */
public final class VihfParser {

    /**
     * @throws VihfException {@code MISSING} when a required element or attribute is absent or empty,
     *                       {@code MALFORMED} when something present does not have the SAML 2.0 / VIHF shape
     */
    public Vihf parse(Element assertion) {
        if (!Dom.is(assertion, SAML2, "Assertion")) {
            throw new VihfException(MALFORMED, "expected a saml2:Assertion element, found {"
                    + assertion.getNamespaceURI() + "}" + assertion.getLocalName());
        }
        // saml-core-2.0 §2.3.3: ID, Version="2.0" and IssueInstant are required attributes of an Assertion.
        String id = Dom.attribute(assertion, "ID");
        if (id == null) {
            throw new VihfException(MALFORMED, "the assertion has no ID attribute");
        }
        if (!"2.0".equals(Dom.attribute(assertion, "Version"))) {
            throw new VihfException(MALFORMED, "the assertion is not a SAML 2.0 assertion (Version must be 2.0)");
        }
        Instant issueInstant = instant(assertion, "IssueInstant");
        if (issueInstant == null) {
            throw new VihfException(MALFORMED, "the assertion has no IssueInstant");
        }
        String issuer = Dom.child(assertion, SAML2, "Issuer").map(Dom::text)
                .orElseThrow(() -> new VihfException(MISSING, "the assertion has no Issuer"));
        String nameId = Dom.child(assertion, SAML2, "Subject")
                .flatMap(subject -> Dom.child(subject, SAML2, "NameID"))
                .map(Dom::text)
                .orElseThrow(() -> new VihfException(MISSING,
                        "the assertion has no Subject/NameID (the professional's national id)"));
        Optional<Element> conditions = Dom.child(assertion, SAML2, "Conditions");
        Instant notBefore = conditions.map(c -> instant(c, "NotBefore")).orElse(null);
        Instant notOnOrAfter = conditions.map(c -> instant(c, "NotOnOrAfter")).orElse(null);

        Map<VihfAttribute, List<Element>> attributes = attributes(assertion);
        for (VihfAttribute a : VihfAttribute.values()) {
            if (a.required() && !attributes.containsKey(a)) {
                throw new VihfException(MISSING, "the VIHF attribute " + a.wireName() + " is missing");
            }
        }
        Vihf.Software software = new Vihf.Software(
                single(attributes, VihfAttribute.LPS_ID),
                single(attributes, VihfAttribute.LPS_NOM),
                single(attributes, VihfAttribute.LPS_VERSION),
                single(attributes, VihfAttribute.LPS_ID_HOMOLOGATION_DMP));
        return new Vihf(id, issueInstant, issuer, nameId,
                single(attributes, VihfAttribute.SUBJECT_ID),
                single(attributes, VihfAttribute.IDENTIFIANT_STRUCTURE),
                single(attributes, VihfAttribute.SECTEUR_ACTIVITE),
                roles(attributes.get(VihfAttribute.ROLE)),
                accessMode(attributes.get(VihfAttribute.PURPOSE_OF_USE)),
                patientId(single(attributes, VihfAttribute.RESOURCE_ID)),
                single(attributes, VihfAttribute.RESSOURCE_URN),
                authenticationMode(single(attributes, VihfAttribute.AUTHENTIFICATION_MODE)),
                single(attributes, VihfAttribute.VIHF_VERSION),
                software, secretConnection(attributes.get(VihfAttribute.CONFIDENTIALITY_CODE)), notBefore,
                notOnOrAfter, false, null);
    }

    /** The AttributeValue elements of each known attribute; an attribute sent twice is refused. */
    private static Map<VihfAttribute, List<Element>> attributes(Element assertion) {
        Map<VihfAttribute, List<Element>> found = new EnumMap<>(VihfAttribute.class);
        for (Element statement : Dom.children(assertion, SAML2, "AttributeStatement")) {
            for (Element attribute : Dom.children(statement, SAML2, "Attribute")) {
                Optional<VihfAttribute> known = VihfAttribute.ofName(attribute.getAttributeNS(null, "Name"));
                if (known.isEmpty()) {
                    continue;
                }
                if (found.containsKey(known.get())) {
                    throw new VihfException(MALFORMED,
                            "the VIHF attribute " + known.get().wireName() + " is given more than once");
                }
                found.put(known.get(), Dom.children(attribute, SAML2, "AttributeValue"));
            }
        }
        return found;
    }

    /** The text of a single-valued attribute; null when an optional one is absent. */
    private static String single(Map<VihfAttribute, List<Element>> attributes, VihfAttribute a) {
        List<Element> values = attributes.get(a);
        if (values == null) {
            return null;
        }
        if (values.size() != 1) {
            throw new VihfException(MALFORMED, "the VIHF attribute " + a.wireName() + " must have one value, it has "
                    + values.size());
        }
        String text = Dom.text(values.get(0));
        if (text == null && a.required()) {
            throw new VihfException(MISSING, "the VIHF attribute " + a.wireName() + " is empty");
        }
        return text;
    }

    private static List<Code> roles(List<Element> values) {
        if (values.isEmpty()) {
            throw new VihfException(MISSING, "the VIHF attribute " + VihfAttribute.ROLE.wireName() + " has no value");
        }
        List<Code> roles = new ArrayList<>();
        for (Element value : values) {
            roles.add(coded(value, "Role", VihfAttribute.ROLE));
        }
        return roles;
    }

    private static AccessMode accessMode(List<Element> values) {
        if (values.size() != 1) {
            throw new VihfException(MALFORMED, "the VIHF attribute " + VihfAttribute.PURPOSE_OF_USE.wireName()
                    + " must have one value, it has " + values.size());
        }
        Code code = coded(values.get(0), "PurposeOfUse", VihfAttribute.PURPOSE_OF_USE);
        if (!AccessMode.CODE_SYSTEM.equals(code.codingScheme())) {
            throw new VihfException(MALFORMED, "PurposeOfUse must be coded in " + AccessMode.CODE_SYSTEM);
        }
        return AccessMode.ofCode(code.code()).orElseThrow(() -> new VihfException(MALFORMED,
                "PurposeOfUse '" + code.code() + "' is not an access mode (normal, bris_de_glace, centre_15)"));
    }

    /** An HL7 CE element ({@code code}, {@code codeSystem}, {@code displayName}) inside an AttributeValue. */
    private static Code coded(Element value, String localName, VihfAttribute a) {
        Element ce = Dom.child(value, HL7_V3, localName).orElseThrow(() -> new VihfException(MALFORMED,
                "a value of the VIHF attribute " + a.wireName() + " is not an hl7:" + localName + " element"));
        String code = Dom.attribute(ce, "code");
        if (code == null) {
            throw new VihfException(MALFORMED, "an hl7:" + localName + " of " + a.wireName() + " has no code");
        }
        return new Code(code, Dom.attribute(ce, "codeSystem"), Dom.attribute(ce, "displayName"));
    }

    /**
     * "Connexion secrète": a value coding {@code INVISIBLE_REPRESENTANTS_LEGAUX}, as an HL7 element with a
     * {@code code} attribute (the XSPA way) or as text [inferred: no sample shows this attribute].
     */
    private static boolean secretConnection(List<Element> values) {
        if (values == null) {
            return false;
        }
        for (Element value : values) {
            String code = Dom.firstChildIn(value, HL7_V3).map(e -> Dom.attribute(e, "code"))
                    .orElseGet(() -> Dom.text(value));
            if (Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static Cx patientId(String value) {
        Cx cx = new Cx(value);
        if (!cx.isValid()) {
            // The value is PHI: say what shape is expected, not what was sent.
            throw new VihfException(MALFORMED, "the VIHF attribute " + VihfAttribute.RESOURCE_ID.wireName()
                    + " is not a CX patient identifier (INS^^^&OID&ISO)");
        }
        return cx;
    }

    private static AuthenticationMode authenticationMode(String value) {
        try {
            return AuthenticationMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new VihfException(MALFORMED, "Authentification_Mode '" + value
                    + "' is not DIRECTE, INDIRECTE or INDIRECTE_RENFORCEE");
        }
    }

    /** An xs:dateTime attribute; SAML times are UTC, so one written without a zone is read as UTC. */
    private static Instant instant(Element element, String name) {
        String value = Dom.attribute(element, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new VihfException(MALFORMED, element.getLocalName() + "/@" + name + " is not an xs:dateTime");
            }
        }
    }
}
