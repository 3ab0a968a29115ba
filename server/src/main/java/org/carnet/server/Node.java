package org.carnet.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carnet.audit.AuditTrail;
import org.carnet.audit.repository.AuditRecordRepository;
import org.carnet.common.access.AccessPolicy;
import org.carnet.common.codes.ValueSets;
import org.carnet.common.db.Database;
import org.carnet.common.policy.AccessDecider;
import org.carnet.common.policy.AuthorisationMatrix;
import org.carnet.common.policy.DossierManagementDecider;
import org.carnet.common.transaction.TransactionListener;
import org.carnet.common.transaction.TransactionListeners;
import org.carnet.common.transaction.TransactionLog;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.CodeRules;
import org.carnet.registry.access.DossierAccessPolicy;
import org.carnet.registry.audit.AuditStore;
import org.carnet.registry.audit.AuditStoreListener;
import org.carnet.registry.audit.DocumentPatients;
import org.carnet.registry.delete.DeleteService;
import org.carnet.registry.endpoint.DocumentRegistryPort;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.DossierProfessionals;
import org.carnet.registry.patient.DossierRetention;
import org.carnet.registry.patient.PatientNotifications;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.registry.register.RegisterService;
import org.carnet.registry.store.RegistryStore;
import org.carnet.repository.endpoint.DocumentRepositoryPort;
import org.carnet.repository.provide.HashAndSizeCheck;
import org.carnet.repository.provide.ProvideAndRegisterService;
import org.carnet.repository.provide.ProvideRecovery;
import org.carnet.repository.remove.RemoveService;
import org.carnet.repository.retrieve.RetrieveService;
import org.carnet.repository.store.FileDocumentStore;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.server.api.AccessLogHandlers;
import org.carnet.server.api.DossierLifeHandlers;
import org.carnet.server.api.DossierOperations;
import org.carnet.server.api.DocumentHandlers;
import org.carnet.server.api.DossierServlet;
import org.carnet.server.api.NotificationHandlers;
import org.carnet.server.api.ProfessionalServlet;
import org.carnet.server.api.ProfessionalStandingHandlers;
import org.carnet.server.auth.ApiAuthenticationFilter;
import org.carnet.server.auth.TokenAuthenticator;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.ServerTlsConfig;
import org.carnet.server.http.AnonymousAccess;
import org.carnet.server.http.HealthServlet;
import org.carnet.server.http.HttpServer;
import org.carnet.server.notify.NodeNotifications;
import org.carnet.server.soap.CallerInterceptor;
import org.carnet.server.soap.Endpoints;
import org.carnet.server.soap.VihfVerifiers;

/**
 * The all-in-one node, wired by hand: database and migrations, registry, repository (after recovering what a
 * crash interrupted), the SOAP ports and the HTTP API, in that order. The seams later features plug into are
 * here: the {@link AccessPolicy}, the transaction listeners (the log line and the ATNA audit trail, which also
 * hears the node start and stop), the repository's submission checks (signature verification), the channel patient
 * notifications are sent through, and the database dialect (PostgreSQL).
 */
final class Node {
    private Node() {
    }

