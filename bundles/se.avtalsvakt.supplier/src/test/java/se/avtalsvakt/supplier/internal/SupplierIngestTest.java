package se.avtalsvakt.supplier.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator.CheckLine;
import se.avtalsvakt.supplier.internal.store.BatchOutcome;
import se.avtalsvakt.supplier.internal.store.Counts;
import se.avtalsvakt.supplier.internal.store.DeliveryCheckStore;
import se.avtalsvakt.supplier.internal.store.ImportStore;
import se.avtalsvakt.supplier.internal.store.RecordStore;

/** Which store a file goes to and how its receipt ends, over stores that record what they are asked. */
public class SupplierIngestTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final List<String> calls = new ArrayList<>();

    private final ImportStore imports = new ImportStore(null, null) {
        @Override
        public long startImport(String supplier, RecordType type, String source, Instant now) {
            calls.add("start " + supplier + " " + type + " " + source);
            return 7;
        }

        @Override
        public ImportReceipt finishImport(long importId, ImportStatus status, Counts counts, List<LineError> errors,
                Instant now) {
            calls.add("finish " + importId + " " + status + " " + counts);
            return new ImportReceipt(importId, "hmc", RecordType.ORDERS, "f", now, status, counts.read(),
                    counts.stored(), counts.duplicates(), counts.corrected(), counts.rejected(), errors);
        }
    };

    private final RecordStore records = new RecordStore(null, null) {
        @Override
        public Counts storeBatch(String supplier, RecordType type, long importId, List<SupplierRecord> batch,
                Instant now) {
            calls.add("records " + supplier + " " + type + " " + importId + " "
                    + batch.stream().map(SupplierRecord::recordId).toList());
            return new Counts(0, batch.size(), 0, 0, 0);
        }
    };

    private final DeliveryCheckStore checks = new DeliveryCheckStore(null, null) {
        @Override
        public BatchOutcome storeChecks(String supplier, List<CheckLine> batch, String user, Instant now) {
            calls.add("checks " + supplier + " " + user + " " + batch.stream().map(CheckLine::deliveryId).toList());
            return BatchOutcome.of(new Counts(0, batch.size(), 0, 0, 0));
        }
    };

    private final SupplierIngest ingest = new SupplierIngest(imports, records, checks, organisations("hmc",
            "goteborg"), new PlatformClock() {
                @Override
                public ZoneId zone() {
                    return ZONE;
                }

                @Override
                public Clock clock() {
                    return Clock.fixed(NOW, ZONE);
                }
            });

    private static OrganisationService organisations(String... ids) {
        Set<String> known = Set.of(ids);
        return new OrganisationService() {
            @Override
            public List<Organisation> list() {
                return List.of();
            }

            @Override
            public List<Organisation> list(OrganisationKind kind) {
                return List.of();
            }

            @Override
            public Optional<Organisation> find(String id) {
                return known.contains(id) ? Optional.of(new Organisation(id, id, OrganisationKind.MUNICIPALITY,
                        null)) : Optional.empty();
            }
        };
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void recordsGoToTheRecordStoreUnderOneReceipt() {
        List<LineError> sink = new ArrayList<>();
        ImportReceipt receipt = ingest.ingest("hmc", RecordType.ORDERS, Format.CSV, "orders.csv", csv(
                "order_id;care_provider;article;quantity;ordered_on;patient_ref\n"
                        + "O-1;goteborg;A-1;1;2026-11-02;\nO-2;narnia;A-1;1;2026-11-02;\n"), sink::add, null);
        assertEquals(List.of("start hmc ORDERS orders.csv", "records hmc ORDERS 7 [O-1]",
                "finish 7 COMPLETED Counts[read=2, stored=1, duplicates=0, corrected=0, rejected=1]"), calls);
        assertEquals(receipt.errors(), sink);
        assertEquals("care_provider", sink.get(0).field());
    }

    @Test
    public void checksGoToTheCheckStoreByTheUserOrTheFile() {
        String file = "delivery_id;checked_on;matches_order;note\nD-1;2026-11-20;true;\n";
        ingest.ingest("hmc", RecordType.DELIVERY_CHECKS, Format.CSV, "http", csv(file), e -> { }, "olle");
        ingest.ingest("hmc", RecordType.DELIVERY_CHECKS, Format.CSV, "checks.csv", csv(file), e -> { }, null);
        assertEquals(List.of("checks hmc olle [D-1]", "checks hmc import:checks.csv [D-1]"),
                calls.stream().filter(c -> c.startsWith("checks")).toList());
    }

    @Test
    public void anUnknownSupplierIsRefusedBeforeAnyReceipt() {
        ValidationException e = assertThrows(ValidationException.class, () -> ingest.ingest("acme",
                RecordType.ORDERS, Format.CSV, "http", csv(""), x -> { }, null));
        assertEquals("supplier", e.problems().get(0).path());
        assertEquals(List.of(), calls);
    }

    @Test
    public void aFileThatCannotBeReadKeepsAFailedReceiptAndIsRefused() {
        assertThrows(UnreadableFileException.class, () -> ingest.ingest("hmc", RecordType.ORDERS, Format.CSV, "bad",
                csv("this is not;the header\n"), x -> { }, null));
        assertEquals(List.of("start hmc ORDERS bad",
                "finish 7 FAILED Counts[read=0, stored=0, duplicates=0, corrected=0, rejected=0]"), calls);
        assertEquals(ImportStatus.FAILED, ingest.recordFailure("hmc", RecordType.ORDERS, "x", "retries").status());
    }
}
