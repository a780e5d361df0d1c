package se.avtalsvakt.reporting.internal.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.api.supplier.CheckCompliance;
import se.avtalsvakt.api.supplier.InvoicedCost;
import se.avtalsvakt.api.supplier.SupplierAnalysis;
import se.avtalsvakt.api.report.CostBase;
import se.avtalsvakt.api.report.ExcludedCost;
import se.avtalsvakt.api.supplier.DiscrepancyKind;
import se.avtalsvakt.reporting.internal.CostAllocationRules;
import se.avtalsvakt.reporting.internal.CostAllocationRulesTest;
import se.avtalsvakt.reporting.internal.CostAllocator;
import se.avtalsvakt.reporting.internal.Fakes;
import se.avtalsvakt.reporting.internal.ReportSettings;
import se.avtalsvakt.reporting.internal.ReportingConfig;

public class ReportsTest {

    private static final PlatformClock CLOCK = Fakes.of(PlatformClock.class,
            Map.of("today", a -> LocalDate.of(2026, 3, 1)));

    private static ReportSettings settings(String... netResults) {
        return new ReportSettings(new ReportingConfig() {
            public Class<? extends Annotation> annotationType() {
                return ReportingConfig.class;
            }

            public String[] netResults() {
                return netResults;
            }

            public int calendarMonthsBack() {
                return 3;
            }

            public int calendarMonthsAhead() {
                return 24;
            }

            public String[] mainAreas() {
                return new String[] {"Rörelsehinder", "Kommunikation och information", "Medicinsk behandling",
                    "Övriga tjänster"};
            }

            public String costAllocationAgreement() {
                return "samarbetsavtal-hjalpmedel";
            }
        });
    }

    private static SupplierAnalysis supplier() {
        return Fakes.of(SupplierAnalysis.class, Map.of(
                "invoicedCosts", a -> List.of(
                        new InvoicedCost("goteborg", "Rörelsehinder", 2025, 100_000_000L),
                        new InvoicedCost("boras", "Rörelsehinder", 2025, 50_000_000L),
                        new InvoicedCost("mark", "Rörelsehinder", 2025, 0L),
                        new InvoicedCost("vgr", "Kommunikation och information", 2025, 30_000L)),
                "checkCompliance", a -> List.of(
                        new CheckCompliance("goteborg", YearMonth.of(2025, 3), 8, 6, 1, 1))));
    }

    private static ReportRequest year(int y, Map<String, String> options, String attachment) {
        return new ReportRequest("cost-allocation", y, null, null, null, null, null, options, attachment);
    }

    @Test
    public void costAllocationFromInvoicedCostsAndConfiguredNetResults() {
        CostAllocationReport report = new CostAllocationReport(new CostAllocator(),
                settings("2025;Rörelsehinder;100000.00, 2024;Rörelsehinder;1.00"), CLOCK);
        report.supplier = supplier();
        Report r = report.build(year(2025, Map.of(), null));
        ReportSection area = r.section("Huvudområde Rörelsehinder").orElseThrow();
        assertEquals(List.of("goteborg", new BigDecimal("1000000.00"), new BigDecimal("0.666667"),
                new BigDecimal("66666.67")), area.rows().get(0));
        assertEquals(new BigDecimal("33333.33"), area.rows().get(1).get(3));
        assertEquals(new BigDecimal("0.00"), area.rows().get(2).get(3));
        assertEquals("Summa", area.rows().get(3).get(0));
        assertEquals(new BigDecimal("100000.00"), area.rows().get(3).get(3));
        // no net result configured for Kommunikation: shares only
        ReportSection komm = r.section("Huvudområde Kommunikation och information").orElseThrow();
        assertNull(komm.rows().get(0).get(3));
        assertTrue(komm.note().contains("Inget nettoresultat"));
    }

