package se.avtalsvakt.reporting.internal.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.report.Report;
import se.avtalsvakt.api.report.ReportRequest;
import se.avtalsvakt.api.report.ReportSection;
import se.avtalsvakt.reporting.internal.CostAllocator;
import se.avtalsvakt.reporting.internal.DeadlineCalendar;
import se.avtalsvakt.reporting.internal.Fakes;
import se.avtalsvakt.reporting.internal.ReportSettings;
import se.avtalsvakt.reporting.internal.ReportingConfig;

public class SroAndRepresentativesTest {

    private static final PlatformClock CLOCK = Fakes.of(PlatformClock.class,
            Map.of("today", a -> LocalDate.of(2026, 3, 1)));

    @Test
    public void representativesRegisterPerOrganisation() {
        GovernanceService governance = Fakes.of(GovernanceService.class, Map.of(
                "representatives", a -> List.of(
                        new Representative(1, "Anna", "boras", "ledningsradet", "kommunerna", null, null, null, null,
                                null),
                        new Representative(2, "Bo", "vgr", "ledningsradet", "vgr", null, null, null, null, null)),
                "register", a -> "boras".equals(a[0])
                        ? List.of(new RepresentationEntry("ledningsradet", "Ledningsrådet", false, List.of("Anna")),
                                new RepresentationEntry("bg-it-stod", "Beredningsgrupp IT-stöd", false, List.of()))
                        : List.of(new RepresentationEntry("ledningsradet", "Ledningsrådet", false, List.of("Bo")))));
        OrganisationService organisations = Fakes.of(OrganisationService.class, Map.of("find",
                a -> Optional.of(new Organisation((String) a[0], "boras".equals(a[0]) ? "Borås" : "VGR",
                        OrganisationKind.MUNICIPALITY, null))));
        RepresentativesReport report = new RepresentativesReport(governance, organisations, CLOCK);
        Report all = report.build(ReportRequest.of("representatives"));
        assertEquals(List.of("Borås", "VGR"), all.sections().stream().map(ReportSection::title).toList());
        assertEquals(List.of("Ledningsrådet", false, "Anna"), all.sections().get(0).rows().get(0));
        assertEquals(List.of("Beredningsgrupp IT-stöd", false, ""), all.sections().get(0).rows().get(1));
        Report one = report.build(new ReportRequest("representatives", null, null, null, "vgr", null, null,
                Map.of(), null));
        assertEquals(1, one.sections().size());
    }

    @Test
    public void sroAnnualHoldsEveryPart() {
        AgreementService agreements = Fakes.of(AgreementService.class, Map.of(
                "list", a -> List.of(new Agreement("samarbetsavtal", "Samarbetsavtal", null, null, List.of(
                        new se.avtalsvakt.api.agreement.Party("vgr", se.avtalsvakt.api.agreement.PartyRole.CARE_PROVIDER),
                        new se.avtalsvakt.api.agreement.Party("lilla-edet",
                                se.avtalsvakt.api.agreement.PartyRole.CARE_PROVIDER),
                        new se.avtalsvakt.api.agreement.Party("ale", se.avtalsvakt.api.agreement.PartyRole.CARE_PROVIDER)),
                        null, null, null, null, false, false, null, null, null, null)),
                "parties", a -> List.of(
                        new se.avtalsvakt.api.agreement.Participation("lilla-edet", null,
                                se.avtalsvakt.api.agreement.ParticipationStatus.NOTICE_GIVEN, null,
                                LocalDate.of(2029, 9, 30), null, null),
                        new se.avtalsvakt.api.agreement.Participation("ale", null,
                                se.avtalsvakt.api.agreement.ParticipationStatus.ENDED, null,
                                LocalDate.of(2025, 9, 30), null, null)),
                "terms", a -> new TermInfo("samarbetsavtal", (LocalDate) a[1], 3, LocalDate.of(2023, 10, 1),
                        LocalDate.of(2026, 9, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 30),
                        AgreementStatus.ACTIVE, null)));
        Deadlines deadlines = Fakes.of(Deadlines.class, Map.of("between", a -> List.of(
                new Deadline("agreement", "samarbetsavtal", "Samarbetsavtal", "TERM_END", LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 9, 30), null, "slut"),
                new Deadline("supplier", "x/1", "Leverans", "DELIVERY_CHECK", LocalDate.of(2026, 2, 2),
                        LocalDate.of(2026, 2, 2), "boras", "kontroll"))));
        ObligationService obligations = Fakes.of(ObligationService.class, Map.of());
        GovernanceService governance = Fakes.of(GovernanceService.class, Map.of());
        ReportSettings settings = new ReportSettings(new ReportingConfig() {
            public Class<? extends Annotation> annotationType() {
                return ReportingConfig.class;
            }

            public String[] netResults() {
                return new String[0];
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
        DeadlineCalendar calendar = new DeadlineCalendar(deadlines, agreements, obligations, governance);
        calendar.organisations = Fakes.of(se.avtalsvakt.api.organisation.OrganisationService.class, Map.of("list",
                a -> List.of(new se.avtalsvakt.api.organisation.Organisation("lilla-edet", "Lilla Edet", null, null),
                        new se.avtalsvakt.api.organisation.Organisation("ale", "Ale", null, null))));
        SroAnnualReport sro = new SroAnnualReport(agreements, obligations, governance, calendar,
                new CostAllocationReport(new CostAllocator(), settings, CLOCK), CLOCK);
        Report r = sro.build(new ReportRequest("sro-annual", 2026, null, null, null, null, null,
                Map.of("netResults", "Rörelsehinder=10.00"),
                "care_provider;main_area;cost\na;Rörelsehinder;1\nb;Rörelsehinder;3\n"));
        assertEquals("Årsrapport till SRO 2026", r.title());
        // who is leaving, by name (an organisation without a name stays as its id) and last day
        assertEquals(java.util.Arrays.asList("samarbetsavtal", "Samarbetsavtal", "Gällande",
                LocalDate.of(2026, 9, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 30), null,
                "2 av 3 parter kvar", "Ale lämnade efter 30 september 2025; Lilla Edet lämnar efter 30 september 2029"),
                r.section("Avtal").orElseThrow().rows().get(0));
        // only the agreements' deadlines, not the delivery checks
        assertEquals(1, r.section("Avtalens tidsfrister 2026").orElseThrow().rows().size());
        assertTrue(r.section("Utvärderingar 2026").isPresent());
        assertTrue(r.section("Organens regelefterlevnad 2026").isPresent());
        assertTrue(r.section("Leveranskontroller inom fem arbetsdagar").orElseThrow().note()
                .startsWith("inga leverantörsdata"));
        ReportSection area = r.section("Huvudområde Rörelsehinder").orElseThrow();
        assertEquals(new BigDecimal("2.50"), area.rows().get(0).get(3));
        assertEquals(new BigDecimal("7.50"), area.rows().get(1).get(3));
    }
}
