package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;

public class TermScheduleTest {

    private static final LocalDate START = LocalDate.of(2017, 10, 1);
    private static final LocalDate FIRST_TERM_END = LocalDate.of(2020, 9, 30);
    private static final Renewal SAMARBETSAVTAL_RENEWAL =
            new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true);

    /** Every term of samarbetsavtal-hjalpmedel from 2017 to past 2035: number, start, end, notice deadline. */
    private static final Object[][] SAMARBETSAVTAL_TERMS = {
            {1, "2017-10-01", "2020-09-30", "2019-09-30"},
            {2, "2020-10-01", "2023-09-30", "2022-09-30"},
            {3, "2023-10-01", "2026-09-30", "2025-09-30"},
            {4, "2026-10-01", "2029-09-30", "2028-09-30"},
            {5, "2029-10-01", "2032-09-30", "2031-09-30"},
            {6, "2032-10-01", "2035-09-30", "2034-09-30"},
            {7, "2035-10-01", "2038-09-30", "2037-09-30"},
    };

    // ---------------------------------------------------------------- fixtures

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Agreement agreement(LocalDate start, LocalDate firstTermEnd, Renewal renewal, boolean referenceOnly,
                                       List<TerminationNotice> notices) {
        return new Agreement("test-avtal", "Testavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("goteborg", PartyRole.CARE_PROVIDER)),
                null, start, firstTermEnd, renewal, false, referenceOnly, List.of(), null, List.of(), notices);
    }

    private static Agreement samarbetsavtal(TerminationNotice... notices) {
        return agreement(START, FIRST_TERM_END, SAMARBETSAVTAL_RENEWAL, false, List.of(notices));
    }

    private static TermSchedule samarbetsavtalTerms(TerminationNotice... notices) {
        return TermSchedule.of(samarbetsavtal(notices));
    }

    private static TermSchedule fixed() {
        return TermSchedule.of(agreement(START, FIRST_TERM_END,
                new Renewal(TermPolicy.FIXED, null, Period.ofMonths(12), true), false, List.of()));
    }

    private static TermSchedule openEnded() {
        return TermSchedule.of(agreement(d("2022-06-01"), null, Renewal.openEnded(), false, List.of()));
    }

    private static TerminationNotice written(String receivedOn) {
        return new TerminationNotice("goteborg", d(receivedOn), true, null);
    }

    private static TerminationNotice oral(String receivedOn) {
        return new TerminationNotice("goteborg", d(receivedOn), false, null);
    }

    // ---------------------------------------------------------------- terms

    @Test
    public void termsOfSamarbetsavtalFrom2017To2035() {
        TermSchedule terms = samarbetsavtalTerms();
        for (Object[] row : SAMARBETSAVTAL_TERMS) {
            int n = (Integer) row[0];
            Term expected = new Term(n, d((String) row[1]), d((String) row[2]));
            assertEquals("term " + n, expected, terms.term(n));
        }
    }

    @Test
    public void termOnFirstAndLastDayOfEveryTerm() {
        TermSchedule terms = samarbetsavtalTerms();
        for (Object[] row : SAMARBETSAVTAL_TERMS) {
            int n = (Integer) row[0];
            LocalDate first = d((String) row[1]);
            LocalDate last = d((String) row[2]);
            assertEquals("first day of term " + n, n, terms.termOn(first).orElseThrow().number());
            assertEquals("last day of term " + n, n, terms.termOn(last).orElseThrow().number());
            if (n > 1) {
                assertEquals("day before term " + n, n - 1, terms.termOn(first.minusDays(1)).orElseThrow().number());
            }
        }
    }

    @Test
    public void everyDayFrom2017To2035LiesInExactlyTheTermThatContainsIt() {
        TermSchedule terms = samarbetsavtalTerms();
        int expectedNumber = 1;
        for (LocalDate day = START; !day.isAfter(d("2035-12-31")); day = day.plusDays(1)) {
            Term t = terms.termOn(day).orElseThrow();
            if (t.number() != expectedNumber) {
                assertEquals("terms advance one at a time (" + day + ")", expectedNumber + 1, t.number());
                assertEquals("a new term starts on " + day, day, t.start());
                expectedNumber = t.number();
            }
            assertTrue(t + " contains " + day, t.contains(day));
        }
        assertEquals(7, expectedNumber);
    }

    @Test
    public void termFourContainsTheTwentySecondOfNovember2026() {
        assertEquals(new Term(4, d("2026-10-01"), d("2029-09-30")), samarbetsavtalTerms().termOn(d("2026-11-22")).orElseThrow());
    }

    @Test
    public void noTermBeforeTheStart() {
        TermSchedule terms = samarbetsavtalTerms();
        assertEquals(Optional.empty(), terms.termOn(d("2017-09-30")));
        assertEquals(Optional.empty(), terms.termOn(d("2000-01-01")));
    }

    @Test
    public void fixedAgreementHasOneTermAndNoneAfterItsEnd() {
        TermSchedule terms = fixed();
        assertEquals(new Term(1, START, FIRST_TERM_END), terms.termOn(FIRST_TERM_END).orElseThrow());
        assertEquals(Optional.empty(), terms.termOn(FIRST_TERM_END.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> terms.term(2));
    }

    @Test
    public void openEndedAgreementHasOneTermWithoutEnd() {
        TermSchedule terms = openEnded();
        assertEquals(new Term(1, d("2022-06-01"), null), terms.termOn(d("2100-01-01")).orElseThrow());
        assertEquals(Optional.empty(), terms.termOn(d("2022-05-31")));
    }

    @Test
    public void termsAreNumberedFromOne() {
        assertThrows(IllegalArgumentException.class, () -> samarbetsavtalTerms().term(0));
    }

    @Test
    public void monthlyTermsFromTheEndOfJanuaryDoNotDrift() {
        // first term ends 31 January; extended one month at a time: every later term ends on a month's last day
        TermSchedule terms = TermSchedule.of(agreement(d("2023-02-01"), d("2024-01-31"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofMonths(1), null, false), false, List.of()));
        YearMonth month = YearMonth.of(2024, 2);
        for (int n = 2; n <= 26; n++, month = month.plusMonths(1)) {
            assertEquals("term " + n, new Term(n, month.atDay(1), month.atEndOfMonth()), terms.term(n));
        }
        assertEquals(d("2024-02-29"), terms.term(2).end());
        assertEquals(d("2025-02-28"), terms.term(14).end());
        assertEquals(d("2025-03-31"), terms.term(15).end());
    }

    @Test
    public void monthlyTermsFromAnOddDayAreAnchoredAndContiguous() {
        // extensions start on 31 January 2024: the anchor stays the 31st / month end, a year later too
        TermSchedule terms = TermSchedule.of(agreement(d("2023-02-01"), d("2024-01-30"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofMonths(1), null, false), false, List.of()));
        for (int n = 1; n <= 30; n++) {
            assertEquals("term " + (n + 1) + " starts the day after term " + n + " ends",
                    terms.term(n).end().plusDays(1), terms.term(n + 1).start());
        }
        assertEquals(d("2024-01-31"), terms.term(2).start());
        assertEquals(d("2025-01-31"), terms.term(14).start()); // 12 months on, not drifted to the 28th/29th
        assertEquals(d("2024-03-31"), terms.term(4).start());
        assertEquals(d("2025-02-27"), terms.term(14).end());
    }

    // ---------------------------------------------------------------- notice deadlines (R2, I2)

    @Test
    public void noticeDeadlineIsTermEndMinusNoticePeriod() {
        TermSchedule terms = samarbetsavtalTerms();
        for (Object[] row : SAMARBETSAVTAL_TERMS) {
            int n = (Integer) row[0];
            assertEquals("deadline of term " + n, d((String) row[3]), terms.noticeDeadline(terms.term(n)));
        }
        assertEquals(d("2028-09-30"), terms.noticeDeadline(terms.termOn(d("2026-11-22")).orElseThrow()));
    }

    @Test
    public void noticeDeadlineClampsToTheEndOfTheMonth() {
        Object[][] cases = {
                // term end, notice period, expected deadline (same day-of-month, clamped)
                {"2025-02-28", "P1M", "2025-01-28"},
                {"2024-02-29", "P12M", "2023-02-28"},
                {"2024-02-29", "P1Y", "2023-02-28"},
                {"2024-05-31", "P1M", "2024-04-30"},
                {"2024-03-31", "P1M", "2024-02-29"},
                {"2023-03-31", "P1M", "2023-02-28"},
                {"2023-12-31", "P6M", "2023-06-30"},
                {"2026-09-30", "P12M", "2025-09-30"},
                {"2026-09-30", "P30D", "2026-08-31"},
        };
        for (Object[] c : cases) {
            LocalDate end = d((String) c[0]);
            TermSchedule terms = TermSchedule.of(agreement(end.minusYears(3), end,
                    new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(1), Period.parse((String) c[1]), true),
                    false, List.of()));
            assertEquals(c[0] + " minus " + c[1], d((String) c[2]), terms.noticeDeadline(terms.term(1)));
        }
    }

    @Test
    public void withoutNoticePeriodTheDeadlineIsTheTermsLastDay() {
        TermSchedule terms = TermSchedule.of(agreement(START, FIRST_TERM_END,
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), null, false), false, List.of()));
        assertEquals(d("2023-09-30"), terms.noticeDeadline(terms.term(2)));
    }

    // ---------------------------------------------------------------- extension starts (R4)

    @Test
    public void extensionStartsAreTheFirstDaysOfLaterTerms() {
        TermSchedule terms = samarbetsavtalTerms();
        for (String day : new String[] {"2020-10-01", "2023-10-01", "2026-10-01", "2035-10-01"}) {
            assertTrue(day, terms.isExtensionStart(d(day)));
        }
        for (String day : new String[] {"2017-10-01", "2021-10-01", "2020-09-30", "2020-10-02", "2017-09-01",
                "2023-09-30", "2022-03-01"}) {
            assertFalse(day, terms.isExtensionStart(d(day)));
        }
        assertEquals(List.of(d("2020-10-01"), d("2023-10-01"), d("2026-10-01")),
                terms.extensionStartsAfter(d("2017-10-01"), 3));
        assertEquals(List.of(d("2029-10-01"), d("2032-10-01")), terms.extensionStartsAfter(d("2026-11-22"), 2));
    }

    @Test
    public void fixedAndOpenEndedAgreementsAreNeverExtended() {
        for (TermSchedule terms : List.of(fixed(), openEnded())) {
            for (String day : new String[] {"2017-10-01", "2020-10-01", "2022-06-01", "2023-10-01", "2021-10-01"}) {
                assertFalse(day, terms.isExtensionStart(d(day)));
            }
            assertEquals(List.of(), terms.extensionStartsAfter(d("2020-01-01"), 3));
        }
    }

    // ---------------------------------------------------------------- notices (R1, R2, I3)

    @Test
    public void writtenNoticeOnTheDeadlineEndsThatTerm() {
        TermSchedule terms = samarbetsavtalTerms();
        assertEquals(Optional.of(d("2020-09-30")), terms.endCausedBy(written("2019-09-30")));
        assertEquals(Optional.of(d("2026-09-30")), terms.endCausedBy(written("2025-09-30")));
        assertEquals(Optional.of(d("2029-09-30")), terms.endCausedBy(written("2026-11-22")));
    }

    @Test
    public void noticeOneDayLateEndsTheFollowingTerm() {
        TermSchedule terms = samarbetsavtalTerms();
        assertEquals(Optional.of(d("2023-09-30")), terms.endCausedBy(written("2019-10-01")));
        assertEquals(Optional.of(d("2029-09-30")), terms.endCausedBy(written("2025-10-01")));
        // on a term's very last day it is long past that term's deadline
        assertEquals(Optional.of(d("2029-09-30")), terms.endCausedBy(written("2026-09-30")));
    }

    @Test
    public void noticeNotInWritingHasNoEffectWhenWritingIsRequired() {
        assertEquals(Optional.empty(), samarbetsavtalTerms().endCausedBy(oral("2019-01-15")));
    }

    @Test
    public void noticeNotInWritingCountsWhenWritingIsNotRequired() {
        TermSchedule terms = TermSchedule.of(agreement(START, FIRST_TERM_END,
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), false), false, List.of()));
        assertEquals(Optional.of(d("2020-09-30")), terms.endCausedBy(oral("2019-01-15")));
        assertEquals(Optional.of(d("2023-09-30")), terms.endCausedBy(oral("2020-01-15")));
    }

    @Test
    public void noticeBeforeTheStartCountsAgainstTheFirstTerm() {
        assertEquals(Optional.of(d("2020-09-30")), samarbetsavtalTerms().endCausedBy(written("2017-05-01")));
    }

    @Test
    public void noticesDoNotEndFixedOrOpenEndedAgreements() {
        assertEquals(Optional.empty(), fixed().endCausedBy(written("2019-01-15")));
        assertEquals(Optional.empty(), openEnded().endCausedBy(written("2023-01-15")));
    }

    @Test
    public void earliestEndOfSeveralNoticesWins() {
        TermSchedule terms = samarbetsavtalTerms(written("2025-10-01"), oral("2019-01-01"), written("2022-09-30"));
        assertEquals(Optional.of(d("2023-09-30")), terms.endsOn(d("2030-01-01")));
        // on a day before the written notices were received, only what was known then counts
        assertEquals(Optional.empty(), terms.endsOn(d("2022-09-29")));
    }

    // ---------------------------------------------------------------- status

    @Test
    public void statusWithoutNotices() {
        TermSchedule terms = samarbetsavtalTerms();
        assertEquals(AgreementStatus.NOT_STARTED, terms.status(d("2017-09-30")));
        assertEquals(AgreementStatus.ACTIVE, terms.status(START));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2026-11-22")));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2040-01-01")));
    }

    @Test
    public void statusIsNoticeGivenFromAValidNoticeUntilTheEndThenEnded() {
        // received 2024-05-01 in term 3, before its deadline 2025-09-30: ends 2026-09-30
        TermSchedule terms = samarbetsavtalTerms(written("2024-05-01"));
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms.status(d("2024-05-01")));
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms.status(d("2026-09-30")));
        assertEquals(AgreementStatus.ENDED, terms.status(d("2026-10-01")));
        assertEquals(AgreementStatus.ENDED, terms.status(d("2030-01-01")));
    }

    @Test
    public void statusOnADayBeforeTheNoticeWasReceivedIsActive() {
        // status(asOf) is "its status on that day": a notice not yet received on that day cannot count
        TermSchedule terms = samarbetsavtalTerms(written("2024-05-01"));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2024-04-30")));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2021-01-01")));
    }

    @Test
    public void lateNoticeKeepsTheAgreementUntilTheFollowingTermsEnd() {
        TermSchedule terms = samarbetsavtalTerms(written("2025-10-01"));
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms.status(d("2026-10-01")));
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms.status(d("2029-09-30")));
        assertEquals(AgreementStatus.ENDED, terms.status(d("2029-10-01")));
    }

    @Test
    public void oralNoticeWhenWritingIsRequiredLeavesItActive() {
        TermSchedule terms = samarbetsavtalTerms(oral("2019-01-15"));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2019-02-01")));
        assertEquals(AgreementStatus.ACTIVE, terms.status(d("2020-10-01")));
    }

    @Test
    public void referenceOnlyAgreementIsReferenced() {
        TermSchedule withDates = TermSchedule.of(agreement(START, FIRST_TERM_END, SAMARBETSAVTAL_RENEWAL, true,
                List.of()));
        TermSchedule withoutDates = TermSchedule.of(agreement(null, null, Renewal.openEnded(), true, List.of()));
        for (String day : new String[] {"2000-01-01", "2017-10-01", "2026-11-22"}) {
            assertEquals(AgreementStatus.REFERENCED, withDates.status(d(day)));
            assertEquals(AgreementStatus.REFERENCED, withoutDates.status(d(day)));
        }
    }

    @Test
    public void fixedAgreementEndsAfterItsFirstTerm() {
        TermSchedule terms = fixed();
        assertEquals(AgreementStatus.NOT_STARTED, terms.status(d("2017-09-30")));
        assertEquals(AgreementStatus.ACTIVE, terms.status(START));
        assertEquals(AgreementStatus.ACTIVE, terms.status(FIRST_TERM_END));
        assertEquals(AgreementStatus.ENDED, terms.status(FIRST_TERM_END.plusDays(1)));
    }

    @Test
    public void openEndedAgreementStaysActive() {
        TermSchedule terms = openEnded();
        assertEquals(AgreementStatus.NOT_STARTED, terms.status(d("2022-05-31")));
        List<AgreementStatus> later = new ArrayList<>();
        for (String day : new String[] {"2022-06-01", "2026-11-22", "2099-12-31"}) {
            later.add(terms.status(d(day)));
        }
        assertEquals(List.of(AgreementStatus.ACTIVE, AgreementStatus.ACTIVE, AgreementStatus.ACTIVE), later);
    }

    // ---------------------------------------------------------------- term info and notice effects

    /** Weekends only: enough to see that the practical deadline is computed from the deadline. */
    private static LocalDate lastWeekdayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    public void termInfoOnTheDayOfTheIssueExample() {
        var info = samarbetsavtalTerms().info(d("2026-11-22"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(Integer.valueOf(4), info.termNumber());
        assertEquals(d("2026-10-01"), info.termStart());
        assertEquals(d("2029-09-30"), info.termEnd());
        // 2028-09-30 is a Saturday: the practical deadline is the Friday before
        assertEquals(d("2028-09-30"), info.noticeDeadline());
        assertEquals(d("2028-09-29"), info.practicalNoticeDeadline());
        assertEquals(AgreementStatus.ACTIVE, info.status());
        assertEquals(null, info.endsOn());
    }

    @Test
    public void termInfoAfterANoticeAndAfterTheEnd() {
        TermSchedule terms = samarbetsavtalTerms(written("2028-09-29"));
        var given = terms.info(d("2028-10-15"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(AgreementStatus.NOTICE_GIVEN, given.status());
        assertEquals(d("2029-09-30"), given.endsOn());
        var ended = terms.info(d("2029-10-01"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(AgreementStatus.ENDED, ended.status());
        assertEquals(null, ended.termNumber());
        assertEquals(null, ended.noticeDeadline());
    }

    @Test
    public void openEndedAndNotStartedAgreementsHaveNoDeadline() {
        var open = openEnded().info(d("2026-11-22"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(Integer.valueOf(1), open.termNumber());
        assertEquals(null, open.termEnd());
        assertEquals(null, open.noticeDeadline());
        var early = samarbetsavtalTerms().info(d("2017-01-01"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(AgreementStatus.NOT_STARTED, early.status());
        assertEquals(null, early.termNumber());
    }

    @Test
    public void noticeEffectsExplainThemselves() {
        TermSchedule terms = samarbetsavtalTerms();
        var onTime = terms.effectOf(written("2028-09-30"));
        assertTrue(onTime.effective());
        assertEquals(d("2029-09-30"), onTime.endsOn());
        assertTrue(onTime.explanation(), onTime.explanation().contains("2028-09-30"));

        var late = terms.effectOf(written("2028-10-01"));
        assertTrue(late.effective());
        assertEquals(d("2032-09-30"), late.endsOn());
        assertTrue(late.explanation(), late.explanation().contains("following term"));

        var oral = terms.effectOf(oral("2028-01-10"));
        assertFalse(oral.effective());
        assertEquals(null, oral.endsOn());
        assertTrue(oral.explanation(), oral.explanation().contains("writing"));

        var fixedNotice = fixed().effectOf(written("2019-01-15"));
        assertFalse(fixedNotice.effective());
    }

    // ---------------------------------------------------------------- renewal history

    private static final java.time.Instant STAMP = java.time.Instant.parse("2026-11-22T00:05:00Z");

    @Test
    public void everyExtensionUpToTodayIsAChangeAndNothingLater() {
        var changes = samarbetsavtalTerms().changesUpTo(d("2026-11-22"), STAMP);
        assertEquals(3, changes.size());
        assertEquals(List.of(2, 3, 4), changes.stream().map(c -> c.termNumber()).toList());
        assertEquals(d("2026-10-01"), changes.get(2).effectiveOn());
        assertEquals(d("2029-09-30"), changes.get(2).termEnd());
        assertTrue(changes.stream().allMatch(c -> c.kind() == se.avtalsvakt.api.agreement.TermChange.Kind.EXTENDED));
        // the day before an extension it has not happened yet; on the day it has
        assertEquals(2, samarbetsavtalTerms().changesUpTo(d("2026-09-30"), STAMP).size());
        assertEquals(3, samarbetsavtalTerms().changesUpTo(d("2026-10-01"), STAMP).size());
    }

    @Test
    public void aTerminatedAgreementEndsOnceAndIsNotExtendedAfterwards() {
        TermSchedule terms = samarbetsavtalTerms(written("2022-09-30"));
        var before = terms.changesUpTo(d("2023-09-30"), STAMP);
        assertEquals(1, before.size());
        var after = terms.changesUpTo(d("2030-01-01"), STAMP);
        assertEquals(2, after.size());
        var end = after.get(1);
        assertEquals(se.avtalsvakt.api.agreement.TermChange.Kind.ENDED, end.kind());
        assertEquals(d("2023-10-01"), end.effectiveOn());
        assertEquals(2, end.termNumber());
    }

    @Test
    public void fixedAgreementsEndAndOpenEndedOnesNeverChange() {
        var fixedChanges = fixed().changesUpTo(d("2030-01-01"), STAMP);
        assertEquals(1, fixedChanges.size());
        assertEquals(se.avtalsvakt.api.agreement.TermChange.Kind.ENDED, fixedChanges.get(0).kind());
        assertEquals(List.of(), openEnded().changesUpTo(d("2040-01-01"), STAMP));
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    public void noticeDeadlinesAndTermEndsInAWindow() {
        var found = samarbetsavtalTerms().deadlines(d("2026-11-22"), d("2029-12-31"),
                TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(List.of("NOTICE_DEADLINE 2028-09-29", "TERM_END 2029-09-30"),
                found.stream().map(x -> x.kind() + " " + x.effectiveDate()).toList());
        assertEquals(d("2028-09-30"), found.get(0).date());
        assertEquals("Senast fredag 29 september 2028 — sista dag enligt avtalet lördag 30 september 2028. "
                + "Uppsägning ska vara skriftlig och ska ha kommit in för att upphöra när avtalsperiod 4 slutar "
                + "söndag 30 september 2029; annars förlängs avtalet med 3 år.", found.get(0).description());
    }

    @Test
    public void renewalPeriodsReadInSwedish() {
        assertEquals("3 år", TermSchedule.swedish(java.time.Period.ofYears(3)));
        assertEquals("18 månader", TermSchedule.swedish(java.time.Period.ofMonths(18)));
        assertEquals("1 månad", TermSchedule.swedish(java.time.Period.ofMonths(1)));
        assertEquals("10 dagar och 2 månader", TermSchedule.swedish(java.time.Period.of(0, 2, 10)));
    }

    @Test
    public void anEndingAgreementHasNoNoticeDeadlineForItsLastTermAndNothingAfter() {
        var found = samarbetsavtalTerms(written("2028-09-01")).deadlines(d("2026-11-22"), d("2035-12-31"),
                TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(List.of("TERM_END 2029-09-30"),
                found.stream().map(x -> x.kind() + " " + x.effectiveDate()).toList());
        assertEquals("Avtalet upphör söndag 30 september 2029", found.get(0).description());
    }

    @Test
    public void openEndedAndFixedAgreements() {
        assertEquals(List.of(), openEnded().deadlines(d("2020-01-01"), d("2040-01-01"),
                TermScheduleTest::lastWeekdayOnOrBefore));
        var fixedDeadlines = fixed().deadlines(d("2015-01-01"), d("2040-01-01"), TermScheduleTest::lastWeekdayOnOrBefore);
        assertEquals(1, fixedDeadlines.size());
        assertEquals("TERM_END", fixedDeadlines.get(0).kind());
    }
}
