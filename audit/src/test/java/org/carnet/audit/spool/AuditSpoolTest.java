package org.carnet.audit.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSpoolTest {
    private static final long SMALL_SEGMENTS = 64;

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> readAll(AuditSpool spool, long from) throws Exception {
        List<String> out = new ArrayList<>();
        try (SpoolReader reader = spool.reader(from)) {
            for (byte[] m; (m = reader.next(0)) != null; ) {
                out.add(new String(m, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void appends_are_numbered_from_zero_and_read_back_in_order() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            for (int i = 0; i < 20; i++) {
                assertThat(spool.append(bytes("message " + i))).isEqualTo(i);
            }
            assertThat(spool.durableEnd()).isEqualTo(20);
            assertThat(readAll(spool, 0)).hasSize(20).startsWith("message 0").endsWith("message 19");
            assertThat(readAll(spool, 17)).containsExactly("message 17", "message 18", "message 19");
            assertThat(spool.segmentCount()).as("rolled over small segments").isGreaterThan(3);
        }
    }

    @Test
    void a_reopened_spool_has_every_record_and_continues_the_numbering() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            for (int i = 0; i < 7; i++) {
                spool.append(bytes("before " + i));
            }
        }
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            assertThat(spool.durableEnd()).isEqualTo(7);
            assertThat(spool.append(bytes("after"))).isEqualTo(7);
            assertThat(readAll(spool, 5)).containsExactly("before 5", "before 6", "after");
        }
    }

    @Test
    void a_torn_record_left_by_a_crash_is_cut_off_at_reopen() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, 1 << 20)) {
            spool.append(bytes("whole 0"));
            spool.append(bytes("whole 1"));
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
        }
        long whole = Files.size(segment);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            // a header announcing 100 bytes, followed by only 3 of them: what a crash mid-write leaves
            channel.write(ByteBuffer.allocate(11).putInt(100).putInt(0).put(bytes("abc")).flip());
        }

        try (AuditSpool spool = AuditSpool.open(dir, 1 << 20)) {
            assertThat(spool.durableEnd()).isEqualTo(2);
            assertThat(Files.size(segment)).isEqualTo(whole);
            assertThat(spool.append(bytes("next"))).isEqualTo(2);
            assertThat(readAll(spool, 0)).containsExactly("whole 0", "whole 1", "next");
        }
    }

    @Test
    void concurrent_appends_are_all_kept_each_under_its_own_number() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (AuditSpool spool = AuditSpool.open(dir, 4096)) {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = "concurrent " + i;
                futures.add(pool.submit(() -> spool.append(bytes(text))));
            }
            Set<Long> numbers = ConcurrentHashMap.newKeySet();
            for (Future<Long> f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(400).allMatch(n -> n >= 0 && n < 400);
            assertThat(readAll(spool, 0)).hasSize(400).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cursors_persist_and_segments_behind_every_cursor_are_deleted() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            DeliveryCursor a = spool.cursor("a");
            DeliveryCursor b = spool.cursor("b");
            for (int i = 0; i < 30; i++) {
                spool.append(bytes("message " + i));
            }
            int segments = spool.segmentCount();
            a.store(30);
            spool.release();
            assertThat(spool.segmentCount()).as("b still needs them").isEqualTo(segments);
            b.store(25);
            spool.release();
            assertThat(spool.segmentCount()).isLessThan(segments);
            assertThat(readAll(spool, 25)).hasSize(5).startsWith("message 25");
        }
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            assertThat(spool.cursor("a").next()).isEqualTo(30);
            assertThat(spool.cursor("b").next()).isEqualTo(25);
            assertThat(spool.cursor("new").next()).as("a new destination starts at the end").isEqualTo(30);
        }
    }

    @Test
    void cursors_of_destinations_no_longer_configured_are_dropped() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            spool.cursor("gone");
            spool.cursor("kept");
            spool.keepOnlyCursors(Set.of("kept"));
        }
        assertThat(DeliveryCursor.names(dir.resolve("cursors"))).containsExactly("kept");
    }

    @Test
    void a_second_process_cannot_open_the_same_spool() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS)) {
            assertThatThrownBy(() -> AuditSpool.open(dir, SMALL_SEGMENTS)).isInstanceOf(IOException.class)
                    .hasMessageContaining("in use by another process");
            assertThat(spool.append(bytes("still usable"))).isZero();
        }
    }

    @Test
    void a_reader_waits_for_what_is_not_yet_appended() throws Exception {
        try (AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS); SpoolReader reader = spool.reader(0)) {
            assertThat(reader.next(20)).isNull();
            Thread appender = new Thread(() -> {
                try {
                    Thread.sleep(50);
                    spool.append(bytes("late"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            appender.start();
            assertThat(reader.next(10_000)).isEqualTo(bytes("late"));
            appender.join();
        }
    }

    @Test
    void appends_after_close_are_refused() throws Exception {
        AuditSpool spool = AuditSpool.open(dir, SMALL_SEGMENTS);
        spool.close();
        assertThatThrownBy(() -> spool.append(bytes("late"))).isInstanceOf(IOException.class);
    }
}
