package se.avtalsvakt.supplier.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.ImportRun.Validated;
import se.avtalsvakt.supplier.internal.store.BatchOutcome;
import se.avtalsvakt.supplier.internal.store.Counts;

public class ImportRunTest {

    private static final String HEADER = "report_id;care_provider;article;reported_on;patient_ref\n";

    private final List<Integer> batches = new ArrayList<>();
    private final List<LineError> sink = new ArrayList<>();

    /** Lost-aid lines: valid unless the article is {@code bad}; stored unless the report id starts with {@code gone}. */
    private ImportRun<String> run() {
        return new ImportRun<>(raw -> raw.values().get("article").equals("bad")
                ? new Validated<>(null, List.of(new LineError(raw.line(), "article", "bad")))
                : new Validated<>(raw.values().get("report_id"), List.of()),
                batch -> {
                    batches.add(batch.size());
                    List<LineError> refused = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        if (batch.get(i).startsWith("gone")) {
                            refused.add(new LineError(Long.parseLong(batch.get(i).substring(4)), "report_id",
                                    "unknown"));
                        }
                    }
                    return new BatchOutcome(new Counts(0, batch.size() - refused.size(), 0, 0, 0), refused);
                }, sink::add);
    }

    private static InputStream csv(String lines) {
        return new ByteArrayInputStream((HEADER + lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String lines(int n, String article) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("R").append(i).append(";goteborg;").append(article).append(";2026-11-02;\n");
        }
        return b.toString();
    }

    @Test
    public void validLinesAreStoredInBatchesOfFiveHundred() {
        ImportRun.Result result = run().run(Format.CSV, RecordType.LOST_AIDS, csv(lines(1201, "A-1")));
        assertEquals(List.of(500, 500, 201), batches);
        assertEquals(new Counts(1201, 1201, 0, 0, 0), result.counts());
        assertEquals(List.of(), result.kept());
    }

    @Test
    public void linesRefusedByTheValidatorOrTheStoreAreRejectedAndKeptByLine() {
        ImportRun.Result result = run().run(Format.CSV, RecordType.LOST_AIDS, csv("gone2;goteborg;A-1;2026-11-02;\n"
                + "R2;goteborg;bad;2026-11-02;\n" + "R3;goteborg;A-1;2026-11-02;\n"));
        assertEquals(new Counts(3, 1, 0, 0, 2), result.counts());
        assertEquals(List.of(2L, 3L), result.kept().stream().map(LineError::line).toList());
        assertEquals("validated lines first, then the store's", List.of(3L, 2L),
                sink.stream().map(LineError::line).toList());
    }

    @Test
    public void aThousandErrorsAreKeptForTheReceiptAndEveryOneGoesToTheSink() {
        ImportRun.Result result = run().run(Format.CSV, RecordType.LOST_AIDS, csv(lines(1500, "bad")));
        assertEquals(new Counts(1500, 0, 0, 0, 1500), result.counts());
        assertEquals(ImportRun.KEPT_ERRORS, result.kept().size());
        assertEquals(1500, sink.size());
        assertEquals(List.of(), batches);
    }

    @Test
    public void aFileThatCannotBeReadEndsTheRunWithTheReasonAsItsLastError() {
        ImportRun<String> run = run();
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> run.run(Format.CSV,
                RecordType.LOST_AIDS, new ByteArrayInputStream("not;the;header\n1;2;3\n".getBytes(StandardCharsets.UTF_8))));
        ImportRun.Result sofar = run.sofar();
        assertEquals(Counts.ZERO, sofar.counts());
        assertEquals(List.of(new LineError(0, "", e.getMessage())), sofar.kept());
        assertEquals(sofar.kept(), sink);
    }
}
