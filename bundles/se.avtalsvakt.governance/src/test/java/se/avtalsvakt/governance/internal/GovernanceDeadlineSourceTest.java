package se.avtalsvakt.governance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.calendar.Holiday;
import se.avtalsvakt.api.calendar.WorkingDayCalendar;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

public class GovernanceDeadlineSourceTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    static final GovernanceConfig CONFIG = new GovernanceConfig() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return GovernanceConfig.class;
        }

        @Override
        public String coordinator() {
            return "samordningsfunktionen";
        }

        @Override
        public int nominationDays() {
            return 30;
        }

        @Override
        public boolean referenceData() {
            return false;
        }

        @Override
        public String[] files() {
            return new String[0];
        }
    };

    static final OrganisationService ORGANISATIONS = new OrganisationService() {
        @Override
        public List<Organisation> list() {
            return List.copyOf(SeatRulesTest.ORGS.values());
        }

        @Override
        public List<Organisation> list(OrganisationKind kind) {
            return list().stream().filter(o -> o.kind() == kind).toList();
        }

        @Override
        public Optional<Organisation> find(String id) {
            return Optional.ofNullable(SeatRulesTest.ORGS.get(id));
        }
    };

    /** Weekends only: enough for the practical date. */
    static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int days) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
            LocalDate d = date;
            while (!isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        @Override
        public List<Holiday> holidays(int year) {
            return List.of();
        }
    };

    static final PlatformClock CLOCK = new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    };

    /** A register answering fixed vacancies and the shipped bodies. */
    private static GovernanceRegister register(List<Vacancy> vacancies) {
        return new GovernanceRegister(null, ORGANISATIONS, null, CLOCK, CONFIG) {
            @Override
            public List<Vacancy> vacancies(LocalDate on) {
                return vacancies;
            }

            @Override
            public Optional<Body> body(String id) {
                return Optional.of(Fixtures.body(id));
            }

            @Override
            public List<Meeting> meetings(String body, Integer year) {
                return List.of();
            }

            @Override
            List<Meeting> meetingsFrom(LocalDate since) {
                return List.of();
            }
        };
    }

    private static GovernanceDeadlineSource source(List<Vacancy> vacancies) {
        return new GovernanceDeadlineSource(register(vacancies), null, WEEKDAYS, CLOCK, CONFIG);
    }

    @Test
    public void aVacancyIsADeadlineOfTheAppointingOrganisationNamedInTheText() {
        Deadline d = source(List.of(new Vacancy("ledningsradet", "vgr", "VGR (öppen- och slutenvård)", 5, 4,
                LocalDate.parse("2026-12-01"), "koncernledning-halso-och-sjukvard",
                "Koncernledning Hälso- och sjukvård"))).deadlines(TODAY, TODAY.plusMonths(3)).get(0);
        assertEquals("ledningsradet/vgr", d.subject());
        assertEquals("koncernledning-halso-och-sjukvard", d.owner());
        assertEquals(LocalDate.parse("2026-12-31"), d.date());
        assertTrue(d.description(), d.description().contains("Koncernledning Hälso- och sjukvård ombeds utse"));
        assertFalse(d.description(), d.description().contains("Kommunerna i VG"));
    }

    @Test
    public void aSeatWhoseOrganisationsEachAppointNamesTheOrganisationInTheSubject() {
        Deadline d = source(List.of(new Vacancy("ledningsradet", "kommunerna", "Kommunerna i VG", 5, 4,
                LocalDate.parse("2026-12-01"), "sjuharad", "Sjuhärad (Boråsregionen)")))
                .deadlines(TODAY, TODAY.plusMonths(3)).get(0);
        assertEquals("ledningsradet/kommunerna/sjuharad", d.subject());
        assertEquals("sjuharad", d.owner());
    }

    @Test
    public void vacanciesPastTheirPracticalNominationDayAreOverdueHoweverOld() {
        GovernanceDeadlineSource source = source(List.of(
                new Vacancy("bg-it-stod", "vgr", "VGR", 5, 0, LocalDate.parse("2026-01-01"),
                        "koncernledning-halso-och-sjukvard", "Koncernledning Hälso- och sjukvård"),
                new Vacancy("bg-it-stod", "kommunerna", "Kommunerna i VG", 5, 1, LocalDate.parse("2026-10-24"),
                        "vastkom", "VästKom"),
                new Vacancy("ledningsradet", "vgr", "VGR", 5, 4, LocalDate.parse("2026-12-01"),
                        "koncernledning-halso-och-sjukvard", "Koncernledning Hälso- och sjukvård")));
        List<Deadline> overdue = source.overdue(TODAY);
        // due 2026-01-31, a Saturday: practical 2026-01-30; due 2026-11-23 is not yet; 2026-12-31 neither
        assertEquals(1, overdue.size());
        assertEquals("bg-it-stod/vgr", overdue.get(0).subject());
        assertEquals(LocalDate.parse("2026-01-31"), overdue.get(0).date());
        assertEquals(LocalDate.parse("2026-01-30"), overdue.get(0).practicalDate());
        assertEquals(2, source.overdue(LocalDate.parse("2026-11-24")).size());
        assertEquals("not in the window", List.of(), source.deadlines(TODAY, TODAY.plusDays(7)).stream()
                .filter(d -> d.subject().equals("bg-it-stod/vgr")).toList());
    }

    @Test
    public void withNobodyToAskTheCoordinationFunctionAsksEachPrincipal() {
        Deadline d = source(List.of(new Vacancy("hjalpmedelsforum-socialtjanst", "kommunerna", "Kommunerna i VG", 53,
                52, LocalDate.parse("2026-12-01")))).deadlines(TODAY, TODAY.plusMonths(3)).get(0);
        assertEquals("samordningsfunktionen", d.owner());
        assertTrue(d.description(), d.description().contains("respektive huvudman"));
    }
}
