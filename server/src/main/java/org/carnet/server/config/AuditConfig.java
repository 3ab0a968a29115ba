package org.carnet.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carnet.audit.syslog.SyslogDestination;

/**
 * The ATNA audit trail (issue 6): where audit messages go and how the node authenticates to them.
 *
 * @param repositories       audit record repositories; empty: no syslog audit trail
 * @param keyStore           the node's key and certificate for mutual TLS; present when a repository is tls://
 * @param keyStorePassword   password of the key store and its key; never printed
 * @param trustStore         the CAs a repository's certificate must chain to; present when a repository is tls://
 * @param trustStorePassword password of the trust store; never printed
 * @param spoolDir           where messages wait for delivery
 * @param sourceId           AuditSourceID; empty: the host name
 */
public record AuditConfig(List<SyslogDestination> repositories, Optional<Path> keyStore, String keyStorePassword,
                          Optional<Path> trustStore, String trustStorePassword, Path spoolDir,
                          Optional<String> sourceId) {

    public AuditConfig {
        repositories = List.copyOf(repositories);
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(spoolDir, "spoolDir");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    public boolean enabled() {
        return !repositories.isEmpty();
    }

    @Override
    public String toString() {
        return "AuditConfig[repositories=" + repositories + ", keyStore=" + keyStore.map(Path::toString).orElse("")
                + ", keyStorePassword=" + (keyStorePassword.isEmpty() ? "" : "****") + ", trustStore="
                + trustStore.map(Path::toString).orElse("") + ", trustStorePassword="
                + (trustStorePassword.isEmpty() ? "" : "****") + ", spoolDir=" + spoolDir + ", sourceId="
                + sourceId.orElse("") + "]";
    }
}
