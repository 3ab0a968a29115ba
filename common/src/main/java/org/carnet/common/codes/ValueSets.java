package org.carnet.common.codes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carnet.common.metadata.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The codes this node accepts for each {@link CodedAttribute}. An attribute without a value set accepts any
 * code. A code is in a value set when both its code and its codingScheme equal a concept's code and
 * codeSystem; display names are not compared.
 *
 * <p>Only membership is decided here: whether a code is well formed (non-empty code, codingScheme present) is
 * the metadata validator's business, so {@link #acceptAny()} accepts every code it is given.
 *
 * <p>Three sources, chosen by the {@code codes.valueSets} setting ({@link #fromSetting(String)}):
 * {@link #defaults()} (the lists shipped with Carnet), {@link #acceptAny()}, or {@link #load(Path)} (a folder of
 * SVS files, typically the French JDV value sets). Immutable and safe to share between threads.
 */
public final class ValueSets {
    /** Setting value for {@link #defaults()}. */
    public static final String DEFAULT = "default";
    /** Setting value for {@link #acceptAny()}. */
    public static final String ANY = "any";

    private static final Logger log = LoggerFactory.getLogger(ValueSets.class);
    private static final String SHIPPED_FOLDER = "carnet/valuesets/";
    private static final ValueSets ANY_CODE = new ValueSets(Map.of());

    private final Map<CodedAttribute, Set<Concept>> sets;

    private ValueSets(Map<CodedAttribute, Set<Concept>> sets) {
        this.sets = Map.copyOf(sets);
    }

    /** Every code accepted for every attribute. */
    public static ValueSets acceptAny() {
        return ANY_CODE;
    }

    /**
     * The lists shipped in {@code carnet/valuesets/} on the classpath, one file per attribute named after its
     * {@link CodedAttribute#fileKey()}; attributes without a shipped list accept any code. Read once.
     */
    public static ValueSets defaults() {
        return Shipped.VALUE_SETS;
    }

    /**
     * The value sets in the {@code *.xml} IHE SVS files of a folder (not its sub-folders), each file's attribute
     * chosen by {@link CodedAttribute#forFileName(String)}; several files for one attribute are merged.
     *
     * <p>A file whose name matches no attribute is skipped with a warning rather than refused: the published JDV
     * collection also holds value sets for things that are not coded attributes (e.g. {@code JDV_J231} for
     * referenceIdList types), and operators copy the whole collection. A folder where no file matches is
     * refused, since it would silently accept everything.
     *
     * @throws IllegalArgumentException naming the folder or the file, when the folder is missing, a matching
     *                                  file is unreadable or not SVS, or no file matches any attribute
     */
    public static ValueSets load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("value-set folder " + dir + " does not exist or is not a folder");
        }
        Map<CodedAttribute, Set<Concept>> sets = new EnumMap<>(CodedAttribute.class);
        for (Path file : xmlFiles(dir)) {
            Optional<CodedAttribute> attribute = CodedAttribute.forFileName(file.getFileName().toString());
            if (attribute.isEmpty()) {
                log.warn("Value-set file {} skipped: its name contains none of {}", file, fileKeys());
                continue;
            }
            Set<Concept> concepts = read(file);
            sets.computeIfAbsent(attribute.get(), a -> new HashSet<>()).addAll(concepts);
            log.info("Value set for {} read from {}: {} codes", attribute.get().xdsName(), file, concepts.size());
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("value-set folder " + dir + " has no *.xml file whose name contains "
                    + "one of " + fileKeys());
        }
        sets.replaceAll((attribute, concepts) -> Set.copyOf(concepts));
        return new ValueSets(sets);
    }

    /**
     * The value sets a {@code codes.valueSets} setting names: {@value #DEFAULT}, {@value #ANY}, or otherwise a
     * folder for {@link #load(Path)}.
     */
    public static ValueSets fromSetting(String value) {
        String setting = value.trim();
        if (setting.equals(DEFAULT)) {
            return defaults();
        }
        if (setting.equals(ANY)) {
            return acceptAny();
        }
        return load(Path.of(setting));
    }

    /** Whether this attribute is restricted to a value set; false means any code is accepted. */
    public boolean constrains(CodedAttribute attribute) {
        return sets.containsKey(attribute);
    }

    /**
     * Empty when the code is accepted for the attribute; otherwise a message for the submitter, naming the code
     * and the attribute but not listing the value set (it may hold hundreds of codes).
     */
    public Optional<String> problem(CodedAttribute attribute, Code code) {
        Objects.requireNonNull(attribute, "attribute");
        Set<Concept> allowed = sets.get(attribute);
        if (allowed == null || allowed.contains(Concept.of(code))) {
            return Optional.empty();
        }
        String scheme = code.codingScheme() == null ? "no codingScheme" : code.codingScheme();
        return Optional.of(attribute.xdsName() + " " + code.code() + " (" + scheme
                + ") is not in the node's value set for " + attribute.xdsName());
    }

    /** The constrained attributes and the size of each value set, for logs. */
    @Override
    public String toString() {
        return Arrays.stream(CodedAttribute.values()).filter(sets::containsKey)
                .map(a -> a.xdsName() + "=" + sets.get(a).size() + " codes")
                .collect(Collectors.joining(", ", "ValueSets[", "]"));
    }

    private static List<Path> xmlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> isXmlName(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("value-set folder " + dir + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /** {@code *.xml}, leaving out hidden files such as the {@code ._name.xml} that macOS archives carry. */
    private static boolean isXmlName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.startsWith(".");
    }

    private static Set<Concept> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SvsReader.read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("value-set file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String fileKeys() {
        return Arrays.stream(CodedAttribute.values()).map(CodedAttribute::fileKey)
                .collect(Collectors.joining(", "));
    }

    /** Holder: the shipped lists are read on first use, once, and a broken one is a packaging bug. */
    private static final class Shipped {
        static final ValueSets VALUE_SETS = read();

        private static ValueSets read() {
            Map<CodedAttribute, Set<Concept>> sets = new EnumMap<>(CodedAttribute.class);
            ClassLoader loader = ValueSets.class.getClassLoader();
            for (CodedAttribute attribute : CodedAttribute.values()) {
                String resource = SHIPPED_FOLDER + attribute.fileKey() + ".xml";
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in != null) {
                        sets.put(attribute, SvsReader.read(in, "classpath:" + resource));
                    }
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException("the shipped value set " + resource + " is broken", e);
                }
            }
            return new ValueSets(sets);
        }
    }
}
