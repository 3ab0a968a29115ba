package org.carnet.server.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every configuration key the node knows, with its default and a one-line description. This table is the
 * single source for validation ({@link Settings}), {@code carnet serve --help} and the README.
 */
public enum Setting {
    SERVER_PORT("server.port", "8080", "HTTP port; 0 picks a free one"),
    SERVER_HOST("server.host", "0.0.0.0", "interface to listen on; 0.0.0.0 for all"),
    SERVER_TLS_KEY_STORE("server.tls.keyStore", "",
            "PKCS12 or JKS file with the node's key and certificate; set: server.port serves HTTPS only"),
    SERVER_TLS_KEY_STORE_PASSWORD("server.tls.keyStorePassword", "", "password of server.tls.keyStore and its key"),
    SERVER_TLS_TRUST_STORE("server.tls.trustStore", "",
            "PKCS12 or JKS file of the CAs a client certificate must chain to; set: mutual TLS, and"
                    + " security.anonymousActor only for clients with such a certificate"),
    SERVER_TLS_TRUST_STORE_PASSWORD("server.tls.trustStorePassword", "", "password of server.tls.trustStore"),
    SERVER_TLS_CLIENT_AUTH("server.tls.clientAuth", "need",
            "with server.tls.trustStore: need (a client without a trusted certificate cannot connect) or want (it"
                    + " can, with a VIHF or a token)"),
    DATA_DIR("data.dir", "./data", "folder for the database and the document files"),
    /** No fixed default: computed from {@code data.dir} (see {@link Settings}). */
    DB_URL("db.url", null, "JDBC URL; default: H2 file database <data.dir>/registry/carnet"),
    DB_USER("db.user", "sa", "database user"),
    DB_PASSWORD("db.password", "", "database password"),
    DB_POOL_SIZE("db.pool.size", "10", "maximum number of database connections"),
    REPOSITORY_UNIQUE_ID("repository.uniqueId", "1.2.250.1.999.1.1.1", "this repository's OID (repositoryUniqueId)"),
    HOME_COMMUNITY_ID("home.communityId", "", "homeCommunityId as urn:oid:<OID>; empty for none"),
    DOCUMENTS_MAX_BYTES("documents.maxBytes", "104857600", "largest accepted document, in bytes"),
    SOAP_MAX_MESSAGE_BYTES("soap.maxMessageBytes", "209715200", "largest accepted HTTP request body, in bytes"),
    QUERY_MAX_RESULTS("query.maxResults", "1000", "most objects one stored query returns (XDSTooManyResults above)"),
    /** Values: {@code default}, {@code any}, or a folder; see {@code org.carnet.common.codes.ValueSets}. */
    CODES_VALUE_SETS("codes.valueSets", "default",
            "accepted codes: default (lists shipped with Carnet), any (every code), or a folder of IHE SVS files"
                    + " such as the French JDV value sets"),
    UPDATE_ALLOW_PATIENT_CHANGE("update.allowPatientIdChange", "false",
            "true lets an ITI-57 new version move a document to another patient (otherwise"
                    + " XDSPatientIDReconciliationError)"),
    SECURITY_ANONYMOUS_ACTOR("security.anonymousActor", "",
            "name of the system actor that requests without a VIHF assertion act as (feed and consult rights,"
                    + " audited under that name); empty: every SOAP request needs a signed assertion"),
    SECURITY_TRUST_STORE("security.trustStore", "",
            "PKCS12 or JKS file of the certificates trusted to sign VIHF assertions; empty: none trusted"),
    SECURITY_TRUST_STORE_PASSWORD("security.trustStorePassword", "", "password of security.trustStore"),
    SECURITY_CLOCK_SKEW_SECONDS("security.clockSkewSeconds", "180",
            "tolerance on a VIHF assertion's validity window, in seconds"),
    SECURITY_RESOURCE_URN("security.resourceUrn", "urn:dmp", "the Ressource_URN a VIHF assertion must name"),
    POLICY_MATRIX("policy.matrix", "",
            "CSV file of the authorisation matrix (profession x document category); empty: the DMP defaults shipped"
                    + " with Carnet"),
    DOSSIER_RETENTION_YEARS("dossier.retentionYears", "10",
            "years a closed dossier keeps its data (dmp-reference 4); then the purge erases them"),
    DOSSIER_PURGE_INTERVAL_HOURS("dossier.purgeIntervalHours", "24",
            "hours between two purges of the dossiers closed for longer than dossier.retentionYears (their"
                    + " registry entries, documents, standings, notifications and consent history; the audit"
                    + " trail stays); 0: never purge"),
    API_PATIENT_TOKENS_ISSUER("api.patientTokens.issuer", "",
            "iss of the identity provider whose JWTs authenticate patients on /api (claim ins: the patient's INS"
                    + " as a CX); empty: no patient tokens"),
    API_PATIENT_TOKENS_KEY("api.patientTokens.key", "",
            "the patient identity provider's public key: a PEM public key or certificate, or a JWK set file"
                    + " (RS256 or ES256)"),
    API_PROFESSIONAL_TOKENS_ISSUER("api.professionalTokens.issuer", "",
            "iss of the identity provider whose JWTs authenticate professionals on /api (Pro Santé Connect-like);"
                    + " empty: no professional tokens"),
    API_PROFESSIONAL_TOKENS_KEY("api.professionalTokens.key", "",
            "the professional identity provider's public key: a PEM public key or certificate, or a JWK set"
                    + " file (RS256 or ES256)"),
    API_TOKENS_AUDIENCE("api.tokens.audience", "",
            "the aud every /api token must name; required when a token issuer is set"),
    AUDIT_REPOSITORIES("audit.repositories", "",
            "ATNA audit record repositories, comma-separated: tls://host[:6514] (RFC 5425, mutual TLS) or"
                    + " udp://host[:514] (RFC 5426); empty: no syslog audit trail"),
    AUDIT_TLS_KEY_STORE("audit.tls.keyStore", "",
            "PKCS12 or JKS file with the node's key and certificate for tls:// audit repositories"),
    AUDIT_TLS_KEY_STORE_PASSWORD("audit.tls.keyStorePassword", "", "password of audit.tls.keyStore and its key"),
    AUDIT_TLS_TRUST_STORE("audit.tls.trustStore", "",
            "PKCS12 or JKS file of the CA certificates an audit repository's certificate must chain to"),
    AUDIT_TLS_TRUST_STORE_PASSWORD("audit.tls.trustStorePassword", "", "password of audit.tls.trustStore"),
    /** No fixed default: computed from {@code data.dir} (see {@link Settings}). */
    AUDIT_SPOOL_DIR("audit.spoolDir", null,
            "folder where audit messages wait until every repository has them; default: <data.dir>/audit-spool"),
    /** No fixed default: the host name, looked up when the node starts. */
    AUDIT_SOURCE_ID("audit.sourceId", null, "AuditSourceID of the node's audit messages; default: the host name"),
    AUDIT_STOP_GRACE_SECONDS("audit.stopGraceSeconds", "10",
            "how long a stopping node keeps sending spooled audit messages to the repositories it reaches; what"
                    + " is left is sent at the next start"),
    AUDIT_LISTEN_HOST("audit.listen.host", "0.0.0.0",
            "interface the audit record repository listens on (when audit.listen.tlsPort or udpPort is set)"),
    AUDIT_LISTEN_TLS_PORT("audit.listen.tlsPort", "",
            "port on which the node acts as an ATNA audit record repository over syslog TLS (RFC 5425, mutual"
                    + " TLS), storing what it receives in the registry database; empty or 0: off"),
    AUDIT_LISTEN_UDP_PORT("audit.listen.udpPort", "",
            "port on which the audit record repository receives syslog over UDP (RFC 5426); empty or 0: off"),
    AUDIT_LISTEN_KEY_STORE("audit.listen.keyStore", "",
            "PKCS12 or JKS file with the audit record repository's key and certificate; required with"
                    + " audit.listen.tlsPort"),
    AUDIT_LISTEN_KEY_STORE_PASSWORD("audit.listen.keyStorePassword", "",
            "password of audit.listen.keyStore and its key"),
    AUDIT_LISTEN_TRUST_STORE("audit.listen.trustStore", "",
            "PKCS12 or JKS file of the CA certificates a sending node's certificate must chain to; required with"
                    + " audit.listen.tlsPort"),
    AUDIT_LISTEN_TRUST_STORE_PASSWORD("audit.listen.trustStorePassword", "",
            "password of audit.listen.trustStore"),
    NOTIFY_WEBHOOK_URL("notify.webhook.url", "",
            "http(s) URL each patient notification (emergency access) is posted to as JSON, e.g. an SMS or email"
                    + " gateway; empty: notifications are only listed by the patient's API"),
    NOTIFY_WEBHOOK_SECRET("notify.webhook.secret", "",
            "shared secret signing each webhook call (HMAC-SHA256, Standard Webhooks headers); empty: unsigned"),
    NOTIFY_WEBHOOK_TIMEOUT_SECONDS("notify.webhook.timeoutSeconds", "10",
            "how long one webhook call may take, connection included, before it is retried"),
    NOTIFY_WEBHOOK_MAX_RETRY_DELAY_SECONDS("notify.webhook.maxRetryDelaySeconds", "300",
            "longest wait between two attempts to send a notification the gateway did not take (doubling from"
                    + " 1 s)"),
    NOTIFY_WEBHOOK_TRUST_STORE("notify.webhook.trustStore", "",
            "PKCS12 or JKS file of the CA certificates an https webhook's certificate must chain to; empty: the"
                    + " JDK's default trust"),
    NOTIFY_WEBHOOK_TRUST_STORE_PASSWORD("notify.webhook.trustStorePassword", "",
            "password of notify.webhook.trustStore");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** The built-in default, or empty when the default is computed from other settings. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The known keys, comma-separated, for error messages. */
    public static String knownKeys() {
        return Arrays.stream(values()).map(Setting::key).collect(Collectors.joining(", "));
    }

    /** One line per key: key, description and default; for {@code --help} and the README. */
    public static String helpTable() {
        int width = Arrays.stream(values()).mapToInt(s -> s.key.length()).max().orElse(0);
        return Arrays.stream(values())
                .map(s -> String.format("  %-" + width + "s  %s%s", s.key, s.description, s.defaultLabel()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private String defaultLabel() {
        if (defaultValue == null) {
            return ""; // the description says how it is computed
        }
        return " (default: " + (defaultValue.isEmpty() ? "empty" : defaultValue) + ")";
    }
}
