package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import jakarta.xml.ws.WebServiceException;

import org.carnet.audit.testing.TestPki;
import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node over HTTPS (server.tls.*): mutual TLS as the DMP and the ATNA Secure Node want it. With
 * {@code clientAuth=need} a client without a certificate of the trusted CA cannot connect; with {@code want} it
 * can, but acting as the anonymous system actor then takes such a certificate, and others need a VIHF.
 */
class TlsIT {
    private static final String PASSWORD = new String(TestPki.PASSWORD);

    @TempDir
    static Path folder;
    static TestPki hospitals;
    static SSLContext engine;
    static SSLContext noCertificate;
    static SSLContext strangersCertificate;

    @BeforeAll
    static void certificates() {
        hospitals = TestPki.create("hospitals");
        engine = hospitals.context(hospitals.issueLoopback("hospital-integration-engine"));
        noCertificate = TestPki.context(null, hospitals.caCertificate());
        TestPki stranger = TestPki.create("stranger");
        strangersCertificate = TestPki.context(stranger.issueLoopback("someone"), hospitals.caCertificate());
    }

    private static TestNode node(Path data, String clientAuth) throws IOException {
        Files.createDirectories(data);
        String[] vihfs = Vihfs.trustingNode(data);
        return new TestNode(data, vihfs[0], vihfs[1], "security.anonymousActor=hospital-engine",
                "server.tls.keyStore=" + hospitals.keyStore(hospitals.issueLoopback("carnet-node"),
                        data.resolve("node-keys.p12")),
                "server.tls.keyStorePassword=" + PASSWORD,
                "server.tls.trustStore=" + hospitals.trustStore(data.resolve("clients-ca.p12")),
                "server.tls.trustStorePassword=" + PASSWORD,
                "server.tls.clientAuth=" + clientAuth);
    }

    private static int health(TestNode node, SSLContext tls) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        return client.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String findWithoutVihf(TestNode node, SSLContext tls) {
        return new XdsClient(node, false).over(tls).findDocuments(SampleData.PATIENT).getStatus();
    }

    @Test
    void with_client_auth_needed_only_clients_of_the_trusted_ca_connect() throws Exception {
        try (TestNode node = node(folder.resolve("need"), "need")) {
            assertThat(node.registryUrl()).startsWith("https://127.0.0.1:");
            assertThat(node.openDossier(SampleData.PATIENT, HttpClient.newBuilder().sslContext(engine).build()))
                    .as("the API over the same port").isEqualTo(201);

            assertThat(health(node, engine)).isEqualTo(200);
            assertThat(findWithoutVihf(node, engine)).endsWith("ResponseStatusType:Success");

            assertThatThrownBy(() -> health(node, noCertificate)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> health(node, strangersCertificate)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> findWithoutVihf(node, strangersCertificate))
                    .isInstanceOf(WebServiceException.class);
        }
    }

    @Test
    void with_client_auth_wanted_acting_without_a_vihf_takes_a_trusted_certificate() throws Exception {
        try (TestNode node = node(folder.resolve("want"), "want")) {
            assertThat(health(node, noCertificate)).isEqualTo(200);
            assertThat(node.openDossier(SampleData.PATIENT, HttpClient.newBuilder().sslContext(noCertificate).build()))
                    .as("no token, no certificate").isEqualTo(401);
            assertThat(node.openDossier(SampleData.PATIENT, HttpClient.newBuilder().sslContext(engine).build()))
                    .isEqualTo(201);
            assertThat(findWithoutVihf(node, engine)).endsWith("ResponseStatusType:Success");

            assertThatThrownBy(() -> findWithoutVihf(node, noCertificate)).isInstanceOf(WebServiceException.class)
                    .hasMessageContaining("VIHF MISSING")
                    .hasMessageContaining("no client certificate to act without one");
            // a professional's VIHF needs no client certificate: let in, then decided by the DMP rules
            assertThat(new XdsClient(node, false).over(noCertificate)
                    .as(Vihfs.ISSUER.assertion(Vihfs.PHYSICIAN, SampleData.PATIENT, AccessMode.NORMAL))
                    .findDocuments(SampleData.PATIENT).getRegistryErrorList().getRegistryError())
                    .singleElement().satisfies(e -> assertThat(e.getCodeContext())
                            .startsWith("access refused by DMP rule NOT_AUTHORISED:"));
        }
    }
}
