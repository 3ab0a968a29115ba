package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carnet.common.SampleData;
import org.carnet.common.db.ThrowawayPostgres;
import org.carnet.common.ebrim.DocumentEntryMapper;
import org.carnet.common.error.ErrorList;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType.DocumentResponse;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rs.RegistryResponseType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node on PostgreSQL, as a hospital runs it: {@code db.url=jdbc:postgresql://...} with a role of its own that
 * owns its database and logs in with a password (README, "Running on PostgreSQL"). ITI-41 with MTOM, ITI-18
 * FindDocuments and ITI-43 over SOAP, then the same after a restart on the migrated database.
 */
class PostgresNodeIT {
    static final String REPOSITORY_ID = "1.2.250.1.999.1.1.1";
    static final String PASSWORD = "a passphrase, not in any log";

    @TempDir
    static Path data;
    static ThrowawayPostgres cluster;
    static String role;
    static String database;
    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        cluster = ThrowawayPostgres.get();
        role = "carnet_" + UUID.randomUUID().toString().replace("-", "");
        database = role;
        cluster.admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        cluster.admin("CREATE DATABASE " + database + " OWNER " + role);
        node = new TestNode(data, "db.url=" + cluster.url(database), "db.user=" + role, "db.password=" + PASSWORD);
        assertThat(node.openDossier(SampleData.PATIENT)).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        cluster.dropDatabase(database);
        cluster.admin("DROP ROLE " + role);
    }

    @Test
    void documentsAreProvidedFoundAndRetrievedByteForByteFromPostgres() throws Exception {
        DocumentEntry first = SampleData.documentEntry("Document01", SampleData.PATIENT).build();
        DocumentEntry second = SampleData.documentEntry("Document02", SampleData.PATIENT).build();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("Document01", SampleData.content("compte rendu sur PostgreSQL"));
        documents.put("Document02", new byte[] {0, (byte) 0xff, 0x0d, 0x0a, 0x1a, (byte) 0x80});
        XdsClient client = new XdsClient(node, true);

        RegistryResponseType provided = client.provide(SampleData.submission(SampleData.PATIENT,
                List.of(first, second)), documents);

        assertThat(provided.getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(provided.getRegistryErrorList()).isNull();
        assertFoundAndRetrieved(client, first, second, documents);
        assertThat(rows("SELECT unique_id FROM document_entry ORDER BY unique_id"))
                .containsExactlyElementsOf(List.of(first.uniqueId(), second.uniqueId()).stream().sorted().toList());
        assertThat(rows("SELECT unique_id FROM repository_document ORDER BY unique_id"))
                .containsExactlyElementsOf(List.of(first.uniqueId(), second.uniqueId()).stream().sorted().toList());
        assertThat(data.resolve("registry/carnet.mv.db")).doesNotExist(); // where the default H2 database would be

        node.restart();

        assertFoundAndRetrieved(new XdsClient(node, true), first, second, documents);
    }

    private static void assertFoundAndRetrieved(XdsClient client, DocumentEntry first, DocumentEntry second,
                                                Map<String, byte[]> documents) throws Exception {
        AdhocQueryResponse found = client.findDocuments(SampleData.PATIENT);
        assertThat(found.getStatus()).isEqualTo(RESPONSE_SUCCESS);
        XdsNodeIT.assertRegisteredAsSent(entries(found), first, second, documents);

        RetrieveDocumentSetResponseType retrieved = client.retrieve(REPOSITORY_ID, first.uniqueId(),
                second.uniqueId());
        assertThat(retrieved.getRegistryResponse().getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(retrieved.getDocumentResponse())
                .extracting(DocumentResponse::getDocumentUniqueId, DocumentResponse::getDocument)
                .containsExactly(tuple(first.uniqueId(), documents.get("Document01")),
                        tuple(second.uniqueId(), documents.get("Document02")));
    }

    private static List<DocumentEntry> entries(AdhocQueryResponse response) {
        return response.getRegistryObjectList().getIdentifiable().stream()
                .map(e -> DocumentEntryMapper.fromEbRim((ExtrinsicObjectType) e.getValue(), new ErrorList()))
                .toList();
    }

    /** The first column of every row, read straight from the node's PostgreSQL database. */
    private static List<String> rows(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(cluster.url(database), role, PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
