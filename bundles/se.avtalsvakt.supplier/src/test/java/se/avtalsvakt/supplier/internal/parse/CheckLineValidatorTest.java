package se.avtalsvakt.supplier.internal.parse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;

public class CheckLineValidatorTest {

    private static final String HEADER = "delivery_id;checked_on;matches_order;note";
    private static final CheckLineValidator VALIDATOR = new CheckLineValidator(LocalDate.parse("2026-11-22"));

    private static List<CheckLineValidator.Result> read(Format format, String content) {
        List<CheckLineValidator.Result> results = new ArrayList<>();
        try (RecordReader reader = RecordReader.open(format, RecordType.DELIVERY_CHECKS,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(raw -> results.add(VALIDATOR.validate(raw)));
        }
        return results;
    }

    private static List<String> fields(CheckLineValidator.Result r) {
        return r.errors().stream().map(LineError::field).toList();
    }

    @Test
    public void goodLinesWithABomAnyColumnOrderAndDecimalWordsForMatches() {
        List<CheckLineValidator.Result> r = read(Format.CSV, "\uFEFF" + HEADER + "\n"
                + "D-1;2026-11-20;true;\n"
                + "\n"
                + "D-2;2026-11-21;nej;\"one wheel; missing\"\n"
                + "D-3;2026-11-22;Ja;ok\n");
        assertEquals(3, r.size());
        assertTrue(r.stream().allMatch(CheckLineValidator.Result::valid));
        assertEquals(new CheckLineValidator.CheckLine(2, "D-1", new DeliveryCheck(LocalDate.parse("2026-11-20"),
                true, null)), r.get(0).check());
        assertEquals(4, r.get(1).check().line());
        assertEquals(new DeliveryCheck(LocalDate.parse("2026-11-21"), false, "one wheel; missing"),
                r.get(1).check().check());
        assertTrue(r.get(2).check().check().matchesOrder());

        List<CheckLineValidator.Result> reordered = read(Format.CSV,
                "note;matches_order;delivery_id;checked_on\n;0;D-9;2026-11-01\n");
        assertEquals("D-9", reordered.get(0).check().deliveryId());
        assertFalse(reordered.get(0).check().check().matchesOrder());
    }

    @Test
    public void badLinesAreRefusedPerLineAndField() {
        List<CheckLineValidator.Result> r = read(Format.CSV, HEADER + "\n"
                + "D-1;2026-13-01;true;\n"
                + ";2026-11-20;maybe;\n"
                + "D-3;2026-11-23;true;\n"
                + "D-4;2026-11-20;true\n"
                + "D 5;;;\n"
                + "D-6;2026-11-20;true;patient 19811218-9876\n");
        assertEquals(List.of("checked_on"), fields(r.get(0)));
        assertEquals(2, r.get(0).errors().get(0).line());
        assertTrue(r.get(0).errors().get(0).reason().contains("not a date"));
        assertEquals(List.of("delivery_id", "matches_order"), fields(r.get(1)));
        assertEquals(List.of("checked_on"), fields(r.get(2)));
        assertTrue(r.get(2).errors().get(0).reason().contains("in the future"));
        assertEquals(List.of(""), fields(r.get(3)));
        assertTrue(r.get(3).errors().get(0).reason().contains("columns"));
        assertEquals(List.of("delivery_id", "checked_on", "matches_order"), fields(r.get(4)));
        assertEquals(List.of("note"), fields(r.get(5)));
        assertFalse(r.get(5).errors().get(0).reason().contains("9876"));
    }

    @Test
    public void jsonUsesTheSameFieldNames() {
        List<CheckLineValidator.Result> r = read(Format.JSON, "[{\"delivery_id\": \"D-1\", \"checked_on\":"
                + " \"2026-11-20\", \"matches_order\": true}, {\"delivery_id\": \"D-2\", \"checked_on\": \"2026-11-20\"}]");
        assertTrue(r.get(0).valid());
        assertEquals(List.of("matches_order"), fields(r.get(1)));
    }

    @Test
    public void aFileWithoutTheChecksHeaderIsUnreadable() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(Format.CSV, "delivery_id;order_id\nD-1;O-1\n"));
        assertTrue(e.getMessage(), e.getMessage().contains(HEADER));
    }
}
