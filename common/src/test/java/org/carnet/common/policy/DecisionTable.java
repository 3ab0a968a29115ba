package org.carnet.common.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a decision table of the policy tests: {@code |}-separated columns, {@code #} comments and blank lines
 * skipped, the first other line a header.
 */
final class DecisionTable {
    /** One row as written, with its line number for messages. */
    record Line(int number, String[] fields) {
    }

    private DecisionTable() {
    }

    static List<Line> read(String resource, int columns) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DecisionTable.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": " + columns
                            + " columns expected");
                }
                lines.add(new Line(number, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
