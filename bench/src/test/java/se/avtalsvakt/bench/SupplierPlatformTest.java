package se.avtalsvakt.bench;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;

/**
 * The benchmark's platform is the supplier bundle's real route, register and repository on Derby: the records a
 * file leaves behind, across batches, repeats and corrections, are checked here so the benchmark measures
 * something that works.
 */
public class SupplierPlatformTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Rule
    public Timeout timeout = Timeout.seconds(300);

    @Test
    public void aFileOfSeveralBatchesIsStoredOnceAndCorrectionsKeepTheirHistory() throws Exception {
        try (SupplierPlatform platform = SupplierPlatform.start(tmp.newFolder("platform").toPath())) {
            Path file = DeliveryLines.write(tmp.getRoot().toPath().resolve("deliveries-1.csv"), 1200);

            ImportReceipt first = platform.dropDeliveries(file, WAIT);
            assertEquals(ImportStatus.COMPLETED, first.status());
            assertEquals(List.of(1200L, 1200L, 0L, 0L, 0L), counts(first));

            Path again = Files.copy(file, tmp.getRoot().toPath().resolve("deliveries-2.csv"));
            assertEquals(List.of(1200L, 0L, 1200L, 0L, 0L), counts(platform.dropDeliveries(again, WAIT)));

            // line 5 with another quantity; a new delivery twice in one file, the second time with other content
            LocalDate day = LocalDate.of(2026, 3, 2);
            Path corrections = tmp.getRoot().toPath().resolve("deliveries-3.csv");
            Files.write(corrections, List.of(DeliveryLines.HEADER,
                    DeliveryLines.line(5, "goteborg", day).replace(";goteborg;A000005;3;", ";goteborg;A000005;2;"),
                    DeliveryLines.line(1201, "boras", day),
                    DeliveryLines.line(1201, "boras", day.plusDays(1))), StandardCharsets.UTF_8);
            assertEquals(List.of(3L, 1L, 0L, 2L, 0L), counts(platform.dropDeliveries(corrections, WAIT)));

            assertEquals(1, platform.history("D0000005").size());
            assertEquals(1, platform.history("D0001201").size());
            assertEquals(1201, rows(platform));
        }
    }

    private static List<Long> counts(ImportReceipt r) {
        return List.of(r.read(), r.stored(), r.duplicates(), r.corrected(), r.rejected());
    }

    private static long rows(SupplierPlatform platform) throws Exception {
        try (Connection c = platform.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from av_supplier_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
