package org.carnet.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.carnet.registry.notify.Backoff;
import org.carnet.registry.notify.DeliverySchedule;
import org.carnet.registry.notify.NotificationOutbox;
import org.carnet.registry.notify.NotificationSender;
import org.carnet.server.notify.NotificationDatabase.Delivery;
import org.carnet.server.notify.WebhookReceiver.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook channel driven by the notification sender over a real outbox, posting to a real HTTP receiver on
 * loopback: what the gateway receives, and what happens when it fails, refuses, is down, or the sender restarts.
 */
class WebhookDeliveryTest {
    static final String P = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String Q = "180117512345678^^^&1.2.250.1.213.1.4.10&ISO^NH";
    static final String SECRET = "a shared secret";
    /** Quick retries, so the tests wait little; the waits below are bounded polls. */
    static final DeliverySchedule SCHEDULE = new DeliverySchedule(Duration.ofMillis(20),
            new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), Duration.ofSeconds(2), 50);
    static final Duration PATIENCE = Duration.ofSeconds(20);

    NotificationDatabase db;
    WebhookReceiver receiver;
    final List<NotificationSender> senders = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = new NotificationDatabase();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        senders.forEach(NotificationSender::close);
        receiver.close();
        db.close();
    }

    NotificationSender startSender(String secret) {
        WebhookChannel channel = new WebhookChannel(URI.create(receiver.url()), secret, SCHEDULE.sendTimeout(),
                Optional.empty(), Clock.systemUTC());
        NotificationSender sender = NotificationSender.start(new NotificationOutbox(db.database), channel, SCHEDULE,
                Clock.systemUTC());
        senders.add(sender);
        return sender;
    }

    @Test
    void eachNotificationIsPostedAsJsonWithItsIdAndASignatureTheGatewayCanVerify() throws Exception {
        UUID id = db.emergencyAccess(P);
        long before = Instant.now().getEpochSecond();

        startSender(SECRET);
        awaitState(id, "DELIVERED");

        assertThat(receiver.calls()).hasSize(1);
        Call call = receiver.calls().get(0);
        assertThat(call.body()).isEqualTo("{\"id\":\"" + id + "\",\"kind\":\"EMERGENCY_ACCESS\",\"patientId\":\""
                + "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH\",\"actorId\":\"810000000005\",\"actorName\":"
                + "\"EVA URGENTISTE\",\"accessMode\":\"bris_de_glace\",\"detail\":\"read documents in emergency"
                + " mode\",\"createdAt\":\"2026-03-01T09:00:00Z\"}");
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(call.header("webhook-id")).isEqualTo(id.toString());
        assertThat(call.header("Idempotency-Key")).isEqualTo(id.toString());
        long timestamp = Long.parseLong(call.header("webhook-timestamp"));
        assertThat(timestamp).isBetween(before, Instant.now().getEpochSecond());
        assertThat(call.header("webhook-signature")).isEqualTo("v1," + hmac(SECRET.getBytes(StandardCharsets.UTF_8),
                id + "." + timestamp + "." + call.body()));
        assertThat(db.delivery(id)).isEqualTo(new Delivery("DELIVERED", 1, null));
    }

    @Test
    void aStandardWebhooksSecretSignsWithItsDecodedKey() throws Exception {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        UUID id = db.emergencyAccess(P);

        startSender("whsec_" + Base64.getEncoder().encodeToString(key));
        awaitState(id, "DELIVERED");

        Call call = receiver.calls().get(0);
        assertThat(call.header("webhook-signature")).isEqualTo("v1," + hmac(key,
                id + "." + call.header("webhook-timestamp") + "." + call.body()));
    }

    @Test
    void withoutASecretCallsAreNotSigned() throws Exception {
        UUID id = db.emergencyAccess(P);

        startSender("");
        awaitState(id, "DELIVERED");

        assertThat(receiver.calls().get(0).headers()).containsKey("webhook-timestamp")
                .doesNotContainKey("webhook-signature");
    }

    @Test
    void aFailingGatewayGetsTheSameNotificationAgainUntilItTakesItThenNeverAgain() throws Exception {
        receiver.answer(503, 429, 500);
        UUID id = db.emergencyAccess(P);

        startSender(SECRET);
        awaitState(id, "DELIVERED");
        // a later notification delivered: the sender went on, and had it resent the first, that would show by now
        UUID next = db.emergencyAccess(Q);
        awaitState(next, "DELIVERED");

        assertThat(receiver.calls()).extracting(c -> c.header("webhook-id"), Call::answered).containsExactly(
                tuple(id, 503), tuple(id, 429), tuple(id, 500), tuple(id, 200), tuple(next, 200));
        assertThat(receiver.calls()).extracting(Call::body).first().isEqualTo(receiver.calls().get(3).body());
        assertThat(db.delivery(id)).isEqualTo(new Delivery("DELIVERED", 4, null));
    }

    @Test
    void aNotificationTheGatewayRefusesIsGivenUpNotRetriedAndNoLongerHoldsUpThePatient() throws Exception {
        receiver.answer(400);
        UUID refused = db.emergencyAccess(P);
        UUID next = db.emergencyAccess(P);

        startSender(SECRET);
        awaitState(next, "DELIVERED");

        assertThat(db.delivery(refused)).isEqualTo(new Delivery("GIVEN_UP", 1, "HTTP 400"));
        assertThat(receiver.calls()).extracting(c -> c.header("webhook-id"), Call::answered)
                .containsExactly(tuple(refused, 400), tuple(next, 200));
    }

    @Test
    void aGatewayThatRefusesTheNodesCredentialsIsRetriedNotGivenUp() throws Exception {
        receiver.answer(401, 403);
        UUID id = db.emergencyAccess(P);

        startSender(SECRET);
        awaitState(id, "DELIVERED");

        assertThat(receiver.calls()).extracting(Call::answered).containsExactly(401, 403, 200);
    }

    @Test
    void whileTheGatewayIsDownNotificationsWaitAndGoOutWhenItIsBack() throws Exception {
        receiver.stop();
        UUID id = db.emergencyAccess(P);

        startSender(SECRET);
        await(() -> db.delivery(id).attempts() >= 3, "three attempts while the gateway is down");
        Delivery waiting = db.delivery(id);
        assertThat(waiting.state()).isIn("PENDING", "SENDING");
        assertThat(waiting.lastError()).isEqualTo("ConnectException");
        assertThat(receiver.calls()).isEmpty();

        receiver.start();
        awaitState(id, "DELIVERED");
        assertThat(receiver.calls()).hasSize(1);
    }

    @Test
    void aNewSenderOverTheSameDatabaseSendsWhatIsPendingAndNothingDeliveredBefore() throws Exception {
        UUID first = db.emergencyAccess(P);
        NotificationSender before = startSender(SECRET);
        awaitState(first, "DELIVERED");
        before.close();
        UUID pending = db.emergencyAccess(P);
        UUID other = db.emergencyAccess(Q);

        startSender(SECRET);
        awaitState(pending, "DELIVERED");
        awaitState(other, "DELIVERED");

        assertThat(receiver.calls()).extracting(c -> c.header("webhook-id"))
                .containsExactly(first.toString(), pending.toString(), other.toString());
    }

    @Test
    void aStoppingSenderHandsBackTheNotificationItWasSendingForTheNextOne() throws Exception {
        receiver.holdCalls();
        UUID id = db.emergencyAccess(P);
        NotificationSender stopping = startSender(SECRET);
        assertThat(receiver.awaitHeldCall(PATIENCE)).isTrue();

        stopping.close(Duration.ofMillis(100)); // the call still hangs: it is cut off, its outcome unknown

        assertThat(db.delivery(id)).isEqualTo(new Delivery("PENDING", 0, null));
        receiver.release();
        startSender(SECRET);
        awaitState(id, "DELIVERED");
        assertThat(db.delivery(id).attempts()).isEqualTo(1);
    }

    @Test
    void aPatientsNotificationsAreSentInOrderEvenWhenTheFirstMustBeRetried() throws Exception {
        // Retry-After keeps the first waiting longer than the sender's own pause (capped at the 200 ms maximum)
        receiver.answer(503, "1");
        UUID p1 = db.emergencyAccess(P);
        UUID p2 = db.emergencyAccess(P);
        UUID q1 = db.emergencyAccess(Q);
        UUID p3 = db.emergencyAccess(P);

        startSender(SECRET);
        awaitState(p3, "DELIVERED");
        awaitState(q1, "DELIVERED");

        List<String> toP = receiver.calls().stream().filter(c -> c.body().contains("\"patientId\":\"279035121518989"))
                .map(c -> c.header("webhook-id") + " " + c.answered()).toList();
        assertThat(toP).containsExactly(p1 + " 503", p1 + " 200", p2 + " 200", p3 + " 200");
    }

    private void awaitState(UUID id, String state) throws InterruptedException {
        await(() -> db.delivery(id).state().equals(state), id + " " + state);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object id, int status) {
        return org.assertj.core.groups.Tuple.tuple(id.toString(), status);
    }

    private static String hmac(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
