package se.avtalsvakt.supplier.internal.parse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;

public class LineValidatorTest {

    private static final Set<String> CARE_PROVIDERS = Set.of("goteborg", "boras", "vgregion");

    private static LineValidator.Result validate(RecordType type, String line) {
        String header = String.join(";", type.columns());
        List<RawLine> lines = RecordReaderTest.csv(type, header + "\n" + line + "\n");
        return new LineValidator(type, CARE_PROVIDERS::contains).validate(lines.get(0));
    }

    private static LineError onlyError(LineValidator.Result r) {
        assertFalse("should be refused", r.valid());
        assertEquals(r.errors().toString(), 1, r.errors().size());
        return r.errors().get(0);
    }

    @Test
    public void aLostAidReportedAfterTodayIsRefusedNamingTheFieldAndLine() {
        RecordType type = RecordType.LOST_AIDS;
        List<RawLine> lines = RecordReaderTest.csv(type, String.join(";", type.columns())
                + "\nR-1;vgregion;A-5;2026-12-03;x\nR-2;vgregion;A-5;2026-12-02;x\n");
        LineValidator v = new LineValidator(type, CARE_PROVIDERS::contains, LocalDate.of(2026, 12, 2));
        LineError e = onlyError(v.validate(lines.get(0)));
        assertEquals(2, e.line()); // the file's line: the header is line 1
        assertEquals("reported_on", e.field());
        assertEquals("in the future (after 2026-12-02): 2026-12-03", e.reason());
        assertTrue(v.validate(lines.get(1)).valid()); // today itself is fine
    }

    @Test
    public void anOrder() {
        SupplierRecord r = validate(RecordType.ORDERS, "O-1;goteborg;A-100;3;2026-10-30;pat-77").record();
        assertEquals("O-1", r.recordId());
        assertEquals("O-1", r.orderId());
        assertEquals("goteborg", r.careProvider());
        assertEquals("A-100", r.article());
        assertEquals(Integer.valueOf(3), r.quantity());
        assertEquals(LocalDate.of(2026, 10, 30), r.date());
        assertEquals("pat-77", r.patientRef());
    }

    @Test
    public void aDeliveryWithoutPatientReference() {
        SupplierRecord r = validate(RecordType.DELIVERIES, "D-1;O-1;boras;A-100;1;2026-11-02;").record();
        assertEquals("D-1", r.recordId());
        assertEquals("O-1", r.orderId());
        assertNull(r.patientRef());
    }

    @Test
    public void anInvoiceLineWithDecimalCommaOrPointIsStoredInOre() {
        SupplierRecord comma = validate(RecordType.INVOICE_LINES, "F-9;2;O-1;goteborg;Rörelse;1 234,50;2026-11-05")
                .record();
        assertEquals("F-9/2", comma.recordId());
        assertEquals("F-9", comma.invoiceId());
        assertEquals(Integer.valueOf(2), comma.line());
        assertEquals("Rörelse", comma.mainArea());
        assertEquals(Long.valueOf(123450), comma.amountOre());
        assertEquals(Long.valueOf(123450),
                validate(RecordType.INVOICE_LINES, "F-9;2;O-1;goteborg;Rörelse;1234.5;2026-11-05").record().amountOre());
        assertEquals(Long.valueOf(-9900),
                validate(RecordType.INVOICE_LINES, "F-9;3;O-1;goteborg;Rörelse;-99;2026-11-05").record().amountOre());
        LineError e = onlyError(validate(RecordType.INVOICE_LINES, "F-9;2;O-1;goteborg;Rörelse;12,345;2026-11-05"));
        assertEquals("amount", e.field());
        assertTrue(e.reason(), e.reason().startsWith("not an amount in SEK"));
        assertEquals("line", onlyError(validate(RecordType.INVOICE_LINES,
                "F-9;0;O-1;goteborg;Rörelse;1;2026-11-05")).field());
    }

    @Test
    public void aLostAid() {
        SupplierRecord r = validate(RecordType.LOST_AIDS, "R-1;vgregion;A-5;2026-09-01;x").record();
        assertEquals("R-1", r.recordId());
        assertEquals(LocalDate.of(2026, 9, 1), r.date());
    }

    @Test
    public void unknownCareProviderBadDateNegativeQuantityMissingIdAreRefusedPerField() {
        LineError unknown = onlyError(validate(RecordType.DELIVERIES, "D-1;O-1;narnia;A-1;1;2026-11-02;"));
        assertEquals("care_provider", unknown.field());
        assertTrue(unknown.reason(), unknown.reason().contains("'narnia'"));

        LineError date = onlyError(validate(RecordType.DELIVERIES, "D-1;O-1;goteborg;A-1;1;2026-02-30;"));
        assertEquals("delivered_on", date.field());
        assertEquals(2, date.line());

        assertEquals("must not be negative: '-2'",
                onlyError(validate(RecordType.DELIVERIES, "D-1;O-1;goteborg;A-1;-2;2026-11-02;")).reason());
        assertEquals("not a whole number: 'två'",
                onlyError(validate(RecordType.DELIVERIES, "D-1;O-1;goteborg;A-1;två;2026-11-02;")).reason());

        LineError missing = onlyError(validate(RecordType.DELIVERIES, ";O-1;goteborg;A-1;1;2026-11-02;"));
        assertEquals("delivery_id", missing.field());
        assertEquals("missing", missing.reason());

        LineValidator.Result several = validate(RecordType.DELIVERIES, "D 1;;narnia;;0;yesterday;");
        assertEquals(List.of("delivery_id", "order_id", "care_provider", "article", "quantity", "delivered_on"),
                several.errors().stream().map(LineError::field).toList());
    }

    @Test
    public void aPersonalIdentityNumberIsRefusedAndNeverEchoed() {
        LineValidator.Result r = validate(RecordType.DELIVERIES, "D-1;O-1;goteborg;A-1;1;2026-11-02;19811218-9876");
        LineError e = onlyError(r);
        assertEquals("patient_ref", e.field());
        assertEquals(LineValidator.PERSONAL_NUMBER, e.reason());
        assertFalse(e.reason().contains("9876"));

        // in any field, e.g. as an order id, and as a samordningsnummer
        LineError asId = onlyError(validate(RecordType.ORDERS, "7010632391;goteborg;A-1;1;2026-11-02;"));
        assertEquals("order_id", asId.field());
        assertFalse(asId.reason().contains("7010632391"));

        // a wrong check digit is an ordinary reference
        assertTrue(validate(RecordType.DELIVERIES, "D-1;O-1;goteborg;A-1;1;2026-11-02;811218-9877").valid());
    }

    @Test
    public void aLineThatCouldNotBeReadIsOneErrorWithoutField() {
        LineError e = onlyError(validate(RecordType.ORDERS, "O-1;goteborg"));
        assertEquals("", e.field());
        assertTrue(e.reason().startsWith("expected 6 columns"));
    }
}
