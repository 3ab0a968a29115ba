package org.carnet.server;

import java.time.Clock;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.carnet.audit.repository.AuditRecordRepository;
import org.carnet.audit.repository.ReceivedAuditMessage;
import org.carnet.audit.repository.RepositorySettings;
import org.carnet.audit.syslog.TlsContexts;
import org.carnet.common.db.Database;
import org.carnet.registry.audit.ReceivedAuditMessages;
import org.carnet.server.config.AuditConfig;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Setting;

/** Starts the node's ATNA audit record repository (issue 6) when {@code audit.listen.*} asks for one. */
final class NodeAuditRepository {
    private NodeAuditRepository() {
    }

    /** The repository, listening and storing into the migrated registry database; empty when it is off. */
    static Optional<AuditRecordRepository> start(NodeConfig config, Database database, Clock clock) {
        AuditConfig.Listen listen = config.audit().listen();
        if (!listen.enabled()) {
            return Optional.empty();
        }
        RepositorySettings settings = new RepositorySettings(listen.host(),
                listen.tlsPort().orElse(RepositorySettings.OFF), tls(listen),
                listen.udpPort().orElse(RepositorySettings.OFF));
        try {
            return Optional.of(AuditRecordRepository.start(settings, new ReceivedAuditMessages(database), clock));
        } catch (AuditRecordRepository.ListenException e) {
            Setting key = e.transport() == ReceivedAuditMessage.Transport.TLS ? Setting.AUDIT_LISTEN_TLS_PORT
                    : Setting.AUDIT_LISTEN_UDP_PORT;
            throw new ConfigException(key.key() + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext tls(AuditConfig.Listen listen) {
        if (listen.tlsPort().isEmpty()) {
            return null;
        }
        try {
            return TlsContexts.mutual(listen.keyStore().orElseThrow(), listen.keyStorePassword().toCharArray(),
                    listen.trustStore().orElseThrow(), listen.trustStorePassword().toCharArray());
        } catch (TlsContexts.StoreException e) {
            Setting key = e.isKeyStore() ? Setting.AUDIT_LISTEN_KEY_STORE : Setting.AUDIT_LISTEN_TRUST_STORE;
            throw new ConfigException(key.key() + ": " + e.getMessage(), e);
        }
    }
}
