package org.carnet.benchmark;

import static org.carnet.common.StoredQueryRequests.APPROVED;
import static org.carnet.common.StoredQueryRequests.FIND_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.GET_DOCUMENTS;
import static org.carnet.common.StoredQueryRequests.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.carnet.common.SampleData;
import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.codes.ValueSets;
import org.carnet.common.db.Database;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.metadata.DocumentEntry;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.AuthorisationMatrix;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.validation.Profile;
import org.carnet.registry.access.DossierAccessPolicy;
import org.carnet.registry.patient.DossierDirectory;
import org.carnet.registry.query.StoredQueryService;
import org.carnet.registry.register.RegisterService;
import org.carnet.registry.store.RegistryStore;
import org.carnet.wsdl.query.AdhocQueryRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a fresh registry on the embedded H2 file database with {@code benchmark.entries} document entries over
 * {@code benchmark.patients} patients, through ITI-42 as the node runs it (validation, mapping, access check, one
 * transaction per submission), then times ITI-18 FindDocuments and GetDocuments, one query at a time, as the node
 * answers them (LeafClass), on the database reopened with the node's options. Prints markdown tables for the
 * README. The database is left in {@code benchmark.dir} for inspection and deleted at the next run.
 *
 * <p>The fill runs with H2's default write delay (500 ms) instead of the node's {@code WRITE_DELAY=0}: with no
 * delay H2 runs no background writer, and so never compacts its file while it is open; measured here, the file
 * then grew by about 94 KB per registered entry (9.4 GB for 100,000 entries, 374 MB after {@code SHUTDOWN
 * COMPACT}), which for a million entries is more than this machine's disk. The write delay changes when pages
 * reach the disk, not the SQL, so the queries are timed with the node's options.
 *
 * <p>Not a test: {@code mvn -B -q install -DskipTests -DskipITs && mvn -B -pl benchmark exec:exec}.
 */
public final class RegistryBenchmark {
    private static final Logger log = LoggerFactory.getLogger(RegistryBenchmark.class);

    /** The node's H2 options (server Settings), for the queries. */
    static final String NODE_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    /** The fill's: H2's default write delay, so that H2 keeps its file compact (see the class comment). */
    /** Overridable with -Dbenchmark.fillOptions, to measure other H2 settings for the fill. */
    static final String FILL_OPTIONS = System.getProperty("benchmark.fillOptions",
            NODE_OPTIONS.replace("WRITE_DELAY=0", "WRITE_DELAY=500"));
    static final int NODE_POOL_SIZE = 10;
    static final int NODE_MAX_RESULTS = 1000;
    static final int DOCUMENTS_PER_SUBMISSION = 5;
    static final int WARM_UP = 500;

    private static final Caller CALLER = Caller.system("benchmark", "127.0.0.1");
    /** A nurse authorised on every dossier: her scope reads the DMP access tables (issue 5). */
    private static final Actor NURSE = Actor.professional("810000000002", "60", null, "499900000002001");
    private static final String CLASS_SCHEME = "1.2.250.1.213.1.1.4.1";
    private static final String LOINC = "2.16.840.1.113883.6.1";
    private static final List<Code> CLASS_CODES = List.of(new Code("10", CLASS_SCHEME, "Compte rendu"),
            new Code("11", CLASS_SCHEME, "Synthèse"), new Code("13", CLASS_SCHEME, "Imagerie médicale"),
            new Code("21", CLASS_SCHEME, "Prescription"));
    private static final List<Code> TYPE_CODES = List.of(new Code("11502-2", LOINC, "Laboratory report"),
            new Code("34112-3", LOINC, "Hospital note"), new Code("18748-4", LOINC, "Diagnostic imaging study"),
            new Code("57833-6", LOINC, "Prescription"));
    /** Creation times fall in 2014–2023; the time-filtered FindDocuments asks for [2018, 2021). */
    private static final int FIRST_YEAR = 2014;
    private static final int YEARS = 10;

    private final int entries;
    private final int patients;
    private final int queries;
    private final int threads;
    private final Path dir;
    private final Random random = new Random(42);

    RegistryBenchmark(int entries, int patients, int queries, int threads, Path dir) {
        if (patients < 1 || entries < patients) {
            throw new IllegalArgumentException("need at least one patient and one entry per patient");
        }
        this.entries = entries;
        this.patients = patients;
        this.queries = queries;
        this.threads = threads;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        new RegistryBenchmark(Integer.getInteger("benchmark.entries", 1_000_000),
                Integer.getInteger("benchmark.patients", 100_000),
                Integer.getInteger("benchmark.queries", 2_000),
                Integer.getInteger("benchmark.threads", 2),
                Path.of(System.getProperty("benchmark.dir", "target/benchmark-db")).toAbsolutePath()).run();
    }

