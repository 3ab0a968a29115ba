package org.carnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.carnet.common.SampleData;
import org.carnet.common.metadata.DocumentEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything a node answered Success for is still there after a restart on the same data folder. */
class NodeRestartIT {

    @Test
    void documentsDossiersAndMetadataSurviveARestart(@TempDir Path data) throws Exception {
        DocumentEntry de = SampleData.documentEntry("Document01", SampleData.PATIENT).build();
        byte[] bytes = SampleData.content("kept across restarts");
        try (TestNode node = new TestNode(data)) {
            assertThat(node.openDossier(SampleData.PATIENT)).isEqualTo(201);
            assertThat(new XdsClient(node, true).provide(SampleData.submission(SampleData.PATIENT, List.of(de)),
                    Map.of("Document01", bytes)).getStatus()).isEqualTo(RESPONSE_SUCCESS);

            node.restart();

            assertThat(node.openDossier(SampleData.PATIENT)).isEqualTo(200);
            XdsClient client = new XdsClient(node, true);
            assertThat(XdsNodeIT.entries(client.findDocuments(SampleData.PATIENT))).extracting(DocumentEntry::uniqueId)
                    .containsExactly(de.uniqueId());
            assertThat(client.retrieve(XdsNodeIT.REPOSITORY_ID, de.uniqueId()).getDocumentResponse()).singleElement()
                    .satisfies(d -> assertThat(d.getDocument()).isEqualTo(bytes));
        }
    }
}
