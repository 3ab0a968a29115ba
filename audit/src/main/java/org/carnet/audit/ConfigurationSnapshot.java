package org.carnet.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carnet.audit.message.SettingChange;

/**
 * The configuration the node last started with, to tell a configuration change at the next start. Only a SHA-256
 * of each value is kept ({@code configuration.sha256} in the spool folder): a database URL or a host name stays
 * out of the file, and a change still shows. Callers leave secrets (passwords) out of the map altogether.
 */
final class ConfigurationSnapshot {
    private final Path file;

    ConfigurationSnapshot(Path dir) {
        this.file = dir.resolve("configuration.sha256");
    }

    /**
     * The settings that differ from the stored snapshot, in key order; empty on the first start (no snapshot). The
     * new snapshot replaces the old one.
     */
    List<SettingChange> update(Map<String, String> settings) throws IOException {
        Map<String, String> current = new TreeMap<>();
        settings.forEach((k, v) -> current.put(k, sha256(v)));
        Optional<Map<String, String>> previous = read();
        write(current);
        if (previous.isEmpty()) {
            return List.of();
        }
        List<SettingChange> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(current.keySet());
        keys.addAll(previous.get().keySet());
        for (String key : keys) {
            String before = previous.get().get(key);
            String now = current.get(key);
            if (before == null) {
                changes.add(new SettingChange(key, SettingChange.Kind.ADDED));
            } else if (now == null) {
                changes.add(new SettingChange(key, SettingChange.Kind.REMOVED));
            } else if (!before.equals(now)) {
                changes.add(new SettingChange(key, SettingChange.Kind.CHANGED));
            }
        }
        return changes;
    }

    private Optional<Map<String, String>> read() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return Optional.of(map);
    }

    private void write(Map<String, String> hashes) throws IOException {
        Properties properties = new Properties();
        properties.putAll(hashes);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            properties.store(writer, "SHA-256 of each setting the node last started with");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
