package org.carnet.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void healthAnswersUpWithTheServiceUrls() throws Exception {
        start(config());

        HttpResponse<String> response = get("/health");

        assertThat(server.port()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        Map<String, Object> body = new ObjectMapper().readValue(response.body(), new TypeReference<>() { });
        assertThat(body).containsEntry("status", "UP")
                .containsEntry("registry", server.baseUrl() + "/services/registry")
                .containsEntry("repository", server.baseUrl() + "/services/repository");
    }

    @Test
    void unknownPathIs404WithoutStackTrace() throws Exception {
        start(config());

        for (String accept : new String[] {"text/html", "application/json", "text/plain"}) {
            HttpResponse<String> response = send(request("/nothing/here").header("Accept", accept).GET());

            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertNoLeak(response.body());
        }
        assertThat(get("/health").headers().firstValue("Server")).isEmpty();
    }

    @Test
    void failingServletShowsNoExceptionDetail() throws Exception {
        server = new HttpServer(config());
        server.addServlet("/plain", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                throw new IllegalStateException("secret detail");
            }
        });
        server.addServlet("/json", new JsonServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                throw new IllegalStateException("secret detail");
            }

            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                readJson(req, Map.class);
            }
        });
        server.start();

        HttpResponse<String> plain = get("/plain");
        HttpResponse<String> json = get("/json");
        HttpResponse<String> badJson = send(request("/json").POST(HttpRequest.BodyPublishers.ofString("{secret")));

        assertThat(plain.statusCode()).isEqualTo(500);
        assertNoLeak(plain.body());
        assertThat(json.statusCode()).isEqualTo(500);
        assertThat(json.body()).startsWith("{\"error\":\"internal error, id ");
        assertNoLeak(json.body());
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).isEqualTo("{\"error\":\"request body is not a valid Map JSON document\"}");
    }

    @Test
    void cxfAnswersUnderServices() throws Exception {
        start(config());

        HttpResponse<String> response = get("/services/");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void endpointPublishedAfterStartIsReachable() throws Exception {
        start(config());
        publishEcho(server.bus());

        HttpResponse<String> wsdl = get("/services/registry?wsdl");
        HttpResponse<String> call = post("/services/registry", envelope("<e:echo><arg0>bonjour</arg0></e:echo>"));

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("definitions").contains("EchoService");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.body()).contains("<return>bonjour</return>");
    }

    @Test
    void tooDeepXmlIsAFaultWithoutStackTrace() throws Exception {
        start(config());
        publishEcho(server.bus());
        int depth = HttpServer.MAX_ELEMENT_DEPTH + 10;
        // In a header: CXF reads headers whole into DOM, so only the depth limit can stop it.
        String deep = "<s:Header>" + "<e:x>".repeat(depth) + "</e:x>".repeat(depth) + "</s:Header>";

        HttpResponse<String> response = post("/services/registry",
                envelope("<e:echo><arg0>hi</arg0></e:echo>").replace("<s:Body>", deep + "<s:Body>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").contains("Maximum Element Depth limit (100) Exceeded");
        assertNoLeak(response.body());
    }

    @Test
    void xmlLimitsAreSetOnTheBus() {
        server = new HttpServer(config());

        Bus bus = server.bus();
        assertThat(bus.getProperty("org.apache.cxf.stax.maxElementDepth")).isEqualTo(100);
        assertThat(bus.getProperty("org.apache.cxf.stax.maxTextLength"))
                .isEqualTo(HttpServer.base64Length(104_857_600L));
        assertThat(bus.getProperty("attachment-max-size")).isEqualTo(104_857_600L);
        assertThat(HttpServer.base64Length(104_857_600L)).isGreaterThan(104_857_600 / 3 * 4);
    }

    @Test
    void bodyAboveTheMessageLimitIsRefused() throws Exception {
        start(new Settings().override("server.host=127.0.0.1").override("server.port=0")
                .override("documents.maxBytes=1000").override("soap.maxMessageBytes=1000").build());
        publishEcho(server.bus());

        HttpResponse<String> response = post("/services/registry", envelope("x".repeat(2000)));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void servletsCannotBeAddedOnceStarted() throws Exception {
        start(config());

        assertThatThrownBy(() -> server.addServlet("/late", new HttpServlet() {
            private static final long serialVersionUID = 1L;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stopFreesThePortAndShutsTheBusDown() throws Exception {
        start(config());
        int port = server.port();

        server.stop();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        assertThat(server.bus().getState()).isEqualTo(Bus.BusState.SHUTDOWN);
    }

    @Test
    void portInUseFailsWithBindException() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server = new HttpServer(new Settings().override("server.host=127.0.0.1")
                    .override("server.port", String.valueOf(taken.getLocalPort())).build());

            assertThatThrownBy(server::start).isInstanceOf(IOException.class)
                    .hasRootCauseInstanceOf(java.net.BindException.class);
            assertThat(server.bus().getState()).isEqualTo(Bus.BusState.SHUTDOWN);
        }
    }

    /** A SEI-less JAX-WS service standing in for the registry. */
    @WebService(serviceName = "EchoService", targetNamespace = "urn:carnet:test")
    public static class Echo {
        public String echo(String text) {
            return text;
        }
    }

    private static void publishEcho(Bus bus) {
        new EndpointImpl(bus, new Echo()).publish(HttpServer.REGISTRY_ADDRESS);
    }

    private static String envelope(String body) {
        return "<s:Envelope xmlns:s=\"" + SOAP11 + "\" xmlns:e=\"urn:carnet:test\"><s:Body>" + body
                + "</s:Body></s:Envelope>";
    }

    private static NodeConfig config() {
        return new Settings().override("server.host=127.0.0.1").override("server.port=0").build();
    }

    /** Starts the server as NodeFactory does, with /health. */
    private void start(NodeConfig config) throws IOException {
        server = new HttpServer(config);
        server.addServlet(HttpServer.HEALTH_PATH, new HealthServlet(server::registryUrl, server::repositoryUrl));
        server.start();
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("secret").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("at org.").doesNotContain("at java.");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpResponse<String> post(String path, String xml) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
