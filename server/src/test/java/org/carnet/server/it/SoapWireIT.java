package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.metadata.DocumentEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/**
 * What reaches the node on the wire, byte for byte: DMP-shaped messages (SOAP 1.1 envelopes, LF-only MIME,
 * case-mismatched Document ids), the real DMP TD2.1 example when {@code ../shared} is beside the checkout, and
 * malformed or hostile input, which must get a SOAP fault without a stack trace, and change nothing.
 */
class SoapWireIT {
    static final String SOAP12 = "application/soap+xml; charset=UTF-8";

    @TempDir
    static Path data;
    static TestNode node;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data, Vihfs.trusting(data));
        node.openDossier(SampleData.PATIENT);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SoapWireIT.class.getResourceAsStream("/messages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HttpResponse<String> post(String url, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String body) throws Exception {
        return post(url, SOAP12, body.getBytes(StandardCharsets.UTF_8));
    }

    static void assertFaultWithoutStackTrace(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("Exception:");
    }

    private String storedDocument(String label) {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.PATIENT).build();
        new XdsClient(node, true).provide(SampleData.submission(SampleData.PATIENT, List.of(de)),
                Map.of("Document01", SampleData.content(label)));
        return de.uniqueId();
    }

    @Test
    void retrieveAnswersWithMtomAttachments() throws Exception {
        String uniqueId = storedDocument("mtom answer");
        String request = resource("iti-43-retrieve-soap12.xml").replace("${action}",
                "urn:ihe:iti:2007:RetrieveDocumentSet").replace("${documentUniqueId}", uniqueId);

        HttpResponse<String> response = post(node.repositoryUrl(), request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("multipart/related").contains("application/xop+xml");
        assertThat(response.body()).contains("xop:Include").contains("<title>mtom answer</title>")
                .contains("urn:ihe:iti:2007:RetrieveDocumentSetResponse");
    }

    @Test
    void soap11EnvelopeIsAnsweredInSoap11() throws Exception {
        String uniqueId = storedDocument("soap 1.1");
        String request = resource("iti-18-find-documents-soap11.xml").replace("${patientId}",
                SampleData.PATIENT.replace("&", "&amp;"));

        HttpResponse<String> response = post(node.registryUrl(), "text/xml; charset=UTF-8",
                request.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> ns = Map.of("soap11", "http://schemas.xmlsoap.org/soap/envelope/",
                "query", "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0",
                "rim", "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0");
        XmlAssert.assertThat(response.body()).withNamespaceContext(ns)
                .valueByXPath("/soap11:Envelope/soap11:Body/query:AdhocQueryResponse/@status")
                .isEqualTo("urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success");
        XmlAssert.assertThat(response.body()).withNamespaceContext(ns)
                .hasXPath("//rim:ObjectRef[@id and starts-with(@id, 'urn:uuid:')]");
        assertThat(uniqueId).isNotBlank();
    }

    /** ITI-51 has its own action but the ITI-18 body: the action alone selects the transaction. */
    @Test
    void multiPatientQueryIsAnsweredOnItsOwnAction() throws Exception {
        storedDocument("multi-patient");
        String request = resource("iti-18-find-documents-soap11.xml")
                .replace("urn:ihe:iti:2007:RegistryStoredQuery", "urn:ihe:iti:2009:MultiPatientStoredQuery")
                .replace("urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", "urn:uuid:3d1bdb10-39a2-11de-89c2-2f44d94eaa9f")
                .replace("'${patientId}'", "('" + SampleData.PATIENT.replace("&", "&amp;") + "','"
                        + SampleData.OTHER_PATIENT.replace("&", "&amp;") + "')");

        HttpResponse<String> response = post(node.registryUrl(), "text/xml; charset=UTF-8",
                request.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("urn:ihe:iti:2009:MultiPatientStoredQueryResponse")
                .contains("ResponseStatusType:Success").contains("ObjectRef");
    }

    @Test
    void dmpStyleSubmissionIsAcceptedAsSent() throws Exception {
        String documentUniqueId = SampleData.newOid();
        String mime = resource("iti-41-dmp-style.mime")
                .replace("${patientId}", "248039263001064^^^&amp;1.2.250.1.213.1.4.10&amp;ISO^NH")
                .replace("${submissionSetUniqueId}", SampleData.newOid())
                .replace("${documentUniqueId}", documentUniqueId);

        HttpResponse<String> response = post(node.repositoryUrl(), "multipart/related; type=\"application/xop+xml\"; "
                + "start=\"<root@carnet.test>\"; start-info=\"application/soap+xml\"; "
                + "boundary=\"MIMEBoundary_carnet_dmp_style\"", mime.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ResponseStatusType:Success").doesNotContain("RegistryError");
        // RFC 2046 5.1.1: the CRLF before a boundary belongs to the boundary; a bare LF does not, so it is content
        assertThat(new XdsClient(node, true).retrieve(XdsNodeIT.REPOSITORY_ID, documentUniqueId)
                .getDocumentResponse()).singleElement().satisfies(d -> assertThat(
                        new String(d.getDocument(), StandardCharsets.UTF_8))
                .isEqualTo("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>CR d'imagerie de test</title>"
                        + "</ClinicalDocument>\n"));
    }

    /** A real message of the DMP integration package ({@code ../shared/samples/dmp}). */
    static Path dmpSample(String name) {
        return Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/samples/dmp").resolve(name);
    }

    /**
     * The real TD2.1 message of the DMP integration package: as it is, its VIHF is unsigned (the signatures in the
     * message are the XAdES submission set signature's), so it is refused; with the VIHF re-signed by this node's trusted test issuer, the rest of the message as it is
     * is accepted, found and read back byte for byte.
     */
    @Test
    void realDmpTd21SubmissionIsAcceptedFoundAndRetrieved() throws Exception {
        Path sample = dmpSample("TD2.1_ITI-41_provide-and-register_request.mime.xml");
        Assumptions.assumeTrue(Files.exists(sample), "the DMP samples are not beside this checkout");
        String patient = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH";
        node.openDossier(patient);
        String contentType = "multipart/related; type=\"application/xop+xml\"; start=\"<rootpart@soapui.org>\"; "
                + "start-info=\"application/soap+xml\"; boundary=\"----=_Part_9_20030738.1554380517598\"";

        HttpResponse<String> unsigned = post(node.repositoryUrl(), contentType, Files.readAllBytes(sample));
        assertFaultWithoutStackTrace(unsigned);
        assertThat(unsigned.body()).contains("FailedAuthentication").contains("VIHF UNSIGNED");

        HttpResponse<String> response = post(node.repositoryUrl(), contentType,
                Vihfs.resigned(Files.readAllBytes(sample), patient));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ResponseStatusType:Success").doesNotContain("RegistryError");
        XdsClient client = new XdsClient(node, true);
        assertThat(XdsNodeIT.entries(client.findDocuments(patient))).extracting(DocumentEntry::uniqueId)
                .containsExactlyInAnyOrder("1.2.250.1.999.1.1.7898.3.1622814651504",
                        "1.2.250.1.999.1.1.7898.4.1622814651504");
        byte[] cda = client.retrieve(XdsNodeIT.REPOSITORY_ID, "1.2.250.1.999.1.1.7898.3.1622814651504")
                .getDocumentResponse().get(0).getDocument();
        assertThat(cda).isEqualTo(mimePartBody(Files.readAllBytes(sample), "<WS_DMP_TD2.1-DocumentME2.xml>"));
    }

    /** The bytes of a MIME part as sent: after its header block, up to the delimiter line (LF-only sample). */
    static byte[] mimePartBody(byte[] mime, String contentId) {
        String text = new String(mime, StandardCharsets.ISO_8859_1);
        int header = text.indexOf("Content-ID: " + contentId);
        int start = text.indexOf("\n\n", header) + 2;
        int end = text.indexOf("------=_Part_9_20030738.1554380517598", start);
        return text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The README's curl walk-through, with the files of examples/, keeps working. */
    @Test
    void readmeExamplesProvideFindAndRetrieve() throws Exception {
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
        HttpResponse<String> provided = post(node.repositoryUrl(), SOAP12,
                Files.readAllBytes(examples.resolve("iti-41-provide.xml")));
        assertThat(provided.body()).contains("ResponseStatusType:Success");

        HttpResponse<String> found = post(node.registryUrl(), SOAP12,
                Files.readAllBytes(examples.resolve("iti-18-find-documents.xml")));
        assertThat(found.body()).contains("1.2.250.1.999.1.1.42.3.1");

        HttpResponse<String> retrieved = post(node.repositoryUrl(), SOAP12,
                Files.readAllBytes(examples.resolve("iti-43-retrieve.xml")));
        assertThat(retrieved.body()).contains(
                "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>Compte rendu de biologie</title></ClinicalDocument>");
    }

    @Test
    void bothServicesServeTheirWsdl() throws Exception {
        for (String url : List.of(node.registryUrl(), node.repositoryUrl())) {
            HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(url + "?wsdl")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wsdl.statusCode()).isEqualTo(200);
            assertThat(wsdl.body()).contains("urn:ihe:iti:xds-b:2007").contains("soap12:binding");
        }
    }

    @Test
    void malformedXmlGetsAFault() throws Exception {
        assertFaultWithoutStackTrace(post(node.registryUrl(),
                "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><oops></s:Body>"));
    }

    @Test
    void wrongActionGetsAFault() throws Exception {
        String request = resource("iti-43-retrieve-soap12.xml").replace("${action}",
                "urn:ihe:iti:2007:NoSuchTransaction").replace("${documentUniqueId}", "1.2.3");

        assertFaultWithoutStackTrace(post(node.repositoryUrl(), request));
    }

    @Test
    void doctypeIsRefusedAndNoEntityIsResolved() throws Exception {
        HttpResponse<String> response = post(node.repositoryUrl(), resource("iti-43-with-doctype.xml"));

        assertFaultWithoutStackTrace(response);
        assertThat(response.body()).doesNotContain(Files.readString(Path.of("/etc/hostname")).trim());
    }

    @Test
    void notSoapAtAllGetsAFault() throws Exception {
        assertFaultWithoutStackTrace(post(node.registryUrl(), "application/soap+xml", "hello".getBytes()));
    }
}
