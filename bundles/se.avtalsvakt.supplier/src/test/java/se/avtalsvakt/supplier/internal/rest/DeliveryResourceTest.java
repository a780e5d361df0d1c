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
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.rest.DeliveryResource.CheckBody;

public class DeliveryResourceTest {

    private final Fakes fakes = new Fakes();
    private final DeliveryResource resource = new DeliveryResource(fakes.suppliers(), fakes.analysis(),
            Fakes.clock(), fakes.uploads(), () -> "hmc");

    @Test
    public void deliveriesAreAPageOfAHundredOfAllUnlessFiltered() {
        resource.deliveries(null, null, null, null, null, null, null, null);
        resource.deliveries("goteborg", "hmc", true, LocalDate.of(2026, 11, 27), null, null, 1000, "abc");
        resource.deliveries(null, null, false, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 5, null);
        assertEquals(List.of("deliveries(DeliveryFilter[careProvider=null, supplier=null, uncheckedOnly=false,"
                + " checkDue=null, deliveredFrom=null, deliveredTo=null], 100, null)",
                "deliveries(DeliveryFilter[careProvider=goteborg, supplier=hmc, uncheckedOnly=true,"
                        + " checkDue=2026-11-27, deliveredFrom=null, deliveredTo=null], 1000, abc)",
                "deliveries(DeliveryFilter[careProvider=null, supplier=null, uncheckedOnly=false, checkDue=null,"
                        + " deliveredFrom=2026-11-01, deliveredTo=2026-11-30], 5, null)"), fakes.calls);
        for (int bad : new int[] {0, 1001}) {
            assertEquals("limit", assertThrows(ValidationException.class, () -> resource.deliveries(null, null, null,
                    null, null, null, bad, null)).problems().get(0).path());
        }
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
        resource.checks(null, "text/csv", "1", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                Fakes.user("olle"));
        resource.checks("acme", "application/json", null,
                new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), Fakes.user("eva"));
        assertEquals(List.of("ingestHttp(hmc, DELIVERY_CHECKS, CSV, x, olle)",
                "ingestHttp(acme, DELIVERY_CHECKS, JSON, [], eva)"), fakes.calls);
    }

    @Test
    public void anUnreadableFileOfChecksIsRefusedNamingTheBody() {
        DeliveryResource unreadable = new DeliveryResource(fakes.suppliers(), fakes.analysis(), Fakes.clock(),
                new Uploads((s, t, f, b, u) -> {
                    throw new UnreadableFileException("not UTF-8");
                }, () -> 100, null), () -> "hmc");
        ValidationException e = assertThrows(ValidationException.class, () -> unreadable.checks(null, "text/csv",
                null, new ByteArrayInputStream(new byte[0]), Fakes.user("olle")));
        assertEquals("body", e.problems().get(0).path());
    }

    @Test
    public void theComplianceIsOfTheTwelveMonthsToThisOneUnlessGiven() {
        resource.compliance(null, null, null, null, null);
        resource.compliance("partille", YearMonth.of(2026, 10), YearMonth.of(2026, 10), 7, null);
        resource.compliance(null, null, YearMonth.of(2026, 3), null, null);
        resource.compliance(null, YearMonth.of(2026, 1), null, null, null);
        assertEquals(List.of("checkCompliance(null, 2025-12, 2026-11, 100)",
                "checkCompliance(partille, 2026-10, 2026-10, 7)", "checkCompliance(null, 2025-04, 2026-03, 100)",
                "checkCompliance(null, 2026-01, 2026-11, 100)"), fakes.calls);
    }

    @Test
    public void theAnalysisIsAskedWithTheQueryAsGivenAndTheCostsOfThisYearUnlessGiven() {
        new InvoiceResource(fakes.analysis()).discrepancies("molndal", "F-1", null, null);
        new InvoiceResource(fakes.analysis()).discrepancies(null, null, 3, null);
        new LostAidResource(fakes.analysis()).lostAids("partille", null, null);
        new InvoicedCostResource(fakes.analysis(), Fakes.clock()).invoicedCosts(null, null, null);
        new InvoicedCostResource(fakes.analysis(), Fakes.clock()).invoicedCosts(2023, 1000, null);
        assertEquals(List.of("discrepancies(molndal, F-1, 100)", "discrepancies(null, null, 3)",
                "lostAids(partille, 100)", "invoicedCosts(2026, 100)", "invoicedCosts(2023, 1000)"), fakes.calls);
    }
}
