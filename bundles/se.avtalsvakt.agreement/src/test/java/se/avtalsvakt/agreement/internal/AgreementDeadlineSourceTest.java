package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

/** The agreement source's party deadlines and events, by their own date and by the day they were recorded. */
public class AgreementDeadlineSourceTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant RECORDED_22ND = LocalDate.of(2026, 11, 22).atTime(9, 0).atZone(STOCKHOLM).toInstant();
    private static final Map<String, String> NAMES = Map.of("lilla-edet", "Lilla Edet", "vgr",
            "Västra Götalandsregionen", "boras", "Borås");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Agreement agreement(List<TerminationNotice> notices, boolean renegotiationAnyTime) {
        return new Agreement("samarbetsavtal-hjalpmedel", "Samarbetsavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("lilla-edet", PartyRole.CARE_PROVIDER),
                        new Party("boras", PartyRole.CARE_PROVIDER)),
                "politisk-beredningsgrupp", d("2017-10-01"), d("2020-09-30"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true),
                renegotiationAnyTime, false, List.of(), null, List.of(), notices, List.of("vgr"), false);
    }

    /** A source over one agreement, its renegotiation calls and its recorded term changes. */
    private static AgreementDeadlineSource source(Agreement a, List<RenegotiationRequest> calls,
            List<TermChange> changes) {
        TermSchedule schedule = TermSchedule.of(a, AgreementDeadlineSourceTest::workingDay);
        Participations participations = new Participations(a, schedule, id -> NAMES.getOrDefault(id, id));
        AgreementService service = (AgreementService) Proxy.newProxyInstance(AgreementService.class.getClassLoader(),
                new Class<?>[] {AgreementService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> List.of(a);
                    case "effectOf" -> schedule.effectOf((TerminationNotice) args[1]);
                    case "renegotiations" -> calls;
                    case "termChanges" -> changes;
                    case "parties" -> participations.on((LocalDate) args[1]);
                    case "terms" -> schedule.info((LocalDate) args[1], day -> day);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        WorkingDayCalendar calendar = (WorkingDayCalendar) Proxy.newProxyInstance(
                WorkingDayCalendar.class.getClassLoader(), new Class<?>[] {WorkingDayCalendar.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isWorkingDay" -> workingDay((LocalDate) args[0]);
                    case "lastWorkingDayOnOrBefore" -> {
                        LocalDate day = (LocalDate) args[0];
                        while (!workingDay(day)) {
                            day = day.minusDays(1);
                        }
                        yield day;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        OrganisationService organisations = (OrganisationService) Proxy.newProxyInstance(
                OrganisationService.class.getClassLoader(), new Class<?>[] {OrganisationService.class},
                (proxy, method, args) -> Optional.ofNullable(NAMES.get((String) args[0]))
                        .map(n -> new Organisation((String) args[0], n, OrganisationKind.MUNICIPALITY, null)));
        PlatformClock clock = new PlatformClock() {
            @Override
            public ZoneId zone() {
                return STOCKHOLM;
            }

            @Override
            public Clock clock() {
                return Clock.fixed(RECORDED_22ND, STOCKHOLM);
            }
        };
        return new AgreementDeadlineSource(service, calendar, organisations, clock);
    }

    private static final TerminationNotice LILLA_EDET = new TerminationNotice("lilla-edet", d("2026-11-10"), true,
            "KS 2026/123", RECORDED_22ND, null);

    @Test
    public void aNoticeRecordedLateIsReportedWhenRecordedWithItsOwnDate() {
        AgreementDeadlineSource source = source(agreement(List.of(LILLA_EDET), false), List.of(), List.of());
        List<Deadline> recorded = source.eventsRecorded(d("2026-11-22"), d("2026-11-22"));
        assertEquals(1, recorded.size());
        Deadline e = recorded.get(0);
        assertEquals("NOTICE_RECEIVED", e.kind());
        assertEquals(d("2026-11-10"), e.date());
        assertEquals("samarbetsavtal-hjalpmedel/lilla-edet", e.subject());
        assertEquals("politisk-beredningsgrupp", e.owner());
        assertEquals("Uppsägning från Lilla Edet mottagen tisdag 10 november 2026: partens deltagande upphör efter "
                + "söndag 30 september 2029; avtalet fortsätter för övriga parter.", e.description());
        // by its own date it belongs to the 10th, not to the day it was recorded
        assertEquals(List.of(), source.events(d("2026-11-22"), d("2026-11-22")));
        assertEquals(1, source.events(d("2026-11-10"), d("2026-11-10")).size());
        assertEquals(List.of(), source.eventsRecorded(d("2026-11-23"), d("2026-12-31")));
    }

    @Test
    public void aRenegotiationCallRecordedTheDayAfterIsReportedWhenRecorded() {
        RenegotiationRequest call = new RenegotiationRequest("boras", d("2026-11-21"), null, "Nya skollagen",
                RECORDED_22ND);
        AgreementDeadlineSource source = source(agreement(List.of(), true), List.of(call), List.of());
        List<Deadline> recorded = source.eventsRecorded(d("2026-11-22"), d("2026-11-22"));
        assertEquals(1, recorded.size());
        assertEquals("RENEGOTIATION_REQUESTED", recorded.get(0).kind());
        assertEquals(d("2026-11-21"), recorded.get(0).date());
        assertTrue(recorded.get(0).description(), recorded.get(0).description().startsWith("Borås begär omförhandling"));
    }

    @Test
    public void aLeavingPartyGivesADeadlineToTheOwnerBodyAndOneToItself() {
        AgreementDeadlineSource source = source(agreement(List.of(LILLA_EDET), false), List.of(), List.of());
        List<Deadline> leaving = source.deadlines(d("2029-09-01"), d("2029-10-31")).stream()
                .filter(x -> x.kind().startsWith("PARTY_LEAVES")).toList();
        assertEquals(2, leaving.size());
        assertEquals("politisk-beredningsgrupp", leaving.get(0).owner());
        assertEquals("PARTY_LEAVES", leaving.get(0).kind());
        assertEquals("lilla-edet", leaving.get(1).owner());
        assertEquals("PARTY_LEAVES_OWN", leaving.get(1).kind());
        for (Deadline x : leaving) {
            assertEquals("samarbetsavtal-hjalpmedel/lilla-edet", x.subject());
            assertEquals(d("2029-09-30"), x.date());
            assertTrue(x.description(), x.description().startsWith("Lilla Edet lämnar avtalet: sista dag som part "
                    + "söndag 30 september 2029."));
        }
        // the agreement's own term end is there too: it goes on for the others
        assertTrue(source.deadlines(d("2029-09-01"), d("2029-10-31")).stream()
                .anyMatch(x -> x.kind().equals("TERM_END") && x.subject().equals("samarbetsavtal-hjalpmedel")));
    }

    @Test
    public void aPartyThatHasLeftAndAWithdrawalAreEvents() {
        TermChange left = new TermChange("samarbetsavtal-hjalpmedel", TermChange.Kind.PARTY_LEFT, 4, d("2029-10-01"),
                d("2029-09-30"), RECORDED_22ND, "lilla-edet");
        TerminationNotice withdrawn = LILLA_EDET.withdrawn(new NoticeWithdrawal(d("2026-11-22"), "Beslutet upphävt",
                RECORDED_22ND));
        AgreementDeadlineSource source = source(agreement(List.of(withdrawn), false), List.of(), List.of(left));
        List<Deadline> ended = source.events(d("2029-10-01"), d("2029-10-01"));
        assertEquals("PARTY_ENDED", ended.get(0).kind());
        assertEquals("samarbetsavtal-hjalpmedel/lilla-edet", ended.get(0).subject());
        assertTrue(ended.get(0).description(), ended.get(0).description().startsWith("Lilla Edet är inte längre part"));

        List<String> kinds = source.eventsRecorded(d("2026-11-22"), d("2026-11-22")).stream().map(Deadline::kind)
                .toList();
        // a recorded term change is the renewal job's bookkeeping: raised on its own day, never by recording day
        assertEquals(List.of("NOTICE_RECEIVED", "NOTICE_WITHDRAWN"), kinds);
        Deadline w = source.events(d("2026-11-22"), d("2026-11-22")).get(0);
        assertEquals("NOTICE_WITHDRAWN", w.kind());
        assertTrue(w.description(), w.description().contains("har återkallats söndag 22 november 2026"));
    }
}
