package se.avtalsvakt.reporting.internal.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.report.Column;
import se.avtalsvakt.api.report.RenderedReport;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRenderer;
import se.avtalsvakt.api.report.ReportSection;

/** A long report is written into the stream as its rows are read, in every format, and the stream left open. */
public class StreamedRenderersTest {

    private static final int ROWS = 3_000;

    /** Items made when read, remembering how far. */
    private static final class Items extends AbstractList<Integer> {
        final AtomicInteger furthest = new AtomicInteger(-1);

        @Override
        public Integer get(int i) {
            furthest.accumulateAndGet(i, Math::max);
            return i;
        }

        @Override
        public int size() {
            return ROWS;
        }
    }

    /** Notes how far the rows had been read at the first write; refuses to be closed. */
    private static final class Watching extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Items items;
        int firstWriteAt = Integer.MIN_VALUE;
        int writes;

        Watching(Items items) {
            this.items = items;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (firstWriteAt == Integer.MIN_VALUE) {
                firstWriteAt = items.furthest.get();
            }
            writes++;
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            throw new AssertionError("a renderer closed the caller's stream");
        }
    }

    private static Report report(Items items) {
        List<Column> columns = List.of(new Column("n", "Nummer"), new Column("name", "Namn"),
                new Column("day", "Datum"));
        ReportSection rows = ReportSection.of("Tidsfrister", columns, items,
                i -> Arrays.asList(i, "Rad " + i + " för Åmål", LocalDate.of(2026, 1, 1).plusDays(i % 365)), null);
        return new Report("deadlines", "Tidsfrister 2026", LocalDate.of(2026, 11, 22), Map.of("Period", "2026"),
                List.of(rows));
    }

    private static Watching render(ReportRenderer renderer) throws Exception {
        Items items = new Items();
        Watching out = new Watching(items);
        renderer.render(report(items), out);
        assertEquals("every row was read", ROWS - 1, items.furthest.get());
        return out;
    }

    /** Rows made from items are only read when rendered, and check their width. */
    @Test
    public void aSectionOfItemsMakesItsRowsWhenRead() {
        Items items = new Items();
        Report report = report(items);
        assertEquals(-1, items.furthest.get());
        assertEquals(ROWS, report.sections().get(0).rows().size());
        assertEquals(List.of(7, "Rad 7 för Åmål", LocalDate.of(2026, 1, 8)), report.sections().get(0).rows().get(7));
        ReportSection bad = ReportSection.of("x", List.of(new Column("a", "A")), List.of(1), i -> List.of(i, i),
                null);
        try {
            bad.rows().get(0);
            throw new AssertionError("a row of two values for one column");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("2 values for 1 columns"));
        }
    }

    @Test
    public void csvIsWrittenRowByRow() throws Exception {
        Watching out = render(new CsvRenderer());
        assertTrue("first write after " + out.firstWriteAt + " rows", out.firstWriteAt < ROWS / 2);
        assertTrue(out.writes > 3);
        String text = out.bytes.toString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').build()
                .parse(new StringReader(text)).getRecords();
        assertEquals("Rad 2999 för Åmål", records.get(records.size() - 1).get(1));
    }

    @Test
    public void jsonIsWrittenRowByRow() throws Exception {
        Watching out = render(new JsonRenderer());
        assertTrue("first write after " + out.firstWriteAt + " rows", out.firstWriteAt < ROWS / 2);
        JsonNode json = new ObjectMapper().readTree(out.bytes.toByteArray());
        assertEquals(ROWS, json.at("/sections/0/rows").size());
        assertEquals("Rad 2999 för Åmål", json.at("/sections/0/rows/2999/name").asText());
        assertEquals("2026-01-01", json.at("/sections/0/rows/0/day").asText());
    }

    @Test
    public void pdfIsWrittenAsItsTableGrows() throws Exception {
        Watching out = render(new PdfRenderer());
        assertTrue("first write after " + out.firstWriteAt + " rows", out.firstWriteAt < ROWS / 2);
        try (PDDocument doc = PDDocument.load(out.bytes.toByteArray())) {
            assertTrue(doc.getNumberOfPages() > 10);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            String last = stripper.getText(doc);
            assertTrue(last, last.contains("Rad 2999 för Åmål"));
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue("the header row repeats", stripper.getText(doc).contains("Nummer"));
        }
    }

    @Test
    public void aRenderedReportIsWrittenWhenAskedAndStillGivesBytes() {
        Items items = new Items();
        Report report = report(items);
        RenderedReport rendered = new RenderedReport("x.csv", "text/csv", out -> new CsvRenderer().render(report,
                out));
        assertEquals(-1, items.furthest.get());
        byte[] bytes = rendered.content();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals(ROWS - 1, items.furthest.get());
        assertEquals(List.of(1, 2, 3), toList(new RenderedReport("y", "z", new byte[] {1, 2, 3}).content()));
    }

    private static List<Integer> toList(byte[] bytes) {
        return List.of((int) bytes[0], (int) bytes[1], (int) bytes[2]);
    }
}
