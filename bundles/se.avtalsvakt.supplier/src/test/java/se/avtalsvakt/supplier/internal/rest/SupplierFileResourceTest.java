package se.avtalsvakt.supplier.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.UnreadableFileException;

public class SupplierFileResourceTest {

    private final Fakes fakes = new Fakes();
    private final SupplierFileResource resource = new SupplierFileResource(fakes.suppliers(), fakes.uploads());

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void anUploadGoesThroughTheRouteInTheFormatOfItsMediaTypeAsTheUser() {
        assertEquals(RecordType.INVOICE_LINES, resource.upload("hmc", "invoice-lines", "text/csv; charset=UTF-8",
                "3", body("a;b"), Fakes.user("olle")).type());
        resource.upload("hmc", "LOST_AIDS", "Application/JSON", null, body("[]"), Fakes.user("olle"));
        assertEquals(List.of("ingestHttp(hmc, INVOICE_LINES, CSV, a;b, olle)",
                "ingestHttp(hmc, LOST_AIDS, JSON, [], olle)"), fakes.calls);
    }

    @Test
    public void anUnknownRecordTypeIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> resource.upload("hmc", "invoices", "text/csv", null, body("x"), Fakes.user("olle")));
        assertEquals(List.of(), fakes.calls);
        assertEquals(true, e.getMessage().contains("invoices"));
    }

    @Test
    public void aFileThatCannotBeReadIsRefusedNamingTheBody() {
        SupplierFileResource unreadable = new SupplierFileResource(fakes.suppliers(), new Uploads((s, t, f, b, u) -> {
            throw new UnreadableFileException("no header: expected order_id;care_provider");
        }, () -> 100, null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> unreadable.upload("hmc", "orders", "text/csv", null, body("1;2"), Fakes.user("olle")));
        assertEquals("body", e.problems().get(0).path());
        assertEquals("no header: expected order_id;care_provider", e.problems().get(0).message());
    }

    @Test
    public void theReceiptsAreAPageOfFiftyUnlessALimitUpToAThousandIsGiven() {
        resource.imports("hmc", null, null);
        resource.imports("hmc", 1000, "Nw");
        assertEquals(List.of("imports(hmc, 50, null)", "imports(hmc, 1000, Nw)"), fakes.calls);
        for (int bad : new int[] {0, 1001, -5}) {
            ValidationException e = assertThrows(ValidationException.class, () -> resource.imports("hmc", bad, null));
            assertEquals("limit", e.problems().get(0).path());
        }
    }

    @Test
    public void allReceiptsAreForEverySupplier() {
        new SupplierImportsResource(fakes.suppliers()).imports(null, null);
        new SupplierImportsResource(fakes.suppliers()).imports(3, null);
        assertEquals(List.of("imports(null, 50, null)", "imports(null, 3, null)"), fakes.calls);
        assertThrows(ValidationException.class, () -> new SupplierImportsResource(fakes.suppliers()).imports(0,
                null));
    }
}
