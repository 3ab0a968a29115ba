package org.carnet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.carnet.common.db.Database;

/**
 * The node's configuration, built once by {@link Settings} and passed down by constructors.
 *
 * @param host               interface to listen on ({@code 0.0.0.0} for all)
 * @param tls                HTTPS on the port; empty: plain HTTP
 * @param port               HTTP port; 0 picks a free one
 * @param dataDir            absolute, normalised folder for the database and the document files
 * @param dbUrl              JDBC URL
 * @param dbUser             database user
 * @param dbPassword         database password (never printed by {@link #toString()})
 * @param dbPoolSize         maximum number of pooled connections
 * @param repositoryUniqueId this repository's OID
 * @param homeCommunityId    {@code urn:oid:...}, if this node belongs to a community
 * @param maxDocumentBytes   largest accepted document
 * @param maxMessageBytes    largest accepted HTTP request body
 * @param maxQueryResults    most objects one stored query may return (ITI-18 XDSTooManyResults above)
 * @param allowPatientIdChange whether an ITI-57 new version may move a document to another patient
 * @param valueSets          the accepted codes: {@code default}, {@code any}, or the absolute path of an existing
 *                           folder of SVS files; for {@code org.carnet.common.codes.ValueSets#fromSetting}
 * @param dossierRetentionYears years a closed dossier keeps its data
 * @param dossierPurgeInterval  time between two purges of the dossiers past their retention; zero: never purge
 * @param apiAuth            how callers of the HTTP API authenticate
 * @param audit              the ATNA audit trail and audit record repository
 * @param notifications      the channel patient notifications are sent through
 */
public record NodeConfig(
        String host,
        int port,
        Optional<ServerTlsConfig> tls,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        String repositoryUniqueId,
        Optional<String> homeCommunityId,
        long maxDocumentBytes,
        long maxMessageBytes,
        int maxQueryResults,
        String valueSets,
        boolean allowPatientIdChange,
        SecurityConfig security,
        int dossierRetentionYears,
        Duration dossierPurgeInterval,
        ApiAuthConfig apiAuth,
        AuditConfig audit,
        NotifyConfig notifications) {

    public NodeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(valueSets, "valueSets");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(dossierPurgeInterval, "dossierPurgeInterval");
        Objects.requireNonNull(apiAuth, "apiAuth");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(notifications, "notifications");
    }

    /** Like the generated one, but masks the password, and one in the URL: configurations end up in logs. */
    @Override
    public String toString() {
        return "NodeConfig[host=" + host + ", port=" + port + ", tls=" + tls.map(Object::toString).orElse("")
                + ", dataDir=" + dataDir + ", dbUrl=" + Database.redacted(dbUrl)
                + ", dbUser=" + dbUser + ", dbPassword=" + Secrets.masked(dbPassword)
                + ", dbPoolSize=" + dbPoolSize + ", repositoryUniqueId=" + repositoryUniqueId
                + ", homeCommunityId=" + homeCommunityId.orElse("") + ", maxDocumentBytes=" + maxDocumentBytes
                + ", maxMessageBytes=" + maxMessageBytes + ", maxQueryResults=" + maxQueryResults
                + ", valueSets=" + valueSets + ", allowPatientIdChange=" + allowPatientIdChange
                + ", security=" + security + ", dossierRetentionYears=" + dossierRetentionYears
                + ", dossierPurgeInterval=" + dossierPurgeInterval + ", apiAuth=" + apiAuth + ", audit=" + audit
                + ", notifications=" + notifications + "]";
    }
}
