package org.carnet.server;

import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_PARTIAL_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carnet.common.SampleData;
import org.carnet.common.StoredQueryRequests;
import org.carnet.common.TestClock;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.error.ErrorCode;
import org.carnet.common.metadata.Submission;
import org.carnet.common.policy.AccessDecider;
import org.carnet.common.policy.AuthorisationMatrix;
import org.carnet.common.policy.DossierManagementDecider;
import org.carnet.common.transaction.Transaction;
import org.carnet.common.transaction.TransactionEvent.Outcome;
import org.carnet.common.transaction.TransactionListener;
import org.carnet.common.transaction.TransactionListeners;
import org.carnet.common.transaction.Transactions;
import org.carnet.common.validation.CodeRules;
import org.carnet.registry.access.DossierAccessPolicy;
import org.carnet.registry.audit.AuditStore;
import org.carnet.registry.audit.AuditStoreListener;
import org.carnet.registry.audit.DocumentPatients;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.patient.DossierProfessionals;
import org.carnet.registry.patient.DossierRetention;
import org.carnet.registry.patient.PatientNotifications;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.registry.register.RegisterService;
import org.carnet.registry.store.RegistryStore;
import org.carnet.repository.provide.HashAndSizeCheck;
import org.carnet.repository.provide.ProvideAndRegisterService;
import org.carnet.repository.retrieve.RetrieveService;
import org.carnet.repository.store.FileDocumentStore;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.server.api.AccessLogHandlers;
import org.carnet.server.api.DocumentHandlers;
import org.carnet.server.api.DossierLifeHandlers;
import org.carnet.server.api.DossierOperations;
import org.carnet.server.api.DossierServlet;
import org.carnet.server.api.NotificationHandlers;
import org.carnet.server.api.ProfessionalStandingHandlers;
import org.carnet.server.config.Settings;
import org.carnet.server.http.HttpServer;
import org.carnet.wsdl.ihe.DocumentRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetRequestType;
import org.carnet.wsdl.ihe.RetrieveDocumentSetResponseType;
import org.carnet.wsdl.query.AdhocQueryResponse;
import org.carnet.wsdl.rs.RegistryError;
import org.carnet.wsdl.rs.RegistryResponseType;

/**
 * The node's registry, repository, access policy, audit trail and dossier API wired as {@link Node} wires them,
 * over an in-memory H2 and a clock the script sets, with the transactions run as the SOAP ports run them but for
 * any {@link Caller} named by the script (no VIHF to sign). The HTTP API is served for real, its caller named by
 * {@link TestCallerFilter}.
 */
final class ScriptedNode implements AutoCloseable {
    static final String DAY = "2025-03-04T";

    private final TestClock clock = new TestClock(Instant.parse(DAY + "00:00:00Z"));
    private final Database database;
    private final StoredQueryService queries;
    private final ProvideAndRegisterService provide;
    private final RetrieveService retrieve;
    private final Transactions transactions;
    private final RepositoryIndex index;
    private final FileDocumentStore documents;
    private final PendingSubmissions pending;
    private final HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();

    ScriptedNode(Path root, Map<String, Caller> apiCallers) throws IOException {
        database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", 4);
        database.migrate("registry");
        database.migrate("repository");
        AuditStore audit = new AuditStore(database);
        TransactionListener listeners = new TransactionListeners(List.of(
                new AuditStoreListener(audit, new DocumentPatients(database))));
        transactions = new Transactions(listeners, clock);

        RegistryStore store = new RegistryStore();
        DossierDirectory dossiers = new DossierDirectory(database, clock);
        PatientNotifications notifications = new PatientNotifications(database, clock);
        DossierAccessPolicy policy = new DossierAccessPolicy(database, new AccessDecider(AuthorisationMatrix.defaults()),
                dossiers, notifications);
        RegisterService register = new RegisterService(database, store, policy, CodeRules.acceptAny(), false, clock);
        queries = new StoredQueryService(database, store, policy, 100);
        Path documentsDir = root.resolve("documents");
        documents = new FileDocumentStore(documentsDir, FileDocumentStore.NO_LIMIT);
        index = new RepositoryIndex(database);
        pending = new PendingSubmissions(documentsDir);
        provide = new ProvideAndRegisterService(SampleData.REPOSITORY_ID, documents,
                pending, index, new InProcessRegistryClient(register, database, store),
                List.of(new HashAndSizeCheck()), CodeRules.acceptAny(), clock);
        retrieve = new RetrieveService(SampleData.REPOSITORY_ID, documents, index, policy);

        http = new HttpServer(new Settings().override("server.host", "127.0.0.1").override("server.port", "0")
                .override("data.dir", root.toString()).build());
        // the dossier API as Node.addApi serves it, the caller named by the test instead of a token
        http.addFilter("/api/*", new TestCallerFilter(apiCallers));
        DossierOperations operations = new DossierOperations(transactions, new DossierManagementDecider(), dossiers);
        http.addServlet("/api/dossiers/*", new DossierServlet(
                new DossierLifeHandlers(operations, dossiers, new DossierRetention(10)),
                new ProfessionalStandingHandlers(operations, dossiers, new DossierProfessionals(database, clock)),
                new NotificationHandlers(operations, dossiers, notifications),
                new DocumentHandlers(transactions, queries, retrieve, SampleData.REPOSITORY_ID),
                new AccessLogHandlers(transactions, dossiers, audit)));
        http.start();
    }

