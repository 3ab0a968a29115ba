package org.carnet.common.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carnet.common.metadata.Code;

/**
 * Which profession (and speciality) may read which document category (dmp-reference 3: "implement it as data:
 * (role, typeCode or classCode) → allowed"). Read from a CSV file: {@value #DEFAULT_RESOURCE} on the
 * classpath by default, or a file the node names instead.
 *
 * <p>Format: {@code #} comment lines and blank lines are skipped; the first other line is the header
 * {@value #HEADER}; then one cell per line. {@code speciality} is a code or {@code *}; {@code attribute} is
 * {@code classCode}, {@code typeCode} or {@code *} (then {@code code} is {@code *} too); {@code read} is
 * {@code allow} or {@code deny}. When several cells match, the most specific wins: a named speciality over
 * {@code *}, then typeCode over classCode over {@code *}. No matching cell: deny. Codes are compared without
 * their code system (classCode and typeCode values do not collide in the DMP value sets, dmp-reference 6).
 */
public final class AuthorisationMatrix {
    /** The classpath resource of the default matrix. */
    public static final String DEFAULT_RESOURCE = "carnet/policy/matrix.csv";
    static final String HEADER = "profession,speciality,attribute,code,read";
    static final String ANY = "*";

    /** One cell: who, which documents, allowed or not. */
    record Cell(String profession, String speciality, Attribute attribute, String code, boolean read) {
        Key key() {
            return new Key(profession, speciality, attribute, code);
        }

        boolean matches(String professionCode, String specialityCode, Code typeCode, Code classCode) {
            return profession.equals(professionCode)
                    && (speciality.equals(ANY) || speciality.equals(specialityCode))
                    && switch (attribute) {
                        case ANY -> true;
                        case CLASS_CODE -> code.equals(classCode.code());
                        case TYPE_CODE -> code.equals(typeCode.code());
                    };
        }

        int specificity() {
            return (speciality.equals(ANY) ? 0 : 10) + attribute.ordinal();
        }
    }

    record Key(String profession, String speciality, Attribute attribute, String code) {
    }

    /** The column {@code attribute}; the order is the specificity. */
    enum Attribute {
        ANY("*"), CLASS_CODE("classCode"), TYPE_CODE("typeCode");

        final String text;

        Attribute(String text) {
            this.text = text;
        }

        static Optional<Attribute> of(String text) {
            for (Attribute a : values()) {
                if (a.text.equals(text)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    private final List<Cell> cells;

    private AuthorisationMatrix(List<Cell> cells) {
        this.cells = List.copyOf(cells);
    }

    /** The default matrix, {@value #DEFAULT_RESOURCE}. */
    public static AuthorisationMatrix defaults() {
        InputStream in = AuthorisationMatrix.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A matrix file that replaces the default one entirely. */
    public static AuthorisationMatrix load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read authorisation matrix " + file, e);
        }
    }

    /** Parses a matrix; {@code source} names it in error messages. */
    public static AuthorisationMatrix parse(Reader reader, String source) throws IOException {
        MatrixParser parser = new MatrixParser(source);
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            parser.accept(line);
        }
        return new AuthorisationMatrix(parser.cells());
    }

    /** May a professional of this profession and speciality read a document of these codes? */
    public boolean mayRead(String professionCode, String specialityCode, Code typeCode, Code classCode) {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(classCode, "classCode");
        return cells.stream()
                .filter(c -> c.matches(professionCode, specialityCode, typeCode, classCode))
                .max(Comparator.comparingInt(Cell::specificity))
                .map(Cell::read)
                .orElse(false);
    }

    /** May this actor read this document, as far as the matrix goes? */
    public boolean mayRead(Actor actor, DocumentFacts document) {
        return mayRead(actor.professionCode(), actor.specialityCode(), document.typeCode(), document.classCode());
    }

    /** How many cells the matrix holds. */
    public int size() {
        return cells.size();
    }

    /** Reads lines one by one, keeping the line number for errors. */
    private static final class MatrixParser {
        private final String source;
        private final Map<Key, Integer> seen = new HashMap<>();
        private final List<Cell> cells = new ArrayList<>();
        private int lineNumber;
        private boolean headerRead;

        MatrixParser(String source) {
            this.source = source;
        }

        void accept(String raw) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            if (!headerRead) {
                if (!line.replace(" ", "").equals(HEADER)) {
                    throw error("expected the header '" + HEADER + "', found '" + line + "'");
                }
                headerRead = true;
                return;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw error("expected 5 fields (" + HEADER + "), found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
                if (f[i].isEmpty()) {
                    throw error("empty field " + HEADER.split(",")[i]);
                }
            }
            Cell cell = new Cell(profession(f[0]), f[1], attribute(f[2]), code(f[2], f[3]), read(f[4]));
            Integer previous = seen.putIfAbsent(cell.key(), lineNumber);
            if (previous != null) {
                throw error("same cell as line " + previous);
            }
            cells.add(cell);
        }

        List<Cell> cells() {
            if (!headerRead) {
                throw error("no header '" + HEADER + "'");
            }
            return cells;
        }

        private String profession(String f) {
            if (f.equals(ANY)) {
                throw error("profession must be a code, not *");
            }
            return f;
        }

        private Attribute attribute(String f) {
            return Attribute.of(f).orElseThrow(
                    () -> error("attribute must be classCode, typeCode or *, found '" + f + "'"));
        }

        private String code(String attribute, String f) {
            if (attribute.equals(ANY) != f.equals(ANY)) {
                throw error("code is * exactly when attribute is *");
            }
            return f;
        }

        private boolean read(String f) {
            return switch (f) {
                case "allow" -> true;
                case "deny" -> false;
                default -> throw error("read must be allow or deny, found '" + f + "'");
            };
        }

        private MalformedMatrixException error(String problem) {
            return new MalformedMatrixException(source, lineNumber, problem);
        }
    }
}
