package org.carnet.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.carnet.audit.testing.TestPki;
import org.carnet.registry.notify.DeliveryOutcome;
import org.carnet.registry.notify.NotificationSender;
import org.carnet.registry.notify.OutgoingNotification;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NotifyConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https webhook: its certificate is checked against the JDK's default trust, or against
 * {@code notify.webhook.trustStore} when one is configured (a gateway with a private CA).
 */
class WebhookTlsTest {
    static final OutgoingNotification NOTIFICATION = new OutgoingNotification(1, UUID.randomUUID(), "P",
            "EMERGENCY_ACCESS", "810000000005", "EVA URGENTISTE", "bris_de_glace", null,
            Instant.parse("2026-03-01T09:00:00Z"), 0);

    @TempDir
    Path tmp;
    TestPki pki;
    HttpsServer gateway;
    final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        pki = TestPki.create("gateway");
        gateway = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.setHttpsConfigurator(new HttpsConfigurator(pki.context(pki.issueLoopback("127.0.0.1"))));
        gateway.createContext("/hook", this::receive);
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            bodies.add(new String(in.readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    URI url() {
        return URI.create("https://127.0.0.1:" + gateway.getAddress().getPort() + "/hook");
    }

    NotifyConfig config(Optional<Path> trustStore, String password) {
        return new NotifyConfig(Optional.of(url()), "", Duration.ofSeconds(5), Duration.ofSeconds(1), trustStore,
                password);
    }

    @Test
    void theJdksDefaultTrustRefusesAGatewayWithAPrivateCa() throws Exception {
        WebhookChannel channel = new WebhookChannel(url(), "", Duration.ofSeconds(5), Optional.empty(),
                Clock.systemUTC());

        DeliveryOutcome outcome = channel.send(NOTIFICATION);

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.RETRY);
        assertThat(outcome.reason()).isEqualTo("SSLHandshakeException");
        assertThat(bodies).isEmpty();
    }

    @Test
    void theConfiguredTrustStoreLetsTheSenderDeliverToIt() throws Exception {
        Path trust = pki.trustStore(tmp.resolve("gateway-ca.p12"));
        try (NotificationDatabase db = new NotificationDatabase()) {
            UUID id = db.emergencyAccess("P^^^&1.2.250.1.213.1.4.10&ISO");
            NodeNotifications notifications = NodeNotifications.of(config(Optional.of(trust),
                    new String(TestPki.PASSWORD)), Clock.systemUTC());

            NotificationSender sender = notifications.start(db.database, Clock.systemUTC()).orElseThrow();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!db.delivery(id).state().equals("DELIVERED") && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            } finally {
                sender.close();
            }
            assertThat(db.delivery(id).state()).isEqualTo("DELIVERED");
            assertThat(bodies).singleElement().asString().contains(id.toString());
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadFailsTheStartNamingItsKey() {
        Path trust = pki.trustStore(tmp.resolve("gateway-ca.p12"));

        assertThatThrownBy(() -> NodeNotifications.of(config(Optional.of(trust), "wrong"), Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("notify.webhook.trustStore: cannot read")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void withoutAUrlThereIsNoSender() {
        NotifyConfig off = new NotifyConfig(Optional.empty(), "", Duration.ofSeconds(5), Duration.ofSeconds(1),
                Optional.empty(), "");

        assertThat(NodeNotifications.of(off, Clock.systemUTC()).start(null, Clock.systemUTC())).isEmpty();
    }
}
