package org.carnet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param stopGrace          how long a stopping node keeps delivering what is spooled
 * @param listen             the node as an audit record repository (off by default)
 */
public record AuditConfig(List<SyslogDestination> repositories, Optional<Path> keyStore, String keyStorePassword,
                          Optional<Path> trustStore, String trustStorePassword, Path spoolDir,
                          Optional<String> sourceId, Duration stopGrace, Listen listen) {

    /**
     * The node as an ATNA audit record repository: syslog listeners whose messages are stored in the registry
     * database.
     *
     * @param host               interface to listen on
     * @param tlsPort            RFC 5425 port; empty: no TLS listener
     * @param udpPort            RFC 5426 port; empty: no UDP listener
     * @param keyStore           the repository's key and certificate; present when tlsPort is
     * @param keyStorePassword   never printed
     * @param trustStore         the CAs a sender's certificate must chain to; present when tlsPort is
     * @param trustStorePassword never printed
     */
    public record Listen(String host, OptionalInt tlsPort, OptionalInt udpPort, Optional<Path> keyStore,
                         String keyStorePassword, Optional<Path> trustStore, String trustStorePassword) {
        public static final Listen OFF = new Listen("0.0.0.0", OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), "", Optional.empty(), "");

        public Listen {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(tlsPort, "tlsPort");
            Objects.requireNonNull(udpPort, "udpPort");
            Objects.requireNonNull(keyStore, "keyStore");
            Objects.requireNonNull(keyStorePassword, "keyStorePassword");
            Objects.requireNonNull(trustStore, "trustStore");
            Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        }

        public boolean enabled() {
            return tlsPort.isPresent() || udpPort.isPresent();
        }

        @Override
        public String toString() {
            return "Listen[host=" + host + ", tlsPort=" + (tlsPort.isPresent() ? tlsPort.getAsInt() : "")
                    + ", udpPort=" + (udpPort.isPresent() ? udpPort.getAsInt() : "") + ", keyStore="
                    + keyStore.map(Path::toString).orElse("") + ", keyStorePassword="
                    + Secrets.masked(keyStorePassword) + ", trustStore="
                    + trustStore.map(Path::toString).orElse("") + ", trustStorePassword="
                    + Secrets.masked(trustStorePassword) + "]";
        }
    }

    public AuditConfig {
        repositories = List.copyOf(repositories);
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(spoolDir, "spoolDir");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(listen, "listen");
    }

    public boolean enabled() {
        return !repositories.isEmpty();
    }

    @Override
    public String toString() {
        return "AuditConfig[repositories=" + repositories + ", keyStore=" + keyStore.map(Path::toString).orElse("")
                + ", keyStorePassword=" + Secrets.masked(keyStorePassword) + ", trustStore="
                + trustStore.map(Path::toString).orElse("") + ", trustStorePassword="
                + Secrets.masked(trustStorePassword) + ", spoolDir=" + spoolDir + ", sourceId="
                + sourceId.orElse("") + ", stopGrace=" + stopGrace + ", listen=" + listen + "]";
    }
}
