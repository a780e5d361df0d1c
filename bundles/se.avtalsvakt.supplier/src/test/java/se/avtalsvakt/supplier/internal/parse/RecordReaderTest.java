package se.avtalsvakt.supplier.internal.parse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

public class RecordReaderTest {

    static final String DELIVERY_HEADER = "delivery_id;order_id;care_provider;article;quantity;delivered_on;patient_ref";

    static List<RawLine> read(Format format, RecordType type, byte[] content) {
        List<RawLine> lines = new ArrayList<>();
        try (RecordReader reader = RecordReader.open(format, type, new ByteArrayInputStream(content))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    static List<RawLine> csv(RecordType type, String text) {
        return read(Format.CSV, type, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void csvLinesAreNumberedAsInTheFileAndEmptyLinesSkipped() {
        List<RawLine> lines = csv(RecordType.DELIVERIES, DELIVERY_HEADER + "\n"
                + "D1;O1;goteborg;A-1;2;2026-11-02;p1\n"
                + "\n"
                + "   \n"
                + "D2;O2;boras;A-2;1;2026-11-03;\r\n");
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).line());
        assertEquals("D1", lines.get(0).values().get("delivery_id"));
        assertEquals(5, lines.get(1).line());
        assertEquals("", lines.get(1).values().get("patient_ref"));
    }

    @Test
    public void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (DELIVERY_HEADER + "\nD1;O1;goteborg;A-1;2;2026-11-02;\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        List<RawLine> lines = read(Format.CSV, RecordType.DELIVERIES, all);
        assertEquals(1, lines.size());
        assertEquals("D1", lines.get(0).values().get("delivery_id"));
    }

    @Test
    public void headerColumnsMayComeInAnyOrderAndCase() {
        List<RawLine> lines = csv(RecordType.LOST_AIDS,
                "Care_Provider;report_id;article;reported_on;patient_ref\ngoteborg;R1;A-9;2026-10-01;\n");
        assertEquals("R1", lines.get(0).values().get("report_id"));
        assertEquals("goteborg", lines.get(0).values().get("care_provider"));
    }

    @Test
    public void aWrongColumnCountIsAnErrorOfThatLineOnly() {
        List<RawLine> lines = csv(RecordType.DELIVERIES, DELIVERY_HEADER + "\nD1;O1;goteborg;A-1;2\n"
                + "D2;O2;boras;A-2;1;2026-11-03;\n");
        assertEquals("expected 7 columns separated by ';', found 5", lines.get(0).error());
        assertNull(lines.get(1).error());
    }

    @Test
    public void quotedFieldsMayHoldTheSeparator() {
        List<RawLine> lines = csv(RecordType.LOST_AIDS,
                "report_id;care_provider;article;reported_on;patient_ref\nR1;goteborg;\"Rollator; 4 hjul\";2026-10-01;\n");
        assertEquals("Rollator; 4 hjul", lines.get(0).values().get("article"));
    }

    @Test
    public void noHeaderOrAWrongHeaderMakesTheFileUnreadable() {
        UnreadableFileException empty = assertThrows(UnreadableFileException.class, () -> csv(RecordType.ORDERS, ""));
        assertTrue(empty.getMessage(), empty.getMessage().contains("empty"));
        UnreadableFileException wrong = assertThrows(UnreadableFileException.class,
                () -> csv(RecordType.ORDERS, "D1;O1;goteborg;A-1;2;2026-11-02\n"));
        assertTrue(wrong.getMessage(), wrong.getMessage().startsWith("line 1: the header must name the columns"));
    }

    @Test
    public void latin1IsUnreadable() {
        byte[] latin1 = (DELIVERY_HEADER + "\nD1;O1;goteborg;Rullstol åäö;2;2026-11-02;\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(Format.CSV, RecordType.DELIVERIES, latin1));
        assertTrue(e.getMessage(), e.getMessage().contains("not UTF-8"));
    }

    @Test
    public void jsonRecordsUseTheColumnNames() {
        String json = "[{\"invoice_id\": \"F1\", \"line\": 1, \"order_id\": \"O1\", \"care_provider\": \"goteborg\","
                + " \"main_area\": \"Rörelse\", \"amount\": 1234.5, \"invoice_date\": \"2026-11-05\"},"
                + " 42, {\"invoice_id\": \"F1\", \"colour\": \"red\"}]";
        List<RawLine> lines = read(Format.JSON, RecordType.INVOICE_LINES, json.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, lines.size());
        assertEquals("1234.5", lines.get(0).values().get("amount"));
        assertEquals("1", lines.get(0).values().get("line"));
        assertEquals(2, lines.get(1).line());
        assertTrue(lines.get(1).error().startsWith("expected an object"));
        assertTrue(lines.get(2).error().startsWith("unknown field colour"));
    }

    @Test
    public void jsonThatIsNotAnArrayIsUnreadable() {
        assertThrows(UnreadableFileException.class, () -> read(Format.JSON, RecordType.ORDERS,
                "{\"order_id\": \"O1\"}".getBytes(StandardCharsets.UTF_8)));
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(Format.JSON,
                RecordType.ORDERS, "[{\"order_id\": \"811218-9876\"".getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage(), e.getMessage().contains("811218"));
    }
}