    void run() throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.resolve("carnet");

        long fillNanos;
        try (Database database = new Database(url + FILL_OPTIONS, "sa", "", NODE_POOL_SIZE)) {
            database.migrate("registry");
            fillNanos = fill(database);
        }
        long filledBytes = sizeOnDisk(dir);

        // Queries on a database reopened as the node opens it, so that nothing of the fill is still in memory.
        List<Result> results;
        long heapBytes;
        try (Database database = new Database(url + NODE_OPTIONS, "sa", "", NODE_POOL_SIZE)) {
            StoredQueryService service = queryService(database);
            results = List.of(
                    time(service, "FindDocuments: patient, Approved", this::findDocuments),
                    time(service, "FindDocuments: patient, Approved, as an authorised nurse (VIHF)",
                            this::findDocumentsAsNurse),
                    time(service, "FindDocuments: + classCode, creationTime range", this::findDocumentsFiltered),
                    time(service, "GetDocuments: 1 uniqueId", () -> getDocuments(1)),
                    time(service, "GetDocuments: 10 uniqueIds", () -> getDocuments(10)));
            heapBytes = heapUsedAfterGc();
        }
        log.info("compacting the database (SHUTDOWN COMPACT)");
        try (Connection c = DriverManager.getConnection(url + NODE_OPTIONS, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        report(fillNanos, filledBytes, sizeOnDisk(dir), heapBytes, results);
    }

    // ---- fill ------------------------------------------------------------------------------------------------

    /** Registers every patient's entries, {@code threads} patients at a time; returns the time it took. */
    private long fill(Database database) throws Exception {
        DossierDirectory dossiers = new DossierDirectory(database, Clock.systemUTC());
        RegisterService register = new RegisterService(database, new RegistryStore(),
                DossierAccessPolicy.of(database, AuthorisationMatrix.defaults(), Clock.systemUTC()),
                new CodeRules(ValueSets.defaults()), false, Clock.systemUTC());
        AtomicLong registered = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < patients; p++) {
                int patient = p;
                done.add(pool.submit(() -> {
                    registerPatient(database, dossiers, register, patient);
                    return registered.addAndGet(entriesOf(patient));
                }));
            }
            long nextLog = start;
            for (Future<?> f : done) {
                f.get();
                if (System.nanoTime() - nextLog > TimeUnit.SECONDS.toNanos(30)) {
                    nextLog = System.nanoTime();
                    long n = registered.get();
                    log.info("{} entries registered ({} entries/s)", n, rate(n, nextLog - start));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;
        log.info("filled: {} entries over {} patients in {} s ({} entries/s)", entries, patients,
                nanos / 1_000_000_000, rate(entries, nanos));
        return nanos;
    }

    private static void authorise(Database database, String patientKey) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO dossier_professional (patient_key, "
                     + "professional_id, relation, granted_by, since) VALUES (?, ?, 'AUTHORISED', 'benchmark', ?)")) {
            s.setString(1, patientKey);
            s.setString(2, NURSE.nationalId());
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private void registerPatient(Database database, DossierDirectory dossiers, RegisterService register, int patient)
            throws SQLException {
        String patientId = patientId(patient);
        dossiers.open(new Cx(patientId));
        authorise(database, new Cx(patientId).key());
        Random random = new Random(patient);
        int count = entriesOf(patient);
        for (int first = 0; first < count; first += DOCUMENTS_PER_SUBMISSION) {
            List<DocumentEntry> submitted = new ArrayList<>();
            for (int n = first; n < Math.min(count, first + DOCUMENTS_PER_SUBMISSION); n++) {
                submitted.add(SampleData.documentEntry("Document" + (n - first + 1), patientId)
                        .uniqueId(uniqueId(patient, n))
                        .classCode(CLASS_CODES.get(random.nextInt(CLASS_CODES.size())))
                        .typeCode(TYPE_CODES.get(random.nextInt(TYPE_CODES.size())))
                        .creationTime(String.format("%04d%02d%02d%02d%02d00", FIRST_YEAR + random.nextInt(YEARS),
                                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)))
                        .hash("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d").size(5L)
                        .repositoryUniqueId(SampleData.REPOSITORY_ID)
                        .build());
            }
            register.register(SubmissionMapper.toEbRim(SampleData.submission(patientId, submitted)), CALLER,
                    Profile.ITI_42, new TransactionContext());
        }
    }

    /** Entries are spread evenly; the first {@code entries % patients} patients get one more. */
    private int entriesOf(int patient) {
        return entries / patients + (patient < entries % patients ? 1 : 0);
    }

    private static String patientId(int patient) {
        return String.format("2%014d^^^&1.2.250.1.213.1.4.10&ISO^NH", patient);
    }

    /** Known without being stored, so that GetDocuments can ask for any registered entry. */
    private static String uniqueId(int patient, int n) {
        return "1.2.250.1.999.1.1.7898.9." + patient + "." + n;
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    private static StoredQueryService queryService(Database database) {
        return new StoredQueryService(database, new RegistryStore(), DossierAccessPolicy.of(database,
                AuthorisationMatrix.defaults(), Clock.systemUTC()), NODE_MAX_RESULTS);
    }

    /** A query and who asks it. */
    record Query(AdhocQueryRequest request, Caller caller) {
    }

    private Query findDocuments() {
        return new Query(findDocumentsOf(patientId(random.nextInt(patients))), CALLER);
    }

    /** As a professional whose VIHF opens the patient's dossier. */
    private Query findDocumentsAsNurse() {
        String patient = patientId(random.nextInt(patients));
        return new Query(findDocumentsOf(patient), new Caller(NURSE, "nurse", AccessMode.NORMAL, null,
                NURSE.structureId(), "127.0.0.1", new Cx(patient).key()));
    }

    private static AdhocQueryRequest findDocumentsOf(String patient) {
        return request(FIND_DOCUMENTS, "LeafClass", "$XDSDocumentEntryPatientId", "'" + patient + "'",
                "$XDSDocumentEntryStatus", APPROVED);
    }

    private Query findDocumentsFiltered() {
        Code classCode = CLASS_CODES.get(random.nextInt(CLASS_CODES.size()));
        return new Query(request(FIND_DOCUMENTS, "LeafClass",
                "$XDSDocumentEntryPatientId", "'" + patientId(random.nextInt(patients)) + "'",
                "$XDSDocumentEntryStatus", APPROVED,
                "$XDSDocumentEntryClassCode", "('" + classCode.code() + "^^" + classCode.codingScheme() + "')",
                "$XDSDocumentEntryCreationTimeFrom", "2018",
                "$XDSDocumentEntryCreationTimeTo", "2021"), CALLER);
    }

    /** {@code count} entries of one patient (GetDocuments answers a single patient's objects). */
    private Query getDocuments(int count) {
        int patient = random.nextInt(patients);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add("'" + uniqueId(patient, n % entriesOf(patient)) + "'");
        }
        return new Query(request(GET_DOCUMENTS, "LeafClass", "$XDSDocumentEntryUniqueId",
                "(" + String.join(",", ids.stream().distinct().toList()) + ")"), CALLER);
    }

    /** Runs {@link #WARM_UP} untimed queries, then {@code queries} timed ones, one after the other. */
    private Result time(StoredQueryService service, String name, Supplier<Query> requests) {
        for (int i = 0; i < WARM_UP; i++) {
            Query q = requests.get();
            service.query(q.request(), q.caller(), new TransactionContext());
        }
        long[] nanos = new long[queries];
        long objects = 0;
        for (int i = 0; i < queries; i++) {
            Query q = requests.get();
            long start = System.nanoTime();
            var response = service.query(q.request(), q.caller(), new TransactionContext());
            nanos[i] = System.nanoTime() - start;
            objects += response.getRegistryObjectList().getIdentifiable().size();
        }
        Arrays.sort(nanos);
        log.info("{}: done", name);
        return new Result(name, nanos, (double) objects / queries);
    }

    record Result(String name, long[] sortedNanos, double meanObjects) {
        /** Nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }
    }

    // ---- report ----------------------------------------------------------------------------------------------

    private void report(long fillNanos, long filledBytes, long compactBytes, long heapBytes, List<Result> results) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%n%,d document entries over %,d patients (%d per submission), embedded H2 file database;"
                        + " %d cores, -Xmx%,d MB, %d fill threads%n%n", entries, patients, DOCUMENTS_PER_SUBMISSION,
                runtime.availableProcessors(), runtime.maxMemory() >> 20, threads);
        System.out.printf("| fill (ITI-42) | on disk after the fill | after SHUTDOWN COMPACT | heap used (queries) |%n"
                + "|---|---|---|---|%n");
        System.out.printf("| %.1f min, %,d entries/s | %,d MB | %,d MB | %,d MB |%n%n", fillNanos / 60e9,
                rate(entries, fillNanos), filledBytes >> 20, compactBytes >> 20, heapBytes >> 20);
        System.out.printf("| ITI-18 query (LeafClass), %,d timed after %d warm-up | objects returned | median ms "
                + "| p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n", queries, WARM_UP);
        for (Result r : results) {
            System.out.printf("| %s | %.1f | %.2f | %.2f | %.2f | %.1f |%n", r.name(), r.meanObjects(),
                    r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100));
        }
        System.out.printf("%nDatabase kept in %s%n", dir);
    }

    private static long rate(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1_000_000_000L / nanos;
    }

    private static long heapUsedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