    @Test
    public void costAllocationFromUploadedCsvWithNetResultsParameter() {
        CostAllocationReport report = new CostAllocationReport(new CostAllocator(), settings(), CLOCK);
        String csv = "\uFEFFcare_provider;main_area;cost\r\na;Rörelsehinder;1,00\nb;Rörelsehinder;1.00\n"
                + "c;Rörelsehinder;1\n";
        Report r = report.build(year(2025, Map.of("netResults", "Rörelsehinder=-100,00"), csv));
        ReportSection area = r.section("Huvudområde Rörelsehinder").orElseThrow();
        assertEquals(new BigDecimal("-33.34"), area.rows().get(0).get(3));
        assertEquals(new BigDecimal("-33.33"), area.rows().get(2).get(3));
        assertEquals(new BigDecimal("-100.00"), area.rows().get(3).get(3));
        assertEquals(List.of("Rörelsehinder", new BigDecimal("3.00"), new BigDecimal("-100.00"),
                new BigDecimal("-100.00")), r.section("Summa per huvudområde 2025").orElseThrow().rows().get(0));
    }

    private static CostAllocationReport withRules(String... netResults) {
        ReportSettings settings = settings(netResults);
        CostAllocationRules rules = new CostAllocationRules(settings, CostAllocationRulesTest.agreements());
        return new CostAllocationReport(new CostAllocator(rules), settings, rules, CLOCK);
    }

    @Test
    public void flaggedInvoiceLinesAreLeftOutOfTheCostBaseAndCounted() {
        CostAllocationReport report = withRules("2025;Rörelsehinder;100.00");
        report.costBase = year -> new CostBase(year, List.of(new InvoicedCost("lerum", "Rörelsehinder", year,
                30_000L), new InvoicedCost("boras", "Rörelsehinder", year, 10_000L)), List.of(
                new ExcludedCost("lerum", "Rörelsehinder", DiscrepancyKind.DUPLICATE_LINE, 2, 20_000L),
                new ExcludedCost("boras", "Rörelsehinder", DiscrepancyKind.INVOICED_NOT_DELIVERED, 1, 5_000L)));
        Report r = report.build(year(2025, Map.of(), null));
        assertEquals("3", r.parameters().get("Utelämnade fakturarader"));
        assertEquals(new BigDecimal("75.00"), r.section("Huvudområde Rörelsehinder").orElseThrow().rows().get(0)
                .get(3));
        ReportSection out = r.section("Fakturarader utanför kostnadsunderlaget 2025").orElseThrow();
        assertEquals(List.of("lerum", "Rörelsehinder", "fakturerad två gånger", 2L, new BigDecimal("200.00")),
                out.rows().get(0));
        assertEquals("fakturerad utan leverans", out.rows().get(1).get(2));
        assertTrue(out.note(), out.note().startsWith("3 fakturarader på sammanlagt 250,00 kr ingår inte"));
    }

    @Test
    public void withoutTheCostBaseTheReportSaysFlaggedLinesAreIncluded() {
        CostAllocationReport report = withRules();
        report.supplier = supplier();
        Report r = report.build(year(2025, Map.of(), null));
        assertNull(r.parameters().get("Utelämnade fakturarader"));
        assertTrue(r.section("Fakturarader utanför kostnadsunderlaget 2025").orElseThrow().note()
                .contains("ingår i kostnadsunderlaget"));
        // goteborg and mark are no care providers of the fake agreement: set apart, not distributed
        ReportSection outside = r.section("Kostnader som inte fördelas 2025").orElseThrow();
        assertEquals(List.of("goteborg", "mark"), outside.rows().stream().map(row -> row.get(0)).toList());
        assertEquals(List.of("boras"), r.section("Huvudområde Rörelsehinder").orElseThrow().rows().stream()
                .map(row -> row.get(0)).filter(c -> !c.equals("Summa")).toList());
    }

