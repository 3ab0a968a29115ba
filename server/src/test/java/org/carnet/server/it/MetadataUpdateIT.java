package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carnet.common.SampleData;
import org.carnet.common.StoredQueryRequests;
import org.carnet.common.metadata.DocumentEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITI-57 over the wire with the DMP's own messages (../shared/samples/dmp, when beside the checkout): TD3.3d
 * archives a document, TD3.3c then deletes it logically. Both are sent as they are but for their VIHF, re-signed
 * by the node's trusted test issuer for the same professional, after registering the document they name.
 */
class MetadataUpdateIT {
    static final String PATIENT = "207058575627097^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String TARGET = "urn:uuid:fe5287a2-ae6a-11eb-8f5d-0050569e422e";
    static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/samples/dmp");

    static HttpResponse<String> post(String url, Path message) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/soap+xml; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Vihfs.resigned(Files.readAllBytes(message),
                                PATIENT))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> found(XdsClient client, String status) {
        return XdsNodeIT.entries(client.query(StoredQueryRequests.FIND_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryPatientId", "'" + PATIENT + "'", "$XDSDocumentEntryStatus", "('" + status + "')"))
                .stream().map(DocumentEntry::entryUuid).toList();
    }

    @Test
    void dmpArchiveThenLogicalDelete(@TempDir Path data) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "the DMP samples are not beside this checkout");
        try (TestNode node = new TestNode(data, Vihfs.trusting(data))) {
            node.openDossier(PATIENT);
            XdsClient client = new XdsClient(node, false);
            DocumentEntry target = SampleData.documentEntry(TARGET, PATIENT)
                    .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L).repositoryUniqueId("1.2.3.77").build();
            assertThat(client.register(SampleData.submission(PATIENT, List.of(target))).getStatus())
                    .isEqualTo(RESPONSE_SUCCESS);

            HttpResponse<String> archived = post(node.registryUrl(),
                    SAMPLES.resolve("TD3.3d_ITI-57_archive_request.xml"));
            assertThat(archived.body()).contains("ResponseStatusType:Success").doesNotContain("RegistryError")
                    .contains("urn:ihe:iti:2010:UpdateDocumentSetResponse");
            assertThat(found(client, "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved")).isEmpty();
            assertThat(found(client, "urn:asip:ci-sis:2010:StatusType:Archived")).containsExactly(TARGET);

            HttpResponse<String> deleted = post(node.registryUrl(),
                    SAMPLES.resolve("TD3.3c_ITI-57_delete_request.xml"));
            assertThat(deleted.body()).contains("ResponseStatusType:Success").doesNotContain("RegistryError");
            assertThat(found(client, "urn:asip:ci-sis:2010:StatusType:Archived")).isEmpty();
            // a logical delete: never returned again, even to a query that asks for the Deleted status
            assertThat(found(client, "urn:asip:ci-sis:2010:StatusType:Deleted")).isEmpty();
        }
    }
}
