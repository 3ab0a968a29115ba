package org.carnet.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carnet.common.security.VihfException.Reason;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@link VihfVerifier#findAssertion}: the VIHF sits in {@code wsse:Security} in the SOAP header. */
class FindAssertionTest {

    @Test
    void findsTheAssertionInASoap12Envelope() {
        Element assertion = VihfVerifier.findAssertion(VihfSamples.resource("security/soap12-with-vihf.xml"));

        assertThat(assertion.getLocalName()).isEqualTo("Assertion");
        assertThat(assertion.getAttribute("ID")).isEqualTo("_soap12-fixture");
    }

    @Test
    void findsTheAssertionInASoap11Envelope() {
        Document soap11 = VihfSamples.resource("security/soap12-with-vihf.xml");
        for (String name : new String[] {"Envelope", "Header", "Body"}) {
            Element e = (Element) soap11.getElementsByTagNameNS(WsNamespaces.SOAP12, name).item(0);
            soap11.renameNode(e, WsNamespaces.SOAP11, "soap11:" + name);
        }

        assertThat(VihfVerifier.findAssertion(VihfSamples.reparsed(soap11)).getAttribute("ID"))
                .isEqualTo("_soap12-fixture");
    }

    @Test
    void findsTheAssertionInTheRealDmpRequest() {
        Document request = VihfParserTest.sample("TD0.2_test-existence_request.xml");

        assertThat(VihfVerifier.findAssertion(request).getAttribute("ID"))
                .isEqualTo("_ce088e5a-e31d-42d0-ba37-fda5fcbc889d");
    }

    @Test
    void noSecurityHeaderMeansNoVihf() {
        expectFailure(VihfSamples.resource("security/soap12-without-security.xml"), Reason.MISSING);
    }

    @Test
    void aSecurityHeaderWithoutAssertionMeansNoVihf() {
        Document doc = VihfSamples.resource("security/soap12-with-vihf.xml");
        Element assertion = (Element) doc.getElementsByTagNameNS(WsNamespaces.SAML2, "Assertion").item(0);
        assertion.getParentNode().removeChild(assertion);

        expectFailure(doc, Reason.MISSING);
    }

    @Test
    void aDocumentThatIsNotASoapEnvelopeIsMalformed() {
        expectFailure(VihfSamples.fixture(), Reason.MALFORMED);
    }

    private static void expectFailure(Document doc, Reason reason) {
        assertThatThrownBy(() -> VihfVerifier.findAssertion(doc))
                .isInstanceOfSatisfying(VihfException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
