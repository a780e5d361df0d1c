package se.avtalsvakt.reporting.internal.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.avtalsvakt.api.csv.SpreadsheetText;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportSection;

public class RenderersTest {

    private static Report report() {
        ReportSection s = new ReportSection.Builder("Huvudområde Rörelsehinder")
                .column("careProvider", "Vårdgivare").column("cost", "Kostnad (kr)").column("note", "Anteckning")
                .row("Göteborg", new BigDecimal("1000000.50"), "semi;colon")
                .row("Borås", new BigDecimal("-12.05"), "says \"hej\"\nnew line")
                .row("Åmål", null, LocalDate.of(2025, 6, 30))
                .build();
        return new Report("cost-allocation", "Fördelning av över- och underskott 2025", LocalDate.of(2026, 1, 15),
                Map.of("År", "2025"), List.of(s, ReportSection.noteOnly("Leveranskontroller", "inga leverantörsdata")));
    }

    @Test
    public void csvHasBomSemicolonsDecimalCommaAndQuoting() throws Exception {
        byte[] bytes = new CsvRenderer().render(report());
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text, text.contains("Göteborg;1000000,50;\"semi;colon\"\r\n"));
        assertTrue(text, text.contains("Vårdgivare;Kostnad (kr);Anteckning\r\n"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').build().parse(new StringReader(text))
                .getRecords();
        CSVRecord boras = records.stream().filter(r -> r.get(0).equals("Borås")).findFirst().orElseThrow();
        assertEquals("-12,05", boras.get(1));
        assertEquals("says \"hej\"\nnew line", boras.get(2));
        CSVRecord amal = records.stream().filter(r -> r.get(0).equals("Åmål")).findFirst().orElseThrow();
        assertEquals("", amal.get(1));
        assertEquals("2025-06-30", amal.get(2));
        assertTrue(text, text.contains("inga leverantörsdata"));
    }

    @Test
    public void csvTextThatASpreadsheetWouldRunIsKeptInertButNumbersAreNot() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetText.inert("=HYPERLINK(\"http://x\")"));
        assertEquals("'+46 31 123", SpreadsheetText.inert("+46 31 123"));
        assertEquals("'-2+3", SpreadsheetText.inert("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetText.inert("@SUM(A1)"));
        assertEquals("Göteborg", SpreadsheetText.inert("Göteborg"));
        assertEquals("", SpreadsheetText.inert(""));
        String text = new String(new CsvRenderer().render(report()), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("Borås;-12,05;"));
    }

    @Test
    public void jsonHasRowsKeyedByColumnAndExactAmounts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(report()));
        assertEquals("cost-allocation", json.get("kind").asText());
        assertEquals("2026-01-15", json.get("generatedOn").asText());
        JsonNode row = json.at("/sections/0/rows/0");
        assertEquals("Göteborg", row.get("careProvider").asText());
        assertEquals("1000000.50", row.get("cost").asText());
        assertTrue(row.get("cost").isTextual());
        assertEquals("inga leverantörsdata", json.at("/sections/1/note").asText());
    }

    @Test
    public void pdfIsA4WithSwedishText() throws Exception {
        byte[] pdf = new PdfRenderer().render(report());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-sample.pdf"), pdf);
        try (PDDocument doc = PDDocument.load(pdf)) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("Fördelning av över- och underskott 2025"));
            assertTrue(text, text.contains("Göteborg") && text.contains("Borås") && text.contains("Åmål"));
            assertTrue(text, text.contains("1000000,50"));
            assertTrue(text, text.contains("inga leverantörsdata"));
        }
    }
}
