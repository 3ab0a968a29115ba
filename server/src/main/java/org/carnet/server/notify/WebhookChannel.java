package org.carnet.server.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.carnet.registry.notify.DeliveryOutcome;
import org.carnet.registry.notify.NotificationChannel;
import org.carnet.registry.notify.OutgoingNotification;

/**
 * Posts each notification as JSON ({@link WebhookPayload}) to a configured URL: how a hospital's or the national
 * operator's SMS or email gateway plugs in. Any 2xx answer is a delivery.
 *
 * <p>Headers: {@code webhook-id} and {@code Idempotency-Key} (the notification's stable id, the same on every
 * attempt), {@code webhook-timestamp} (Unix seconds of this attempt) and, with a secret, {@code webhook-signature}
 * ({@link WebhookSignature}). TLS is the JDK's, with its default trust unless a trust store is configured; redirects
 * are not followed.
 */
public final class WebhookChannel implements NotificationChannel {
    private final URI url;
    private final Optional<WebhookSignature> signature;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

    /**
     * @param url     an absolute http or https URL
     * @param secret  the shared secret the calls are signed with; empty: unsigned
     * @param timeout for connecting, and for the whole answer
     * @param tls     the TLS context trusting the gateway's certificate; empty: the JDK's default trust
     */
    public WebhookChannel(URI url, String secret, Duration timeout, Optional<SSLContext> tls, Clock clock) {
        this.url = Objects.requireNonNull(url, "url");
        this.signature = secret.isEmpty() ? Optional.empty() : Optional.of(new WebhookSignature(secret));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // a plain POST: no h2c upgrade attempt on http:// URLs
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout);
        tls.ifPresent(builder::sslContext);
        this.client = builder.build();
    }

    @Override
    public DeliveryOutcome send(OutgoingNotification notification) throws InterruptedException {
        String id = notification.id().toString();
        byte[] body = WebhookPayload.of(notification).toJson();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Carnet")
                .header("webhook-id", id)
                .header("Idempotency-Key", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signature.ifPresent(s -> request.header("webhook-signature", s.sign(id, timestamp, body)));
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return WebhookAnswers.outcome(response.statusCode(), response.headers().firstValue("Retry-After"),
                    clock.instant());
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.retryLater("timeout after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            // the exception's class only: its message may name hosts, never content, but keep the outbox terse
            return DeliveryOutcome.retryLater(e.getClass().getSimpleName());
        }
    }

    /** The URL without credentials or query string, which some gateways use for API keys. */
    @Override
    public String describe() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + Optional.ofNullable(url.getRawPath()).orElse("");
    }

    @Override
    public String toString() {
        return "WebhookChannel[" + describe() + "]";
    }
}
