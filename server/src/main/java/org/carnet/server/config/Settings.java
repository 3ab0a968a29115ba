package org.carnet.server.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Pattern;

import org.carnet.audit.syslog.SyslogDestination;
import org.carnet.common.codes.ValueSets;

/**
 * Collects configuration from its sources and turns it into a {@link NodeConfig}.
 *
 * <p>Precedence, lowest first, whatever the order of the calls:
 * <ol>
 *   <li>the built-in defaults of {@link Setting};</li>
 *   <li>the properties file ({@link #file(Path)}, {@code --config FILE});</li>
 *   <li>command-line shorthands ({@link #option}, {@code --port} and {@code --data});</li>
 *   <li>{@code --set key=value} overrides ({@link #override(String)}); among these the last one wins.</li>
 * </ol>
 * {@code db.url}, when no source gives it, is computed from the effective {@code data.dir}.
 *
 * <p>An unknown key or a malformed value is a {@link ConfigException} whose message names the key and where
 * the value came from; unknown keys are reported as soon as they are added, values when {@link #build()} runs.
 */
public final class Settings {
    /** Dotted-decimal OID (ISO/IEC 8824) without leading zeros, as ITI TF-3 requires. */
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    /** ITI TF-3 limits OIDs in XDS metadata, repositoryUniqueId included, to 64 characters. */
    private static final int OID_MAX_LENGTH = 64;
    private static final String URN_OID = "urn:oid:";
    // WRITE_DELAY=0: H2 writes each commit to its file at once, so an answered submission survives the
    // process being killed (its default waits up to 500 ms). PostgreSQL is the choice for power-loss durability.
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /** A raw value and where it came from, for error messages. */
    private record Value(String raw, String source) {
    }

    private final Map<Setting, Value> fromFile = new EnumMap<>(Setting.class);
    private final Map<Setting, Value> fromOptions = new EnumMap<>(Setting.class);
    private final Map<Setting, Value> fromOverrides = new EnumMap<>(Setting.class);

