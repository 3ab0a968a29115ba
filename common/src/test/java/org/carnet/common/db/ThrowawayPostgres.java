package org.carnet.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;

/**
 * A PostgreSQL cluster of the tests' own, one per test JVM: {@code initdb} into a temporary folder, started on a
 * free port on 127.0.0.1 with its unix socket inside that folder, stopped and deleted when the JVM exits. Each
 * test takes a database of its own in it ({@link #createDatabase()}).
 *
 * <p>The binaries are the highest {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql}
 * package, which {@code .ci/run} installs), else {@code initdb} on the PATH. {@code initdb} refuses to run as
 * root, so as root the cluster belongs to the {@code postgres} system user and every command runs through
 * {@code runuser}. When no PostgreSQL can be found or started this fails, naming why: a suite meant to run on
 * PostgreSQL must not pass without it.
 *
 * <p>Authentication: the superuser {@value #SUPERUSER} is trusted on loopback; any other role must give its
 * password (SCRAM), so that a test can prove a password reaches the server.
 */
public final class ThrowawayPostgres {
    public static final String SUPERUSER = "carnet";

    private static final String SYSTEM_USER = "postgres";
    private static final int START_ATTEMPTS = 3;
    private static final long MIN_MEMORY_BACKED_BYTES = 512L * 1024 * 1024;
    private static ThrowawayPostgres cluster;

    private final Path root;
    private final Path bin;
    private final boolean asSystemUser;
    private final Map<String, String> migratedTemplates = new HashMap<>();
    private int port;

    private ThrowawayPostgres(Path bin, boolean asSystemUser) throws IOException {
        this.bin = bin;
        this.asSystemUser = asSystemUser;
        this.root = Files.createTempDirectory(memoryBacked().orElse(Path.of(System.getProperty("java.io.tmpdir"))),
                "carnet-pg-");
    }

    /** The JVM's cluster, started on first use. */
    public static synchronized ThrowawayPostgres get() {
        if (cluster == null) {
            cluster = start();
        }
        return cluster;
    }

    private static ThrowawayPostgres start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("PostgreSQL is needed for these tests "
                + "and was not found: no /usr/lib/postgresql/*/bin/initdb and no initdb on the PATH. Install it "
                + "(Debian: apt-get install postgresql), as .ci/run does."));
        boolean root = new UnixSystem().getUid() == 0;
        ThrowawayPostgres pg;
        try {
            pg = new ThrowawayPostgres(bin, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "throwaway-postgres-stop"));
        try {
            pg.initAndStart();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start a throwaway PostgreSQL from " + bin + ": "
                    + e.getMessage(), e);
        }
        return pg;
    }

    /**
     * Linux's tmpfs, where creating a database (two checkpoints) takes a tenth of the time it takes on disk; unless
     * it is small, as a container's 64 MB default is (the cluster and a few databases take about 100 MB).
     */
    private static Optional<Path> memoryBacked() {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    && Files.getFileStore(shm).getUsableSpace() >= MIN_MEMORY_BACKED_BYTES
                    ? Optional.of(shm) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The highest {@code /usr/lib/postgresql/<major>/bin}, else the folder of {@code initdb} on the PATH. */
    static Optional<Path> binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> highest = versions
                        .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                        .map(v -> v.resolve("bin"));
                if (highest.isPresent()) {
                    return highest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "initdb"))
                .filter(Files::isExecutable)
                .map(initdb -> initdb.toAbsolutePath().getParent())
                .findFirst();
    }

    private void initAndStart() throws IOException {
        if (asSystemUser) {
            UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
            try {
                Files.setOwner(root, users.lookupPrincipalByName(SYSTEM_USER));
            } catch (IOException e) {
                throw new IOException("running as root, the cluster must belong to the '" + SYSTEM_USER
                        + "' system user, which could not be used (" + e + ")", e);
            }
        }
        run("initdb", "-D", data().toString(), "-U", SUPERUSER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
        // replaces initdb's trust-all (it wants a superuser password for anything else): the superuser alone is
        // trusted on loopback, every other role proves its password
        Files.writeString(data().resolve("pg_hba.conf"), """
                local all all trust
                host all %s 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                """.formatted(SUPERUSER), StandardCharsets.UTF_8);
        // durability is worthless here and costs time; the socket stays in our folder, not in /var/run
        Files.writeString(data().resolve("postgresql.conf"), """
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '%s'
                max_connections = 200
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                """.formatted(root), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            port = freePort(); // another process may take it before the server binds: then try another
            try {
                run("pg_ctl", "-D", data().toString(), "-l", root.resolve("server.log").toString(), "-w",
                        "-t", "60", "-o", "-p " + port, "start");
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private Path data() {
        return root.resolve("data");
    }

    /** JDBC URL of {@code database} in this cluster. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new empty database, {@code t_<random>}, owned by the superuser; returns its name. */
    public String createDatabase() {
        return createDatabase("template1");
    }

    /**
     * A new database, {@code t_<random>}, with the module's tables at the newest schema version; returns its name.
     * The module is migrated once per JVM into a template that each such database copies: copying is several
     * times faster than running the migrations for every test.
     */
    public synchronized String createMigratedDatabase(String module) {
        String template = migratedTemplates.computeIfAbsent(module, m -> {
            String name = createDatabase();
            try (Database database = new Database(url(name), SUPERUSER, "", 2)) { // Flyway takes two
                database.migrate(m);
            }
            return name;
        });
        return createDatabase(template);
    }

    private String createDatabase(String template) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
        return name;
    }

    /** Drops the database even if a connection to it was left open. */
    public void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs a statement as the superuser in the {@code postgres} database (CREATE DATABASE, CREATE ROLE...). */
    public void admin(String statement) {
        try (Connection c = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "-t", "60", "stop");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("throwaway PostgreSQL in " + root + " did not stop: " + e.getMessage());
            return; // keep its folder: a running server still uses it
        }
        deleteTree(root);
    }

    /** Runs a PostgreSQL program to its end (as the system user when we are root); throws with its output. */
    private void run(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (asSystemUser) {
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("carnet-pg-cmd-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).directory(root.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(output) + serverLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() throws IOException {
        Path log = root.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
