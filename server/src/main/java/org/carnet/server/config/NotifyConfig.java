package org.carnet.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The channel that sends patient notifications (issue 5: emergency accesses are notified to the patient).
 *
 * @param webhookUrl         where each notification is posted; empty: no channel, notifications are only listed
 * @param webhookSecret      the shared secret calls are signed with; empty: unsigned; never printed
 * @param timeout            how long one call may take
 * @param maxRetryDelay      the longest wait between two attempts of one notification
 * @param trustStore         the CAs an https webhook's certificate must chain to; empty: the JDK's default trust
 * @param trustStorePassword never printed
 */
public record NotifyConfig(Optional<URI> webhookUrl, String webhookSecret, Duration timeout, Duration maxRetryDelay,
                           Optional<Path> trustStore, String trustStorePassword) {

    public NotifyConfig {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
    }

    public boolean enabled() {
        return webhookUrl.isPresent();
    }

    @Override
    public String toString() {
        return "NotifyConfig[webhookUrl=" + webhookUrl.map(URI::toString).orElse("") + ", webhookSecret="
                + Secrets.masked(webhookSecret) + ", timeout=" + timeout + ", maxRetryDelay="
                + maxRetryDelay + ", trustStore=" + trustStore.map(Path::toString).orElse("")
                + ", trustStorePassword=" + Secrets.masked(trustStorePassword) + "]";
    }
}
