package org.carnet.common.security;

/** Namespace URIs of the elements the VIHF check reads. */
public final class WsNamespaces {
    /** SAML 2.0 assertions (saml-core-2.0-os §2). */
    public static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    /** XML-DSig 1.0. */
    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    /** HL7 v3: the VIHF codes its roles and access mode as HL7 CE elements in this namespace. */
    public static final String HL7_V3 = "urn:hl7-org:v3";
    /** WS-Security 1.0 {@code wsse:Security} header. */
    public static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    /** WS-Security utility ({@code wsu:Id}). */
    public static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    /** SOAP 1.1 envelope. */
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** SOAP 1.2 envelope (what the DMP uses). */
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    private WsNamespaces() {
    }
}