    /** The time of day, {@code HH:mm}, until set again. */
    ScriptedNode at(String time) {
        clock.set(Instant.parse(DAY + time + ":00Z"));
        return this;
    }

    /** Sets the clock to any instant, e.g. years later. */
    ScriptedNode on(Instant instant) {
        clock.set(instant);
        return this;
    }

    /** The retention purge as the node schedules it, run now; how many dossiers it erased. */
    int purge(int retentionYears) {
        return purger(retentionYears).run();
    }

    DossierPurge purger(int retentionYears) {
        return new DossierPurge(database, index, documents, pending, new DossierRetention(retentionYears),
                transactions, clock);
    }

    Database database() {
        return database;
    }

    /** An API request as the named test caller; {@code body} is JSON or null. */
    HttpResponse<String> api(String method, String path, String callerName, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header(TestCallerFilter.HEADER, callerName);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code /api/dossiers/<encoded patient id><rest>} */
    static String dossier(String patient, String rest) {
        return "/api/dossiers/" + URLEncoder.encode(patient, StandardCharsets.UTF_8) + rest;
    }

    /** ITI-41, as DocumentRepositoryPort runs it. */
    Outcome provide(Caller caller, Submission submission, Map<String, byte[]> documentsByEntryId) {
        ProvideAndRegisterDocumentSetRequestType request = new ProvideAndRegisterDocumentSetRequestType();
        request.setSubmitObjectsRequest(SubmissionMapper.toEbRim(submission));
        documentsByEntryId.forEach((id, bytes) -> {
            ProvideAndRegisterDocumentSetRequestType.Document d = new ProvideAndRegisterDocumentSetRequestType.Document();
            d.setId(id);
            d.setValue(bytes);
            request.getDocument().add(d);
        });
        return transactions.run(Transaction.ITI_41, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            provide.provide(request, caller, tx);
            return Outcome.SUCCESS;
        }, failure -> Outcome.FAILURE);
    }

    /** ITI-18 FindDocuments (Approved), as DocumentRegistryPort runs it. */
    AdhocQueryResponse findDocuments(Caller caller, String patient) {
        return transactions.run(Transaction.ITI_18, caller, ErrorCode.REGISTRY_ERROR,
                tx -> queries.query(StoredQueryRequests.request(StoredQueryRequests.FIND_DOCUMENTS, "LeafClass",
                        "$XDSDocumentEntryPatientId", "'" + patient + "'", "$XDSDocumentEntryStatus",
                        StoredQueryRequests.APPROVED), caller, tx),
                failure -> null);
    }

    /** ITI-43, as DocumentRepositoryPort runs it. */
    RetrieveDocumentSetResponseType retrieve(Caller caller, String... documentUniqueIds) {
        RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
        for (String id : documentUniqueIds) {
            DocumentRequestType r = new DocumentRequestType();
            r.setRepositoryUniqueId(SampleData.REPOSITORY_ID);
            r.setDocumentUniqueId(id);
            request.getDocumentRequest().add(r);
        }
        return transactions.run(Transaction.ITI_43, caller, ErrorCode.REPOSITORY_ERROR, tx -> {
            request.getDocumentRequest().stream().map(DocumentRequestType::getDocumentUniqueId).forEach(tx::document);
            RetrieveDocumentSetResponseType response = retrieve.retrieve(request, caller);
            RegistryResponseType status = response.getRegistryResponse();
            tx.outcome(outcome(status.getStatus()), status.getRegistryErrorList() == null ? List.of()
                    : status.getRegistryErrorList().getRegistryError().stream().map(RegistryError::getErrorCode)
                    .distinct().toList());
            return response;
        }, failure -> null);
    }

    private static Outcome outcome(String status) {
        return switch (status) {
            case RESPONSE_SUCCESS -> Outcome.SUCCESS;
            case RESPONSE_PARTIAL_SUCCESS -> Outcome.PARTIAL_SUCCESS;
            case RESPONSE_FAILURE -> Outcome.FAILURE;
            default -> throw new IllegalStateException("unknown response status " + status);
        };
    }

    /** {@code GET /api/dossiers/{patient}/access-log?query} as the named test caller. */
    HttpResponse<String> accessLog(String callerName, String patient, String query)
            throws IOException, InterruptedException {
        return api("GET", dossier(patient, "/access-log" + (query.isEmpty() ? "" : "?" + query)), callerName, null);
    }

    @Override
    public void close() {
        http.stop();
        try (Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        database.close();
    }
}