    /** Reads a properties file (UTF-8); every key in it must be known. */
    public Settings file(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + path + ": " + describe(e), e);
        }
        String source = "config file " + path;
        for (String key : properties.stringPropertyNames()) {
            fromFile.put(known(key, source), new Value(properties.getProperty(key), source));
        }
        return this;
    }

    /** A command-line shorthand such as {@code --port}; beats the file, loses to {@code --set}. */
    public Settings option(Setting setting, String value) {
        fromOptions.put(setting, new Value(value, "command line"));
        return this;
    }

    /** A {@code --set key=value} override; beats every other source. */
    public Settings override(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--set expects key=value, got '" + assignment + "'");
        }
        return override(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
    }

    public Settings override(String key, String value) {
        fromOverrides.put(known(key, "--set"), new Value(value, "--set"));
        return this;
    }

    /** Applies {@link #override(String)} to each assignment in order, so the last one wins. */
    public Settings overrides(List<String> assignments) {
        assignments.forEach(this::override);
        return this;
    }

    public NodeConfig build() {
        Path dataDir = path(Setting.DATA_DIR);
        long maxDocumentBytes = longAtLeast(Setting.DOCUMENTS_MAX_BYTES, 1);
        long maxMessageBytes = longAtLeast(Setting.SOAP_MAX_MESSAGE_BYTES, 1);
        if (maxMessageBytes < maxDocumentBytes) {
            // An ITI-41 request carries the whole document plus its metadata.
            throw new ConfigException(Setting.SOAP_MAX_MESSAGE_BYTES.key() + " (" + maxMessageBytes
                    + ") must be at least " + Setting.DOCUMENTS_MAX_BYTES.key() + " (" + maxDocumentBytes + ")");
        }
        return new NodeConfig(
                nonBlank(Setting.SERVER_HOST),
                intIn(Setting.SERVER_PORT, 0, 65535),
                serverTls(),
                dataDir,
                lookup(Setting.DB_URL).map(v -> nonBlank(Setting.DB_URL)).orElseGet(() -> defaultDbUrl(dataDir)),
                raw(Setting.DB_USER).trim(),
                raw(Setting.DB_PASSWORD), // not trimmed: a password may end with a space
                intIn(Setting.DB_POOL_SIZE, 1, 1000),
                oid(Setting.REPOSITORY_UNIQUE_ID),
                communityId(),
                maxDocumentBytes,
                maxMessageBytes,
                intIn(Setting.QUERY_MAX_RESULTS, 1, 1_000_000),
                valueSets(),
                bool(Setting.UPDATE_ALLOW_PATIENT_CHANGE),
                security(),
                intIn(Setting.DOSSIER_RETENTION_YEARS, 1, 100),
                Duration.ofHours(intIn(Setting.DOSSIER_PURGE_INTERVAL_HOURS, 0, 24 * 366)),
                apiAuth(),
                audit(dataDir),
                notifications());
    }

    /** The webhook channel: off unless a URL is set; its other settings need one. */
    private NotifyConfig notifications() {
        Duration timeout = Duration.ofSeconds(intIn(Setting.NOTIFY_WEBHOOK_TIMEOUT_SECONDS, 1, 300));
        Duration maxRetryDelay = Duration.ofSeconds(intIn(Setting.NOTIFY_WEBHOOK_MAX_RETRY_DELAY_SECONDS, 1, 86_400));
        String secret = raw(Setting.NOTIFY_WEBHOOK_SECRET); // not trimmed, as passwords
        Optional<Path> trustStore = optionalPath(Setting.NOTIFY_WEBHOOK_TRUST_STORE);
        if (raw(Setting.NOTIFY_WEBHOOK_URL).isBlank()) {
            for (Setting needsUrl : List.of(Setting.NOTIFY_WEBHOOK_SECRET, Setting.NOTIFY_WEBHOOK_TRUST_STORE)) {
                if (!raw(needsUrl).isBlank()) {
                    throw new ConfigException(needsUrl.key() + " is set but " + Setting.NOTIFY_WEBHOOK_URL.key()
                            + " is empty: no webhook would use it");
                }
            }
            return new NotifyConfig(Optional.empty(), "", timeout, maxRetryDelay, Optional.empty(), "");
        }
        URI url = webhookUrl();
        if (trustStore.isPresent()) {
            if (!url.getScheme().equals("https")) {
                throw invalid(Setting.NOTIFY_WEBHOOK_TRUST_STORE, "only an https webhook uses a trust store");
            }
            if (!Files.isRegularFile(trustStore.get())) {
                throw invalid(Setting.NOTIFY_WEBHOOK_TRUST_STORE, trustStore.get() + " is not a file");
            }
        }
        if (secret.startsWith("whsec_")) {
            try {
                Base64.getDecoder().decode(secret.substring("whsec_".length()));
            } catch (IllegalArgumentException e) {
                throw invalid(Setting.NOTIFY_WEBHOOK_SECRET, "a secret starting with whsec_ goes on in base64");
            }
        }
        return new NotifyConfig(Optional.of(url), secret, timeout, maxRetryDelay, trustStore,
                raw(Setting.NOTIFY_WEBHOOK_TRUST_STORE_PASSWORD));
    }

    /** An absolute http or https URL with a host, and no credentials in it (they belong in the secret). */
    private URI webhookUrl() {
        URI url;
        try {
            url = new URI(raw(Setting.NOTIFY_WEBHOOK_URL).trim());
        } catch (URISyntaxException e) {
            throw invalid(Setting.NOTIFY_WEBHOOK_URL, "not a valid URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw invalid(Setting.NOTIFY_WEBHOOK_URL, "expected an http:// or https:// URL with a host");
        }
        if (url.getRawUserInfo() != null) {
            throw invalid(Setting.NOTIFY_WEBHOOK_URL, "credentials do not belong in the URL; use "
                    + Setting.NOTIFY_WEBHOOK_SECRET.key());
        }
        if (url.getRawFragment() != null) {
            throw invalid(Setting.NOTIFY_WEBHOOK_URL, "a URL to post to has no #fragment");
        }
        return url;
    }

    private ApiAuthConfig apiAuth() {
        Optional<ApiAuthConfig.TokenIssuer> patients = tokenIssuer(Setting.API_PATIENT_TOKENS_ISSUER,
                Setting.API_PATIENT_TOKENS_KEY);
        Optional<ApiAuthConfig.TokenIssuer> professionals = tokenIssuer(Setting.API_PROFESSIONAL_TOKENS_ISSUER,
                Setting.API_PROFESSIONAL_TOKENS_KEY);
        String audience = raw(Setting.API_TOKENS_AUDIENCE).trim();
        if ((patients.isPresent() || professionals.isPresent()) && audience.isEmpty()) {
            throw invalid(Setting.API_TOKENS_AUDIENCE, "must be set when a token issuer is set");
        }
        if (patients.isPresent() && professionals.isPresent()
                && patients.get().issuer().equals(professionals.get().issuer())) {
            // the issuer says whether a token names a patient or a professional
            throw invalid(Setting.API_PROFESSIONAL_TOKENS_ISSUER, "must differ from "
                    + Setting.API_PATIENT_TOKENS_ISSUER.key());
        }
        return new ApiAuthConfig(patients, professionals, audience);
    }

    /** An issuer and its key file, both or neither. */
    private Optional<ApiAuthConfig.TokenIssuer> tokenIssuer(Setting issuerSetting, Setting keySetting) {
        String issuer = raw(issuerSetting).trim();
        String key = raw(keySetting).trim();
        if (issuer.isEmpty() && key.isEmpty()) {
            return Optional.empty();
        }
        if (issuer.isEmpty()) {
            throw invalid(issuerSetting, "must be set with " + keySetting.key());
        }
        if (key.isEmpty()) {
            throw invalid(keySetting, "must be set with " + issuerSetting.key());
        }
        Path file = path(keySetting);
        if (!Files.isRegularFile(file)) {
            throw invalid(keySetting, "expected a PEM or JWK set file; " + file + " is not a file");
        }
        return Optional.of(new ApiAuthConfig.TokenIssuer(issuer, file));
    }

    private SecurityConfig security() {
        return new SecurityConfig(
                Optional.of(raw(Setting.SECURITY_ANONYMOUS_ACTOR).trim()).filter(s -> !s.isEmpty()),
                optionalPath(Setting.SECURITY_TRUST_STORE),
                raw(Setting.SECURITY_TRUST_STORE_PASSWORD),
                Duration.ofSeconds(intIn(Setting.SECURITY_CLOCK_SKEW_SECONDS, 0, 86_400)),
                nonBlank(Setting.SECURITY_RESOURCE_URN),
                optionalPath(Setting.POLICY_MATRIX));
    }

    /** HTTPS when a key store is set; its files must exist, and a trust store makes it mutual. */
    private Optional<ServerTlsConfig> serverTls() {
        if (raw(Setting.SERVER_TLS_KEY_STORE).isBlank()) {
            if (!raw(Setting.SERVER_TLS_TRUST_STORE).isBlank()) {
                throw new ConfigException(Setting.SERVER_TLS_TRUST_STORE.key() + " needs "
                        + Setting.SERVER_TLS_KEY_STORE.key() + ": client certificates are asked for over HTTPS only");
            }
            return Optional.empty();
        }
        String clientAuth = raw(Setting.SERVER_TLS_CLIENT_AUTH).trim().toUpperCase(Locale.ROOT);
        if (!clientAuth.equals("NEED") && !clientAuth.equals("WANT")) {
            throw invalid(Setting.SERVER_TLS_CLIENT_AUTH, "need or want");
        }
        return Optional.of(new ServerTlsConfig(existingFile(Setting.SERVER_TLS_KEY_STORE),
                raw(Setting.SERVER_TLS_KEY_STORE_PASSWORD),
                raw(Setting.SERVER_TLS_TRUST_STORE).isBlank() ? Optional.empty()
                        : Optional.of(existingFile(Setting.SERVER_TLS_TRUST_STORE)),
                raw(Setting.SERVER_TLS_TRUST_STORE_PASSWORD), ServerTlsConfig.ClientAuth.valueOf(clientAuth)));
    }

    private Path existingFile(Setting setting) {
        Path file = path(setting);
        if (!Files.isRegularFile(file)) {
            throw invalid(setting, file + " is not a file");
        }
        return file;
    }

    /** A path, or empty when the setting is blank. */
    private Optional<Path> optionalPath(Setting setting) {
        return raw(setting).isBlank() ? Optional.empty() : Optional.of(path(setting));
    }

    private AuditConfig audit(Path dataDir) {
        List<SyslogDestination> repositories = new ArrayList<>();
        for (String item : raw(Setting.AUDIT_REPOSITORIES).split(",")) {
            if (!item.isBlank()) {
                try {
                    repositories.add(SyslogDestination.parse(item));
                } catch (IllegalArgumentException e) {
                    throw invalid(Setting.AUDIT_REPOSITORIES, e.getMessage());
                }
            }
        }
        boolean tls = repositories.stream().anyMatch(r -> r.protocol() == SyslogDestination.Protocol.TLS);
        return new AuditConfig(repositories,
                auditStore(Setting.AUDIT_TLS_KEY_STORE, tls), raw(Setting.AUDIT_TLS_KEY_STORE_PASSWORD),
                auditStore(Setting.AUDIT_TLS_TRUST_STORE, tls), raw(Setting.AUDIT_TLS_TRUST_STORE_PASSWORD),
                lookup(Setting.AUDIT_SPOOL_DIR).isPresent() ? path(Setting.AUDIT_SPOOL_DIR)
                        : dataDir.resolve("audit-spool"),
                lookup(Setting.AUDIT_SOURCE_ID).map(v -> nonBlank(Setting.AUDIT_SOURCE_ID)),
                Duration.ofSeconds(intIn(Setting.AUDIT_STOP_GRACE_SECONDS, 0, 3_600)), auditListen());
    }

    /** The audit record repository: off unless a port is set; TLS needs both stores, as it is mutual. */
    private AuditConfig.Listen auditListen() {
        OptionalInt tlsPort = optionalPort(Setting.AUDIT_LISTEN_TLS_PORT);
        OptionalInt udpPort = optionalPort(Setting.AUDIT_LISTEN_UDP_PORT);
        return new AuditConfig.Listen(nonBlank(Setting.AUDIT_LISTEN_HOST), tlsPort, udpPort,
                listenStore(Setting.AUDIT_LISTEN_KEY_STORE, tlsPort.isPresent()),
                raw(Setting.AUDIT_LISTEN_KEY_STORE_PASSWORD),
                listenStore(Setting.AUDIT_LISTEN_TRUST_STORE, tlsPort.isPresent()),
                raw(Setting.AUDIT_LISTEN_TRUST_STORE_PASSWORD));
    }

    /** A port from 1 to 65535; empty or 0 means off. */
    private OptionalInt optionalPort(Setting setting) {
        if (raw(setting).isBlank()) {
            return OptionalInt.empty();
        }
        int port = intIn(setting, 0, 65535);
        return port == 0 ? OptionalInt.empty() : OptionalInt.of(port);
    }

    private Optional<Path> listenStore(Setting setting, boolean required) {
        if (raw(setting).isBlank()) {
            if (required) {
                throw new ConfigException(setting.key() + " must be set: " + Setting.AUDIT_LISTEN_TLS_PORT.key()
                        + " is set, and syslog over TLS is mutual (the repository presents its certificate and checks"
                        + " the sender's)");
            }
            return Optional.empty();
        }
        return Optional.of(existingFile(setting));
    }

    /** A TLS store file: required (mutual TLS) when a tls:// audit repository is configured, and must exist. */
    private Optional<Path> auditStore(Setting setting, boolean required) {
        if (raw(setting).isBlank()) {
            if (required) {
                throw new ConfigException(setting.key() + " must be set: " + Setting.AUDIT_REPOSITORIES.key()
                        + " names a tls:// repository, and syslog over TLS is mutual (the node presents its"
                        + " certificate and checks the repository's)");
            }
            return Optional.empty();
        }
        return Optional.of(existingFile(setting));
    }

    private static String defaultDbUrl(Path dataDir) {
        // Absolute: H2 refuses file paths implicitly relative to the working directory.
        return "jdbc:h2:file:" + dataDir.resolve("registry").resolve("carnet") + H2_OPTIONS;
    }

    private static Setting known(String key, String source) {
        return Setting.byKey(key).orElseThrow(() -> new ConfigException(
                "unknown setting '" + key + "' in " + source + "; known settings: " + Setting.knownKeys()));
    }

    /** The effective value, from the strongest source that has one, else the default. */
    private Optional<Value> lookup(Setting setting) {
        for (Map<Setting, Value> layer : List.of(fromOverrides, fromOptions, fromFile)) {
            Value value = layer.get(setting);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return setting.defaultValue().map(d -> new Value(d, "defaults"));
    }

    private Value value(Setting setting) {
        return lookup(setting).orElseThrow(() -> new IllegalStateException("no value for " + setting.key()));
    }

    private String raw(Setting setting) {
        return value(setting).raw();
    }

    private String nonBlank(Setting setting) {
        String raw = raw(setting).trim();
        if (raw.isEmpty()) {
            throw invalid(setting, "must not be empty");
        }
        return raw;
    }

    private int intIn(Setting setting, int min, int max) {
        long value = longAtLeast(setting, min);
        if (value > max) {
            throw invalid(setting, "expected an integer from " + min + " to " + max);
        }
        return (int) value;
    }

    private long longAtLeast(Setting setting, long min) {
        long value;
        try {
            value = Long.parseLong(raw(setting).trim());
        } catch (NumberFormatException e) {
            throw invalid(setting, "expected an integer");
        }
        if (value < min) {
            throw invalid(setting, "expected an integer of at least " + min);
        }
        return value;
    }

    private Path path(Setting setting) {
        try {
            return Path.of(nonBlank(setting)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw invalid(setting, "not a valid path");
        }
    }

    private String oid(Setting setting) {
        String raw = nonBlank(setting);
        if (!isOid(raw)) {
            throw invalid(setting, "expected an OID such as 1.2.3.4 (at most " + OID_MAX_LENGTH + " characters)");
        }
        return raw;
    }

    private Optional<String> communityId() {
        String raw = raw(Setting.HOME_COMMUNITY_ID).trim();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.startsWith(URN_OID) || !isOid(raw.substring(URN_OID.length()))) {
            throw invalid(Setting.HOME_COMMUNITY_ID, "expected urn:oid: followed by an OID");
        }
        return Optional.of(raw);
    }

    /**
     * {@code default}, {@code any}, or an existing folder made absolute. Only the folder's existence is checked
     * here; its files are read, and refused if broken, when the node loads them.
     */
    private String valueSets() {
        String raw = nonBlank(Setting.CODES_VALUE_SETS);
        if (raw.equals(ValueSets.DEFAULT) || raw.equals(ValueSets.ANY)) {
            return raw;
        }
        Path dir = path(Setting.CODES_VALUE_SETS);
        if (!Files.isDirectory(dir)) {
            throw invalid(Setting.CODES_VALUE_SETS, "expected " + ValueSets.DEFAULT + ", " + ValueSets.ANY
                    + " or an existing folder of IHE SVS value-set files; " + dir + " is not a folder");
        }
        return dir.toString();
    }

    private boolean bool(Setting setting) {
        String value = nonBlank(setting);
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(setting, "expected true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static boolean isOid(String s) {
        return s.length() <= OID_MAX_LENGTH && OID.matcher(s).matches();
    }

    private ConfigException invalid(Setting setting, String expectation) {
        Value value = value(setting);
        String key = setting.key().toLowerCase(Locale.ROOT);
        String shown = key.contains("password") || key.contains("secret") ? Secrets.MASK : value.raw();
        return new ConfigException("invalid value '" + shown + "' for " + setting.key() + " (from " + value.source()
                + "): " + expectation);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
