package org.carnet.server.notify;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.carnet.common.db.Database;
import org.carnet.registry.notify.DeliverySchedule;
import org.carnet.registry.notify.NotificationOutbox;
import org.carnet.registry.notify.NotificationSender;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NotifyConfig;
import org.carnet.server.config.Setting;

/**
 * The node's patient-notification channel, from its {@code notify.*} settings: the webhook and the sender that
 * drives it. Built in two steps so that a bad setting fails the start before anything runs.
 */
public final class NodeNotifications {
    private final NotifyConfig config;
    private final Optional<WebhookChannel> webhook;

    private NodeNotifications(NotifyConfig config, Optional<WebhookChannel> webhook) {
        this.config = config;
        this.webhook = webhook;
    }

    /** Checks the settings and builds the channel, if one is configured. */
    public static NodeNotifications of(NotifyConfig config, Clock clock) {
        return new NodeNotifications(config, config.webhookUrl().map(url -> new WebhookChannel(url,
                config.webhookSecret(), config.timeout(), tls(config), clock)));
    }

    /** Starts sending the outbox; empty when no channel is configured. */
    public Optional<NotificationSender> start(Database database, Clock clock) {
        return webhook.map(channel -> NotificationSender.start(new NotificationOutbox(database), channel,
                DeliverySchedule.of(config.maxRetryDelay(), config.timeout()), clock));
    }

    private static Optional<SSLContext> tls(NotifyConfig config) {
        if (config.trustStore().isEmpty()) {
            return Optional.empty(); // the JDK's default trust
        }
        try {
            char[] password = config.trustStorePassword().toCharArray();
            KeyStore store = KeyStore.getInstance(config.trustStore().get().toFile(), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return Optional.of(context);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(Setting.NOTIFY_WEBHOOK_TRUST_STORE.key() + ": cannot read "
                    + config.trustStore().get() + ": " + e.getMessage(), e);
        }
    }
}
