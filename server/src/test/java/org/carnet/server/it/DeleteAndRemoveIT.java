package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.StoredQueryRequests;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rs.RegistryError;
import org.carnet.wsdl.rs.RegistryResponseType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITI-62 Delete Document Set and ITI-86 Remove Documents over SOAP: referential checks, all or nothing, and the
 * query and retrieve answers reflecting the removal at once.
 */
class DeleteAndRemoveIT {
    @TempDir
    static Path data;
    static TestNode node;
    static XdsClient client;

    @BeforeAll
    static void start() throws Exception {
        node = new TestNode(data);
        node.openDossier(SampleData.PATIENT);
        client = new XdsClient(node, true);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private DocumentEntry provided(String label) {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.PATIENT).build();
        assertThat(client.provide(SampleData.submission(SampleData.PATIENT, List.of(de)),
                Map.of("Document01", SampleData.content(label))).getStatus()).isEqualTo(RESPONSE_SUCCESS);
        return XdsNodeIT.entries(client.query(StoredQueryRequests.GET_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryUniqueId", "('" + de.uniqueId() + "')")).get(0);
    }

    private List<String> associationsOf(String uuid) {
        return client.query("urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155", "LeafClass", "$uuid", "('" + uuid + "')")
                .getRegistryObjectList().getIdentifiable().stream()
                .map(e -> ((AssociationType1) e.getValue()).getId()).toList();
    }

    private static List<RegistryError> errors(RegistryResponseType response) {
        return XdsNodeIT.errors(response);
    }

    @Test
    void deletingADocumentStillNamedByAnAssociationIsRefusedAndChangesNothing() {
        DocumentEntry de = provided("still referenced");
        String membership = associationsOf(de.entryUuid()).get(0);

        RegistryResponseType response = client.delete(de.entryUuid());

        assertThat(response.getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(response)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("ReferencesExistException", membership));
        assertThat(associationsOf(de.entryUuid())).containsExactly(membership);
    }

    @Test
    void deletingADocumentWithItsAssociationRemovesItFromQueriesAtOnce() {
        DocumentEntry de = provided("to delete");
        List<String> memberships = associationsOf(de.entryUuid());

        RegistryResponseType response = client.delete(de.entryUuid(), memberships.get(0));

        assertThat(response.getStatus()).isEqualTo(RESPONSE_SUCCESS);
        assertThat(XdsNodeIT.entries(client.query(StoredQueryRequests.GET_DOCUMENTS, "ObjectRef",
                "$XDSDocumentEntryEntryUUID", "('" + de.entryUuid() + "')"))).isEmpty();
        assertThat(associationsOf(de.entryUuid())).isEmpty();
    }

    @Test
    void deletingAnUnknownObjectIsAnUnresolvedReference() {
        String unknown = "urn:uuid:0b9c43e0-2f0a-4a5e-8c3b-1f6a2d1e9aff";

        RegistryResponseType response = client.delete(unknown);

        assertThat(errors(response)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("UnresolvedReferenceException", unknown));
    }

    @Test
    void removedDocumentsAreNoLongerRetrievableAndRemovingTwiceIsAnError() {
        DocumentEntry de = provided("to remove");

        assertThat(client.remove(XdsNodeIT.REPOSITORY_ID, de.uniqueId()).getStatus()).isEqualTo(RESPONSE_SUCCESS);

        assertThat(errors(client.retrieve(XdsNodeIT.REPOSITORY_ID, de.uniqueId()).getRegistryResponse()))
                .extracting(RegistryError::getErrorCode).containsExactly("XDSDocumentUniqueIdError");
        RegistryResponseType again = client.remove(XdsNodeIT.REPOSITORY_ID, de.uniqueId());
        assertThat(again.getStatus()).isEqualTo(RESPONSE_FAILURE);
        assertThat(errors(again)).extracting(RegistryError::getErrorCode, RegistryError::getLocation)
                .containsExactly(tuple("XDSDocumentUniqueIdError", de.uniqueId()));
    }
}
