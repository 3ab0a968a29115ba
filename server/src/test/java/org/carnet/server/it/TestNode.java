package org.carnet.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.carnet.server.NodeFactory;
import org.carnet.server.RunningNode;
import org.carnet.server.config.Settings;

/** A real node on a free loopback port, over a data folder the test owns; restartable on the same folder. */
final class TestNode implements AutoCloseable {
    /** The system actor requests without a VIHF assertion or an API token act as, unless a test asks otherwise. */
    static final String ANONYMOUS_ACTOR = "it-system";

    private final Path data;
    private final List<String> overrides;
    private RunningNode node;

    /** @param overrides {@code key=value} settings applied after the test defaults */
    TestNode(Path data, String... overrides) throws IOException {
        this.data = data;
        this.overrides = List.of(overrides);
        start();
    }

    private void start() throws IOException {
        node = NodeFactory.start(new Settings()
                .override("server.host", "127.0.0.1")
                .override("server.port", "0")
                .override("data.dir", data.toString())
                .override("query.maxResults", "50")
                .override("security.anonymousActor", ANONYMOUS_ACTOR)
                .overrides(overrides)
                .build());
    }

    /** Stops the node and starts a new one on the same data folder (and a new port). */
    void restart() throws IOException {
        node.close();
        start();
    }

    String registryUrl() {
        return node.registryUrl();
    }

    String repositoryUrl() {
        return node.repositoryUrl();
    }

    String baseUrl() {
        return node.healthUrl().replace("/health", "");
    }

    /**
     * Opens the patient's dossier through the HTTP API as the anonymous system actor, stating the patient's consent;
     * returns the status code.
     */
    int openDossier(String patientId) throws IOException, InterruptedException {
        return openDossier(patientId, HttpClient.newHttpClient());
    }

    /** The same through this client (e.g. one with a TLS client certificate). */
    int openDossier(String patientId, HttpClient client) throws IOException, InterruptedException {
        String body = "{\"patientId\":\"" + patientId + "\",\"consent\":true}";
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/dossiers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    @Override
    public void close() {
        node.close();
    }
}
