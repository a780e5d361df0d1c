package se.avtalsvakt.supplier.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.supplier.DeliveryView;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.rest.DeliveryResource.CheckBody;

public class DeliveryResourceTest {

    private final Fakes fakes = new Fakes();
    private final DeliveryResource resource = new DeliveryResource(fakes.suppliers(), fakes.analysis(),
            Fakes.clock(), fakes.route(), () -> "hmc");

    @Test
    public void deliveriesAreAllUnlessOnlyTheUncheckedAreAskedFor() {
        resource.deliveries(null, null, null, null, null, null);
        resource.deliveries("goteborg", true, null, null, null, null);
        resource.deliveries("goteborg", false, null, null, null, null);
        assertEquals(List.of("deliveries(null, false)", "deliveries(goteborg, true)", "deliveries(goteborg, false)"),
                fakes.calls);
    }

    private static DeliveryView delivery(String id, String supplier, String deliveredOn, String checkDue) {
        return new DeliveryView(supplier, new SupplierRecord(RecordType.DELIVERIES, id, "O-" + id, "goteborg", "A-1",
                1, LocalDate.parse(deliveredOn), null, null, null, null, null), LocalDate.parse(checkDue), null, null);
    }

    @Test
    public void deliveriesComeAPageAtATimeByDateSupplierAndIdFilteredBySupplierAndCheckDay() {
        fakes.deliveries = List.of(delivery("D-3", "hmc", "2026-11-02", "2026-11-09"),
                delivery("D-1", "hmc", "2026-11-02", "2026-11-09"), delivery("D-2", "aaa", "2026-11-02", "2026-11-09"),
                delivery("D-4", "hmc", "2026-11-03", "2026-11-10"));
        Page<DeliveryView> first = resource.deliveries(null, true, null, null, 2, null);
        assertEquals(List.of("D-2", "D-1"), first.items().stream().map(d -> d.delivery().recordId()).toList());
        Page<DeliveryView> second = resource.deliveries(null, true, null, null, 2, first.next());
        assertEquals(List.of("D-3", "D-4"), second.items().stream().map(d -> d.delivery().recordId()).toList());
        assertEquals(null, second.next());
        assertEquals(List.of("D-1", "D-3"), resource.deliveries(null, true, "hmc", LocalDate.of(2026, 11, 9), null,
                null).items().stream().map(d -> d.delivery().recordId()).toList());
        assertEquals("limit", assertThrows(ValidationException.class,
                () -> resource.deliveries(null, true, null, null, 1001, null)).problems().get(0).path());
    }

    @Test
    public void aCheckIsRecordedByTheUserForTheSupplierOfTheBodyOrTheQuery() {
        resource.check("D-1", null, new CheckBody(LocalDate.of(2026, 11, 20), false, "a wheel", null),
                Fakes.user("olle"));
        resource.check("D-1", "q", new CheckBody(null, true, null, "b"), Fakes.user("olle"));
        resource.check("D-1", "q", new CheckBody(null, true, null, null), Fakes.user("olle"));
        assertEquals(List.of(
                "checkDelivery(D-1, null, DeliveryCheck[checkedOn=2026-11-20, matchesOrder=false, note=a wheel], olle)",
                "checkDelivery(D-1, b, DeliveryCheck[checkedOn=null, matchesOrder=true, note=null], olle)",
                "checkDelivery(D-1, q, DeliveryCheck[checkedOn=null, matchesOrder=true, note=null], olle)"),
                fakes.calls);
    }

    @Test
    public void aCheckWithoutMatchesOrderIsRefusedNamingIt() {
        ValidationException e = assertThrows(ValidationException.class, () -> resource.check("D-1", null,
                new CheckBody(LocalDate.of(2026, 11, 20), null, null, null), Fakes.user("olle")));
        assertEquals("matchesOrder", e.problems().get(0).path());
        assertEquals(List.of(), fakes.calls);
    }

    @Test
    public void aFileOfChecksIsForTheFirstConfiguredSupplierUnlessOneIsGiven() {
        resource.checks(null, "text/csv", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                Fakes.user("olle"));
        resource.checks("acme", "application/json", new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
                Fakes.user("eva"));
        assertEquals(List.of("ingestHttp(hmc, DELIVERY_CHECKS, CSV, x, olle)",
                "ingestHttp(acme, DELIVERY_CHECKS, JSON, [], eva)"), fakes.calls);
    }

    @Test
    public void anUnreadableFileOfChecksIsRefusedNamingTheBody() {
        DeliveryResource unreadable = new DeliveryResource(fakes.suppliers(), fakes.analysis(), Fakes.clock(),
                (s, t, f, b, u) -> {
                    throw new UnreadableFileException("not UTF-8");
                }, () -> "hmc");
        ValidationException e = assertThrows(ValidationException.class, () -> unreadable.checks(null, "text/csv",
                new ByteArrayInputStream(new byte[0]), Fakes.user("olle")));
        assertEquals("body", e.problems().get(0).path());
    }

    @Test
    public void theComplianceIsOfTheTwelveMonthsToThisOneUnlessGiven() {
        resource.compliance(null, null, null);
        resource.compliance("partille", YearMonth.of(2026, 10), YearMonth.of(2026, 10));
        resource.compliance(null, null, YearMonth.of(2026, 3));
        resource.compliance(null, YearMonth.of(2026, 1), null);
        assertEquals(List.of("checkCompliance(null, 2025-12, 2026-11)", "checkCompliance(partille, 2026-10, 2026-10)",
                "checkCompliance(null, 2025-04, 2026-03)", "checkCompliance(null, 2026-01, 2026-11)"), fakes.calls);
    }

    @Test
    public void theAnalysisIsAskedWithTheQueryAsGivenAndTheCostsOfThisYearUnlessGiven() {
        new InvoiceResource(fakes.analysis()).discrepancies("molndal", "F-1");
        new InvoiceResource(fakes.analysis()).discrepancies(null, null);
        new LostAidResource(fakes.analysis()).lostAids("partille");
        new InvoicedCostResource(fakes.analysis(), Fakes.clock()).invoicedCosts(null);
        new InvoicedCostResource(fakes.analysis(), Fakes.clock()).invoicedCosts(2023);
        assertEquals(List.of("discrepancies(molndal, F-1)", "discrepancies(null, null)", "lostAids(partille)",
                "invoicedCosts(2026)", "invoicedCosts(2023)"), fakes.calls);
    }
}
