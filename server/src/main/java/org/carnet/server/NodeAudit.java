package org.carnet.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import org.carnet.audit.AuditTrail;
import org.carnet.audit.AuditTrailSettings;
import org.carnet.audit.message.AuditSource;
import org.carnet.audit.message.LocalNode;
import org.carnet.audit.syslog.TlsContexts;
import org.carnet.common.policy.DmpRule;
import org.carnet.server.config.AuditConfig;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Setting;

/** Builds the node's ATNA audit trail from its configuration (issue 6). */
final class NodeAudit {
    static final String APPLICATION_NAME = "carnet";

    /**
     * The error codes by which the access rules refuse a caller, audited as Security Alerts besides the failed
     * transaction: the refusing DMP rules, which the dossier API reports as its error codes. The SOAP side's
     * refusals are XDSRegistryErrors, the code of any other bad request, so they cannot be told apart and are
     * audited as failed transactions only. (Refused authentications are recognised by their action, see
     * {@code TransactionMessages#AUTHENTICATION_FAILED}.)
     */
    static final Set<String> ACCESS_DENIED_CODES = Arrays.stream(DmpRule.values()).filter(r -> !r.grants())
            .map(DmpRule::name).collect(Collectors.toUnmodifiableSet());

    private NodeAudit() {
    }

    /** The trail, opened and delivering, when audit repositories are configured; empty otherwise. */
    static Optional<AuditTrail> open(NodeConfig config, NodeUrls urls, Clock clock) {
        AuditConfig audit = config.audit();
        if (!audit.enabled()) {
            return Optional.empty();
        }
        String host = hostName();
        LocalNode local = new LocalNode(new AuditSource(audit.sourceId().orElse(host), null), APPLICATION_NAME, host,
                Long.toString(ProcessHandle.current().pid()), urls, config.repositoryUniqueId());
        try {
            return Optional.of(AuditTrail.open(new AuditTrailSettings(audit.repositories(), tls(audit),
                    audit.spoolDir(), AuditTrailSettings.DEFAULT_MAX_RETRY_DELAY, audit.stopGrace()), local,
                    ACCESS_DENIED_CODES, clock));
        } catch (IOException e) {
            throw new ConfigException(Setting.AUDIT_SPOOL_DIR.key() + ": cannot use " + audit.spoolDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The effective settings, to tell a configuration change at the next start: every component of the
     * configuration, nested ones as {@code security.trustStore}; passwords and secrets are left out.
     */
    static Map<String, String> settings(NodeConfig config) {
        Map<String, String> settings = new TreeMap<>();
        flatten("", config, settings);
        return settings;
    }

    private static void flatten(String prefix, Record record, Map<String, String> into) {
        for (var component : record.getClass().getRecordComponents()) {
            String name = prefix + component.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("password") || lower.contains("secret")) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
            if (value instanceof Record nested) {
                flatten(name + ".", nested, into);
            } else {
                into.put(name, String.valueOf(value));
            }
        }
    }

    private static SSLContext tls(AuditConfig audit) {
        if (audit.keyStore().isEmpty() || audit.trustStore().isEmpty()) {
            return null; // only udp:// repositories: Settings requires both stores for tls://
        }
        Path keyStore = audit.keyStore().get();
        Path trustStore = audit.trustStore().get();
        try {
            return TlsContexts.mutual(keyStore, audit.keyStorePassword().toCharArray(), trustStore,
                    audit.trustStorePassword().toCharArray());
        } catch (TlsContexts.StoreException e) {
            Setting key = e.isKeyStore() ? Setting.AUDIT_TLS_KEY_STORE : Setting.AUDIT_TLS_TRUST_STORE;
            throw new ConfigException(key.key() + ": " + e.getMessage(), e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