    @Test
    public void aNetResultForAMainAreaWithoutCostsIsAnError() {
        CostAllocationReport report = withRules("2025;Medicinsk behandling;500.00");
        report.supplier = supplier();
        try {
            report.build(year(2025, Map.of(), null));
            fail();
        } catch (ValidationException e) {
            assertEquals("netResults", e.problems().get(0).path());
            assertTrue(e.getMessage(), e.problems().get(0).message().contains("'Medicinsk behandling' has a net "
                    + "result of 500.00 (setting netResults) but no costs in 2025"));
        }
        try {
            withRules().build(year(2025, Map.of("netResults", "Rullstolar=1,00"),
                    "care_provider;main_area;cost\nlerum;Rörelsehinder;1\n"));
            fail();
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.problems().get(0).message().contains("'Rullstolar' is not one of the main"));
        }
        // a zero net result needs no costs
        withRules().build(year(2025, Map.of("netResults", "Medicinsk behandling=0"),
                "care_provider;main_area;cost\nlerum;Rörelsehinder;1\n"));
    }

    @Test
    public void anUploadNamesCareProvidersAndMainAreasOutsideTheAgreement() {
        try {
            withRules().build(year(2025, Map.of(), "care_provider;main_area;cost\nlerum;Rörelsehinder;1\n"
                    + "oslo;Rörelsehinder;1\nboras;Rullstolar;1\n"));
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("costs line 3", "costs line 4"), e.problems().stream().map(p -> p.path()).toList());
            assertTrue(e.getMessage(), e.problems().get(0).message().contains("'oslo' is not a care provider"));
            assertTrue(e.getMessage(), e.problems().get(1).message().contains("'Rullstolar'"));
        }
    }

    @Test
    public void badCsvLinesAreNamed() {
        try {
            CostCsvParser.parse("care_provider;main_area;cost\na;X;1\nb;X;abc\nc;X;-1\n");
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("costs line 3", "costs line 4"), e.problems().stream().map(p -> p.path()).toList());
        }
    }

    @Test
    public void withoutSupplierModuleTheSectionsSaySo() {
        CostAllocationReport report = new CostAllocationReport(new CostAllocator(), settings(), CLOCK);
        Report r = report.build(year(2025, Map.of(), null));
        assertTrue(r.sections().get(0).note().startsWith("inga leverantörsdata"));
        ComplianceReport compliance = new ComplianceReport(obligations(), governance(), CLOCK);
        Report c = compliance.build(ReportRequest.of("compliance").withYear(2025));
        assertTrue(c.section("Leveranskontroller inom fem arbetsdagar").orElseThrow().note()
                .startsWith("inga leverantörsdata"));
        assertTrue(c.section("Avvikelser i fakturor").orElseThrow().note().startsWith("inga leverantörsdata"));
    }

    @Test
    public void complianceCountsObligationsBodiesAndChecks() {
        ComplianceReport compliance = new ComplianceReport(obligations(), governance(), CLOCK);
        compliance.supplier = supplier();
        Report c = compliance.build(ReportRequest.of("compliance").withYear(2025));
        ReportSection obligations = c.section("Åtaganden").orElseThrow();
        assertEquals(2, obligations.rows().size());
        assertEquals("Uppfyllda: 1, försenade: 1 av 2.", obligations.note());
        ReportSection bodies = c.section("Organens regelefterlevnad 2025").orElseThrow();
        assertEquals(List.of("Ledningsrådet för hjälpmedel", 5, 0, "6–6", 4, 1, 4, 1, 0, false),
                bodies.rows().get(0));
        assertEquals("QUORUM", c.section("Regelbrott 2025").orElseThrow().rows().get(0).get(1));
        ReportSection checks = c.section("Leveranskontroller inom fem arbetsdagar").orElseThrow();
        assertEquals(List.of("goteborg", "2025-03", 8, 6, 1, 1, new BigDecimal("75.0")), checks.rows().get(0));
    }

    private static ObligationService obligations() {
        return Fakes.of(ObligationService.class, Map.of("occurrences", a -> List.of(
                new Occurrence("p:2025-06-30", "p", "Utvärdering", ObligationKind.EVALUATION, "avtal", null,
                        "ledningsradet", LocalDate.of(2025, 6, 30), OccurrenceState.FULFILLED, 1, null, List.of()),
                new Occurrence("q:2025-12-31", "q", "Ekonomisk uppföljning", ObligationKind.FOLLOW_UP, "avtal",
                        null, "ledningsradet", LocalDate.of(2025, 12, 31), OccurrenceState.OVERDUE, 1, null,
                        List.of()))));
    }

    private static GovernanceService governance() {
        Body lr = new Body("ledningsradet", "Ledningsrådet för hjälpmedel", BodyLevel.MANAGEMENT, null, List.of(),
                null, null);
        return Fakes.of(GovernanceService.class, Map.of(
                "bodies", a -> List.of(lr),
                "compliance", a -> new Compliance("ledningsradet", 2025, 6, 6, 5, 0, 14, 4, 1, 4, 1, 0,
                        List.of(new Violation("QUORUM", "meeting 3", "too few")), false)));
    }
}
