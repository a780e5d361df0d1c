package se.avtalsvakt.bench;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;

/**
 * Ingests a generated file of delivery lines three times, each time into a fresh embedded Derby database with the
 * supplier schema (the same table and indexes, empty), and prints lines per second, CPU time and peak heap of each
 * run:
 * <ol>
 * <li>the baseline, before and after the product: a raw JDBC batch insert of the same rows (same table, same
 * batch size, a commit per batch);</li>
 * <li>the product: the file dropped into the supplier inbox and read by the real Camel route, validated line by
 * line and stored by the real register and repository (Hibernate plus a JDBC batch per 500 lines).</li>
 * </ol>
 * Each run has a database of its own, so none inserts into another's million rows (deeper indexes, more page
 * reads). On a loaded machine the wall-clock rate of a run depends on what else runs meanwhile: the baseline runs
 * before and after the product and counts both, and the JVM's CPU time per line is printed beside the rate, with
 * the ratio of both.
 * Run it with a bounded heap ({@code -Xmx512m} in the {@code bench} profile): that the route gets through a
 * million lines at all shows it streams.
 */
public final class SupplierIngestBench {

    private static final int BATCH = 500;
    private static final String RAW_SUPPLIER = "bench-raw";

    private SupplierIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = Integer.getInteger("bench.lines", 1_000_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        deleteTree(dir);
        Files.createDirectories(dir);
        Path file = DeliveryLines.write(dir.resolve("deliveries-" + lines + ".csv"), lines);
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("%nSupplier ingest benchmark: %,d delivery lines (%,d MB file), embedded Derby, max heap"
                + " %,d MB, %d cores%n", lines, Files.size(file) >> 20, maxHeap >> 20,
                Runtime.getRuntime().availableProcessors());
        Result rawBefore = raw(dir.resolve("raw-1"), file, lines);
        Result route;
        try (SupplierPlatform platform = SupplierPlatform.start(dir.resolve("route"))) {
            route = measure(() -> {
                ImportReceipt receipt = platform.dropDeliveries(file, Duration.ofHours(2));
                if (receipt.status() != ImportStatus.COMPLETED || receipt.stored() != lines) {
                    throw new IllegalStateException("the route did not store every line: " + receipt);
                }
                return (int) receipt.read();
            });
        }
        Result rawAfter = raw(dir.resolve("raw-2"), file, lines);
        Result raw = rawBefore.plus(rawAfter);
        String row = "  %-44s %,10d lines %8.1f s %,8.0f lines/s %8.1f s CPU %,8.0f lines/CPU-s   peak heap %,5d MB%n";
        System.out.printf(row, "baseline: raw JDBC batch insert, before", rawBefore.lines, rawBefore.seconds(),
                rawBefore.rate(), rawBefore.cpuSeconds(), rawBefore.cpuRate(), rawBefore.peakHeap >> 20);
        System.out.printf(row, "baseline: raw JDBC batch insert, after", rawAfter.lines, rawAfter.seconds(),
                rawAfter.rate(), rawAfter.cpuSeconds(), rawAfter.cpuRate(), rawAfter.peakHeap >> 20);
        System.out.printf(row, "Camel route, validation, register, repository", route.lines, route.seconds(),
                route.rate(), route.cpuSeconds(), route.cpuRate(), route.peakHeap >> 20);
        System.out.printf("  the route runs at %.0f %% of the raw insert rate (wall clock, both baseline runs), %.0f %% per"
                + " CPU second%n%n",
                100 * route.rate() / raw.rate(), 100 * route.cpuRate() / raw.cpuRate());
    }

    /**
     * The baseline into a fresh database of its own; it runs before and after the route, so that a change in the
     * machine's load during the run weighs on both sides alike.
     */
    private static Result raw(Path dir, Path file, int lines) throws Exception {
        try (SupplierPlatform platform = SupplierPlatform.start(dir)) {
            return measure(() -> {
                rawInsert(platform, file);
                return lines;
            });
        }
    }

    /** The baseline: the same rows, parsed by splitting, inserted by plain JDBC batches into the same table. */
    static void rawInsert(SupplierPlatform platform, Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = platform.connection();
                BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PreparedStatement insert = c.prepareStatement("insert into av_supplier_record (supplier_id,"
                        + " record_type, record_id, order_id, care_provider_id, article, quantity, record_date,"
                        + " patient_ref, fingerprint, version, first_import_id, last_import_id, created_at,"
                        + " updated_at) values (?, 'DELIVERIES', ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, ?, ?)")) {
            c.setAutoCommit(false);
            in.readLine(); // header
            int pending = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(";", -1);
                insert.setString(1, RAW_SUPPLIER);
                insert.setString(2, f[0]);
                insert.setString(3, f[1]);
                insert.setString(4, f[2]);
                insert.setString(5, f[3]);
                insert.setInt(6, Integer.parseInt(f[4]));
                insert.setDate(7, java.sql.Date.valueOf(LocalDate.parse(f[5])));
                insert.setString(8, f[6]);
                insert.setString(9, HexFormat.of().formatHex(sha.digest(line.getBytes(StandardCharsets.UTF_8))));
                insert.setTimestamp(10, now);
                insert.setTimestamp(11, now);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private interface Run {
        int lines() throws Exception;
    }

    private record Result(int lines, long nanos, long cpuNanos, long peakHeap) {
        double seconds() {
            return nanos / 1e9;
        }

        double rate() {
            return lines / seconds();
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        double cpuRate() {
            return lines / cpuSeconds();
        }

        /** @return both runs as one: their lines and times summed, the higher peak */
        Result plus(Result o) {
            return new Result(lines + o.lines, nanos + o.nanos, cpuNanos + o.cpuNanos, Math.max(peakHeap, o.peakHeap));
        }
    }

    /** @return the CPU time of the whole JVM so far (every thread, Derby's and Camel's included) */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Result measure(Run run) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        long start = System.nanoTime();
        int lines = run.lines();
        long nanos = System.nanoTime() - start;
        long cpuUsed = cpuNanos() - cpu;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(lines, nanos, cpuUsed, peak);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
