package org.carnet.repository.provide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carnet.common.SampleData;
import org.carnet.common.validation.CodeRules;
import org.carnet.common.access.Caller;
import org.carnet.common.db.Database;
import org.carnet.common.db.ThrowawayDatabase;
import org.carnet.common.ebrim.SubmissionMapper;
import org.carnet.common.metadata.Submission;
import org.carnet.common.transaction.TransactionContext;
import org.carnet.repository.store.FileDocumentStore;
import org.carnet.repository.store.PendingSubmissions;
import org.carnet.repository.store.RepositoryIndex;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType;
import org.carnet.wsdl.ihe.ProvideAndRegisterDocumentSetRequestType.Document;

/**
 * A repository of real parts for one test: a {@link FileDocumentStore} and {@link PendingSubmissions} under a
 * temporary directory, a {@link RepositoryIndex} over a database of its own ({@link ThrowawayDatabase}: H2 or
 * PostgreSQL), and a {@link RecordingRegistryClient} in place of the registry. Laid out as the node lays it out ({@code documents/}
 * holds {@code staging/}, {@code objects/} and {@code pending/}).
 */
public final class TestRepository implements AutoCloseable {
    public static final Caller CALLER = Caller.system("test", "127.0.0.1");
    public static final Instant NOW = Instant.parse("2024-05-02T10:15:30Z");

    public final Path documentsDir;
    private final ThrowawayDatabase throwaway;
    public final Database database;
    public final FileDocumentStore store;
    public final PendingSubmissions pending;
    public final RepositoryIndex index;
    public final RecordingRegistryClient registry = new RecordingRegistryClient();
    public final ProvideAndRegisterService provide;

    public TestRepository(Path root) {
        this(root, FileDocumentStore.NO_LIMIT);
    }

    public TestRepository(Path root, long maxDocumentBytes) {
        try {
            this.documentsDir = root.resolve("documents");
            this.store = new FileDocumentStore(documentsDir, maxDocumentBytes);
            this.pending = new PendingSubmissions(documentsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.throwaway = ThrowawayDatabase.migrated("repository", 4);
        this.database = throwaway.database();
        this.index = new RepositoryIndex(database);
        this.provide = new ProvideAndRegisterService(SampleData.REPOSITORY_ID, store, pending, index, registry,
                List.of(new HashAndSizeCheck()), CodeRules.acceptAny(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** An ITI-41 request: the submission's metadata and, for each entry in {@code documents}, a Document. */
    public static ProvideAndRegisterDocumentSetRequestType request(Submission submission,
                                                                   Map<String, byte[]> documents) {
        ProvideAndRegisterDocumentSetRequestType request = new ProvideAndRegisterDocumentSetRequestType();
        request.setSubmitObjectsRequest(SubmissionMapper.toEbRim(submission));
        documents.forEach((id, bytes) -> {
            Document document = new Document();
            document.setId(id);
            document.setValue(bytes);
            request.getDocument().add(document);
        });
        return request;
    }

    /** Documents in the order given: id, bytes, id, bytes… */
    public static Map<String, byte[]> documents(Object... idsAndBytes) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < idsAndBytes.length; i += 2) {
            documents.put((String) idsAndBytes[i], (byte[]) idsAndBytes[i + 1]);
        }
        return documents;
    }

    public Submission provide(Submission submission, Map<String, byte[]> documents) {
        return provide.provide(request(submission, documents), CALLER, new TransactionContext());
    }

    public static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] stored(String sha1) {
        try (InputStream in = store.open(sha1)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows in {@code repository_document}. */
    public int rows() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM repository_document")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored content file, wherever it sits under {@code objects/}. */
    public List<Path> objectFiles() {
        return files(documentsDir.resolve("objects"));
    }

    public List<Path> stagingFiles() {
        return files(documentsDir.resolve("staging"));
    }

    public List<Path> pendingFiles() {
        return files(documentsDir.resolve("pending"));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        throwaway.close();
    }
}
