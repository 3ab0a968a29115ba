package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.xml.namespace.QName;

import jakarta.xml.ws.WebServiceException;

import org.apache.cxf.binding.soap.Soap12;
import org.apache.cxf.binding.soap.SoapFault;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.security.TestVihfIssuer;
import org.carnet.common.security.WsNamespaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call a node that requires a VIHF (issue 5, dmp-reference 2): a request without an assertion, or with an
 * unsigned, expired, tampered or untrusted one, is refused with the WS-Security fault that says which; a signed
 * assertion from a trusted issuer is let in.
 */
class SecurityIT {
    @TempDir
    static Path data;
    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data, Vihfs.trustingNode(data));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static XdsClient client() {
        return new XdsClient(node, false);
    }

    private static String assertion(Instant notBefore, Instant notOnOrAfter, boolean signed) {
        return Vihfs.ISSUER.assertion(Vihfs.PHYSICIAN, SampleData.PATIENT, AccessMode.NORMAL, notBefore,
                notOnOrAfter, signed);
    }

    /** The client sees the SOAP 1.2 fault as CXF reads it: Sender, with the WS-Security code as subcode. */
    private static void assertRefused(ThrowingCallable call, String wsseCode, String reason) {
        assertThatThrownBy(call).isInstanceOf(WebServiceException.class).cause()
                .isInstanceOfSatisfying(SoapFault.class, fault -> {
                    assertThat(fault.getFaultCode()).isEqualTo(Soap12.getInstance().getSender());
                    assertThat(fault.getSubCodes()).containsExactly(new QName(WsNamespaces.WSSE, wsseCode));
                    assertThat(fault.getMessage()).startsWith("VIHF " + reason + ":");
                });
    }

    @Test
    void trustedSignedAssertionIsLetIn() {
        assertThat(client().as(Vihfs.ISSUER.assertion(Vihfs.PHYSICIAN, SampleData.PATIENT, AccessMode.NORMAL))
                .findDocuments(SampleData.PATIENT).getStatus()).endsWith("ResponseStatusType:Success");
    }

    @Test
    void requestWithoutAssertionIsRefused() {
        assertRefused(() -> client().findDocuments(SampleData.PATIENT), "InvalidSecurity", "MISSING");
    }

    @Test
    void unsignedAssertionIsRefused() {
        Instant now = Instant.now();
        assertRefused(() -> client().as(assertion(now.minusSeconds(60), now.plusSeconds(600), false))
                .findDocuments(SampleData.PATIENT), "FailedAuthentication", "UNSIGNED");
    }

    @Test
    void expiredAssertionIsRefusedBeyondTheClockSkew() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertRefused(() -> client().as(assertion(past, past.plus(Duration.ofMinutes(10)), true))
                .findDocuments(SampleData.PATIENT), "InvalidSecurityToken", "EXPIRED");
    }

    @Test
    void assertionChangedAfterSigningIsRefused() {
        String signed = Vihfs.ISSUER.assertion(Vihfs.PHYSICIAN, SampleData.PATIENT, AccessMode.NORMAL);
        String otherProfessional = signed.replace(Vihfs.PHYSICIAN.nationalId(), Vihfs.MEDECIN_TRAITANT.nationalId());
        assertRefused(() -> client().as(otherProfessional).findDocuments(SampleData.PATIENT), "FailedCheck",
                "TAMPERED");
    }

    @Test
    void assertionOfAnUntrustedIssuerIsRefused() {
        String foreign = new TestVihfIssuer().assertion(Vihfs.PHYSICIAN, SampleData.PATIENT, AccessMode.NORMAL);
        assertRefused(() -> client().as(foreign).findDocuments(SampleData.PATIENT), "FailedAuthentication",
                "UNTRUSTED");
    }

    /** The real DMP ITI-18 request parses; its VIHF is unsigned, so this node refuses it for that reason only. */
    @Test
    void realDmpRequestIsRefusedBecauseItsVihfIsUnsigned() throws Exception {
        Path sample = SoapWireIT.dmpSample("TD3.1_ITI-18_FindDocuments_request.xml");
        Assumptions.assumeTrue(Files.exists(sample), "the DMP samples are not beside this checkout");
        var response = SoapWireIT.post(node.registryUrl(), SoapWireIT.SOAP12, Files.readAllBytes(sample));
        SoapWireIT.assertFaultWithoutStackTrace(response);
        assertThat(response.body()).contains("FailedAuthentication").contains("VIHF UNSIGNED");
    }
}