    static RunningNode start(NodeConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        Database database = new Database(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
        try {
            return start(config, database, Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static AuthorisationMatrix matrix(NodeConfig config) {
        return config.security().matrix().map(file -> {
            try {
                return AuthorisationMatrix.load(file);
            } catch (RuntimeException e) {
                throw new ConfigException("policy.matrix " + file + ": " + e.getMessage(), e);
            }
        }).orElseGet(AuthorisationMatrix::defaults);
    }

    private static ValueSets valueSets(NodeConfig config) {
        try {
            return ValueSets.fromSetting(config.valueSets());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("codes.valueSets: " + e.getMessage(), e);
        }
    }

    private static RunningNode start(NodeConfig config, Database database, Clock clock) throws IOException {
        NodeUrls urls = new NodeUrls();
        Optional<AuditTrail> audit = NodeAudit.open(config, urls, clock);
        Optional<AuditRecordRepository> auditRepository = Optional.empty();
        try {
            database.migrate("registry");
            database.migrate("repository");
            auditRepository = NodeAuditRepository.start(config, database, clock);
            return start(config, database, clock, urls, audit, auditRepository);
        } catch (IOException | RuntimeException e) {
            auditRepository.ifPresent(AuditRecordRepository::close);
            audit.ifPresent(AuditTrail::close);
            throw e;
        }
    }

    private static RunningNode start(NodeConfig config, Database database, Clock clock, NodeUrls urls,
                                     Optional<AuditTrail> audit, Optional<AuditRecordRepository> auditRepository)
            throws IOException {
        AuditStore auditStore = new AuditStore(database);
        List<TransactionListener> told = new ArrayList<>(List.of(new TransactionLog(),
                new AuditStoreListener(auditStore, new DocumentPatients(database))));
        audit.ifPresent(told::add);
        TransactionListener listeners = new TransactionListeners(told);
        Transactions transactions = new Transactions(listeners, clock);
        CallerInterceptor callers = new CallerInterceptor(VihfVerifiers.of(config.security(), clock),
                anonymousAccess(config), listeners, clock);

        RegistryStore store = new RegistryStore();
        DossierDirectory dossiers = new DossierDirectory(database, clock);
        PatientNotifications notifications = new PatientNotifications(database, clock);
        AccessPolicy policy = new DossierAccessPolicy(database, new AccessDecider(matrix(config)), dossiers,
                notifications);
        CodeRules codes = new CodeRules(valueSets(config));
        RegisterService register = new RegisterService(database, store, policy, codes,
                config.allowPatientIdChange(), clock);
        StoredQueryService queries = new StoredQueryService(database, store, policy, config.maxQueryResults());

        Path documentsDir = config.dataDir().resolve("documents");
        FileDocumentStore documents = new FileDocumentStore(documentsDir, config.maxDocumentBytes());
        PendingSubmissions pending = new PendingSubmissions(documentsDir);
        RepositoryIndex index = new RepositoryIndex(database);
        InProcessRegistryClient registry = new InProcessRegistryClient(register, database, store);
        try {
            new ProvideRecovery(documents, pending, index, registry).recover();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recover interrupted submissions", e);
        }
        ProvideAndRegisterService provide = new ProvideAndRegisterService(config.repositoryUniqueId(), documents,
                pending, index, registry, List.of(new HashAndSizeCheck()), codes, clock);
        RetrieveService retrieve = new RetrieveService(config.repositoryUniqueId(), documents, index, policy);
        NodeNotifications channel = NodeNotifications.of(config.notifications(), clock);

        HttpServer http = new HttpServer(config);
        urls.bind(http);
        http.addServlet(HttpServer.HEALTH_PATH, new HealthServlet(http::registryUrl, http::repositoryUrl));
        addApi(http, config, database, dossiers, notifications, transactions, clock,
                new DocumentHandlers(transactions, queries, retrieve, config.repositoryUniqueId()),
                new AccessLogHandlers(transactions, dossiers, auditStore));
        Endpoints.publish(http.bus(), HttpServer.REGISTRY_ADDRESS, new DocumentRegistryPort(register, queries,
                new DeleteService(database, store, policy), transactions), false, callers);
        Endpoints.publish(http.bus(), HttpServer.REPOSITORY_ADDRESS, new DocumentRepositoryPort(provide, retrieve,
                new RemoveService(config.repositoryUniqueId(), documents, index, pending, policy), transactions), true, callers);
        http.start();
        // closed last first once HTTP has stopped: the notification sender, the trail, then the audit repository,
        // then the database
        List<AutoCloseable> resources = new ArrayList<>(List.of(database));
        auditRepository.ifPresent(resources::add);
        if (audit.isPresent()) {
            AuditTrail trail = audit.get();
            trail.nodeStarted();
            trail.configurationLoaded(NodeAudit.settings(config));
            resources.add(() -> {
                trail.nodeStopping();
                trail.close();
            });
        }
        if (!config.dossierPurgeInterval().isZero()) {
            resources.add(new DossierPurge(database, index, documents, pending,
                    new DossierRetention(config.dossierRetentionYears()), transactions, clock)
                    .every(config.dossierPurgeInterval()));
        }
        // last to start, first to stop: nothing after it can fail the start, and it stops before the database
        channel.start(database, clock).ifPresent(resources::add);
        return new RunningNode(http, resources.toArray(AutoCloseable[]::new));
    }

    /** Acting without a credential needs a client certificate wherever the node asks for them (mutual TLS). */
    private static AnonymousAccess anonymousAccess(NodeConfig config) {
        return new AnonymousAccess(config.security().anonymousActor(),
                config.tls().map(ServerTlsConfig::mutual).orElse(false));
    }

    /** The HTTP API: authenticated by a filter on /api/*, every dossier operation decided by the policy, audited. */
    private static void addApi(HttpServer http, NodeConfig config, Database database, DossierDirectory dossiers,
                               PatientNotifications notifications, Transactions transactions, Clock clock,
                               DocumentHandlers documents, AccessLogHandlers accessLog) {
        http.addFilter("/api/*", new ApiAuthenticationFilter(
                TokenAuthenticator.of(config.apiAuth(), config.security().clockSkew(), clock),
                anonymousAccess(config)));
        DossierOperations operations = new DossierOperations(transactions, new DossierManagementDecider(), dossiers);
        ProfessionalStandingHandlers standing = new ProfessionalStandingHandlers(operations, dossiers,
                new DossierProfessionals(database, clock));
        http.addServlet("/api/dossiers/*", new DossierServlet(
                new DossierLifeHandlers(operations, dossiers, new DossierRetention(config.dossierRetentionYears())),
                standing,
                new NotificationHandlers(operations, dossiers, notifications), documents, accessLog));
        http.addServlet("/api/professionals/*", new ProfessionalServlet(standing));
    }
}
