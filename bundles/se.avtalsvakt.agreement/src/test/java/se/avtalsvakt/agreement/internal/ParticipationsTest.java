package se.avtalsvakt.agreement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.deadline.Deadline;

/** Each party's own participation (seed 004 §1, §15), and the last day for a notice. */
public class ParticipationsTest {

    private static final Instant STAMP = Instant.parse("2026-11-22T08:00:00Z");
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day);
    }

    private static LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!workingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The samarbetsavtal in small: VGR, two municipalities, the executor; only VGR's notice ends it for all. */
    private static Agreement samarbetsavtal(List<String> endsForAll, boolean lastDayMoves, TerminationNotice... notices) {
        return new Agreement("samarbetsavtal-hjalpmedel", "Samarbetsavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("lilla-edet", PartyRole.CARE_PROVIDER),
                        new Party("boras", PartyRole.CARE_PROVIDER),
                        new Party("hjalpmedelscentralen", PartyRole.EXECUTOR)),
                "politisk-beredningsgrupp", d("2017-10-01"), d("2020-09-30"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true), false, false,
                List.of(), null, List.of(), List.of(notices), endsForAll, lastDayMoves);
    }

    private static Agreement samarbetsavtal(TerminationNotice... notices) {
        return samarbetsavtal(List.of("vgr"), false, notices);
    }

    private static TerminationNotice notice(String party, String receivedOn) {
        return new TerminationNotice(party, d(receivedOn), true, "KS " + receivedOn);
    }

    private static TermSchedule terms(Agreement a) {
        return TermSchedule.of(a, ParticipationsTest::workingDay);
    }

    private static Participations participations(Agreement a) {
        return new Participations(a, terms(a), id -> id.equals("lilla-edet") ? "Lilla Edets kommun"
                : id.equals("vgr") ? "Västra Götalandsregionen" : id);
    }

    private static Participation party(Agreement a, String id, String asOf) {
        return participations(a).of(id, d(asOf));
    }

    @Test
    public void aMunicipalitysNoticeEndsOnlyItsOwnParticipationAtTheEndOfTheTerm() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"));
        Participation lillaEdet = party(a, "lilla-edet", "2026-11-22");
        assertEquals(ParticipationStatus.NOTICE_GIVEN, lillaEdet.status());
        assertEquals(d("2029-09-30"), lillaEdet.participatingUntil());
        assertEquals("lilla-edet", lillaEdet.notice().party());
        assertTrue(lillaEdet.reason(), lillaEdet.reason().startsWith("Uppsägning från Lilla Edets kommun mottagen "
                + "fredag 20 november 2026: deltagandet upphör efter söndag 30 september 2029"));
        assertEquals(d("2017-10-01"), lillaEdet.from());

        Participation boras = party(a, "boras", "2026-11-22");
        assertEquals(ParticipationStatus.ACTIVE, boras.status());
        assertNull(boras.participatingUntil());
        assertNull(boras.notice());

        // the agreement as a whole goes on
        assertEquals(AgreementStatus.ACTIVE, terms(a).status(d("2026-11-22")));
        assertEquals(AgreementStatus.ACTIVE, terms(a).status(d("2029-10-01")));
        assertEquals(ParticipationStatus.ENDED, party(a, "lilla-edet", "2029-10-01").status());
        assertEquals(ParticipationStatus.ACTIVE, party(a, "boras", "2029-10-01").status());
    }

    @Test
    public void aLateNoticeEndsTheParticipationAtTheEndOfTheFollowingTerm() {
        // term 4 is 2026-10-01 – 2029-09-30, its deadline 2028-09-30
        Agreement a = samarbetsavtal(notice("lilla-edet", "2028-10-02"));
        assertEquals(d("2032-09-30"), party(a, "lilla-edet", "2028-10-02").participatingUntil());
    }

    @Test
    public void vgrsNoticeEndsTheAgreementForEveryParty() {
        Agreement a = samarbetsavtal(notice("vgr", "2027-03-01"));
        for (Participation p : participations(a).on(d("2027-03-01"))) {
            assertEquals(p.organisation(), ParticipationStatus.NOTICE_GIVEN, p.status());
            assertEquals(p.organisation(), d("2029-09-30"), p.participatingUntil());
            assertEquals("vgr", p.notice().party());
        }
        assertTrue(party(a, "boras", "2027-03-01").reason().contains("avtalet upphör för alla parter"));
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms(a).status(d("2027-03-01")));
        assertEquals(AgreementStatus.ENDED, terms(a).status(d("2029-10-01")));
        assertEquals(List.of(), participations(a).leaving(d("2027-03-01")));
    }

    @Test
    public void theEarlierEndWinsWhenAPartyAndVgrBothGiveNotice() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"), notice("vgr", "2028-10-05"));
        assertEquals(d("2029-09-30"), party(a, "lilla-edet", "2028-10-05").participatingUntil());
        assertEquals(d("2032-09-30"), party(a, "boras", "2028-10-05").participatingUntil());
        assertEquals(d("2032-09-30"), terms(a).endsOn(d("2028-10-05")).orElseThrow());
        assertEquals(List.of("lilla-edet"), participations(a).leaving(d("2028-10-05")).stream()
                .map(Participation::organisation).toList());
    }

    @Test
    public void theAgreementEndsAsAWholeWhenEveryPartyHasLeft() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"), notice("boras", "2028-10-05"),
                notice("hjalpmedelscentralen", "2027-01-10"));
        assertEquals(AgreementStatus.ACTIVE, terms(a).status(d("2029-01-01")));
        Agreement all = samarbetsavtal(notice("lilla-edet", "2026-11-20"), notice("boras", "2028-10-05"),
                notice("hjalpmedelscentralen", "2027-01-10"), notice("vgr", "2027-01-10"));
        // VGR's own notice would do it anyway; the last to leave sets the end
        assertEquals(d("2029-09-30"), terms(all).endsOn(d("2029-01-01")).orElseThrow());
        Agreement everyMunicipality = samarbetsavtal(List.of("vgr"), false, notice("lilla-edet", "2026-11-20"),
                notice("boras", "2028-10-05"), notice("hjalpmedelscentralen", "2027-01-10"));
        assertTrue(terms(everyMunicipality).endsOn(d("2029-01-01")).isEmpty());
    }

    @Test
    public void withoutASettingEveryPartysNoticeEndsTheAgreementForAll() {
        Agreement twoParty = samarbetsavtal(List.of(), false, notice("lilla-edet", "2026-11-20"));
        assertEquals(d("2029-09-30"), party(twoParty, "boras", "2026-11-22").participatingUntil());
        assertEquals(AgreementStatus.NOTICE_GIVEN, terms(twoParty).status(d("2026-11-22")));
    }

    @Test
    public void aWithdrawnNoticeStaysListedAndHasNoEffect() {
        TerminationNotice withdrawn = notice("lilla-edet", "2026-11-20")
                .withdrawn(new NoticeWithdrawal(d("2026-11-25"), "Kommunfullmäktige upphävde beslutet", STAMP));
        Agreement a = samarbetsavtal(withdrawn);
        assertEquals(ParticipationStatus.ACTIVE, party(a, "lilla-edet", "2026-11-30").status());
        assertFalse(terms(a).effectOf(withdrawn).effective());
        assertTrue(terms(a).effectOf(withdrawn).explanation().contains("withdrawn on 2026-11-25"));
        assertEquals(1, a.terminationNotices().size());
    }

    @Test
    public void notStartedBeforeTheAgreementStarts() {
        assertEquals(ParticipationStatus.NOT_STARTED, party(samarbetsavtal(), "boras", "2017-09-30").status());
    }

    @Test
    public void aPartysViewOfItsTerm() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"));
        TermInfo whole = terms(a).info(d("2026-11-22"), ParticipationsTest::lastWorkingDayOnOrBefore);
        assertEquals(AgreementStatus.ACTIVE, whole.status());
        assertNull(whole.endsOn());
        TermInfo own = participations(a).terms(whole, "lilla-edet", d("2026-11-22"));
        assertEquals(AgreementStatus.NOTICE_GIVEN, own.status());
        assertEquals(d("2029-09-30"), own.endsOn());
        assertEquals(Integer.valueOf(4), own.termNumber());
        ValidationException e = assertThrows(ValidationException.class,
                () -> participations(a).of("goteborg", d("2026-11-22")));
        assertEquals("party", e.problems().get(0).path());
    }

    @Test
    public void aPartyLeavingIsRecordedOnceItHasLeftAndNotWhenTheWholeAgreementEnds() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"));
        assertTrue(terms(a).changesUpTo(d("2029-09-30"), STAMP).stream()
                .noneMatch(c -> c.kind() == TermChange.Kind.PARTY_LEFT));
        List<TermChange> left = terms(a).changesUpTo(d("2029-10-02"), STAMP).stream()
                .filter(c -> c.kind() == TermChange.Kind.PARTY_LEFT).toList();
        assertEquals(List.of(new TermChange("samarbetsavtal-hjalpmedel", TermChange.Kind.PARTY_LEFT, 4,
                d("2029-10-01"), d("2029-09-30"), STAMP, "lilla-edet")), left);

        Agreement ended = samarbetsavtal(notice("vgr", "2027-03-01"));
        List<TermChange> changes = terms(ended).changesUpTo(d("2029-10-02"), STAMP);
        assertTrue(changes.stream().noneMatch(c -> c.kind() == TermChange.Kind.PARTY_LEFT));
        assertEquals(TermChange.Kind.ENDED, changes.get(changes.size() - 1).kind());
    }

    @Test
    public void theAgreementsNoticeDeadlinesGoOnWhileAnyPartyRemains() {
        Agreement a = samarbetsavtal(notice("lilla-edet", "2026-11-20"));
        List<Deadline> found = terms(a).deadlines(d("2029-01-01"), d("2031-12-31"),
                ParticipationsTest::lastWorkingDayOnOrBefore);
        assertEquals(List.of("TERM_END 2029-09-30", "NOTICE_DEADLINE 2031-09-30"),
                found.stream().map(x -> x.kind() + " " + x.effectiveDate()).toList());
    }

    // ------------------------------------------------------------- the last day (issue part 4)

    @Test
    public void aNoticeReceivedOnASaturdayLastDayIsOnTime() {
        // a first term ending 2027-11-28 with one year's notice: the last day is Saturday 2026-11-28
        Agreement a = saturdayDeadline(false);
        var effect = terms(a).effectOf(new TerminationNotice("boras", d("2026-11-28"), true, null));
        assertTrue(effect.effective());
        assertEquals(d("2027-11-28"), effect.endsOn());
        // the day after is late: the following term
        assertEquals(d("2030-11-28"), terms(a).effectOf(new TerminationNotice("boras", d("2026-11-30"), true, null))
                .endsOn());
    }

    @Test
    public void withTheSettingANoticeOnTheNextWorkingDayIsStillOnTime() {
        Agreement a = saturdayDeadline(true);
        var monday = terms(a).effectOf(new TerminationNotice("boras", d("2026-11-30"), true, null));
        assertEquals(d("2027-11-28"), monday.endsOn());
        assertTrue(monday.explanation(), monday.explanation().contains("moved to the next working day, 2026-11-30"));
        assertEquals(d("2030-11-28"), terms(a).effectOf(new TerminationNotice("boras", d("2026-12-01"), true, null))
                .endsOn());
    }

    @Test
    public void theNoticeDeadlineCarriesTheLastDayAndThePracticalOneAndNamesBoth() {
        Deadline off = terms(saturdayDeadline(false)).deadlines(d("2026-11-01"), d("2026-12-31"),
                ParticipationsTest::lastWorkingDayOnOrBefore).get(0);
        assertEquals(d("2026-11-28"), off.date());
        assertEquals(d("2026-11-27"), off.practicalDate());
        assertTrue(off.description(), off.description().startsWith("Senast fredag 27 november 2026 — sista dag "
                + "enligt avtalet lördag 28 november 2026."));

        Deadline on = terms(saturdayDeadline(true)).deadlines(d("2026-11-01"), d("2026-12-31"),
                ParticipationsTest::lastWorkingDayOnOrBefore).get(0);
        assertEquals(d("2026-11-30"), on.date());
        assertEquals(d("2026-11-27"), on.practicalDate());
        assertTrue(on.description(), on.description().contains("måndag 30 november 2026 också i tid"));
    }

    @Test
    public void theLastDayMovesPastHolidaysToo() {
        // a deadline on Christmas Day 2026 (a Friday): 25 and 26 December off, then the weekend
        Agreement a = new Agreement("jul", "Julavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("boras", PartyRole.CARE_PROVIDER)),
                null, d("2025-01-01"), d("2027-12-25"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(1), Period.ofMonths(12), true), false, false,
                List.of(), null, List.of(), List.of(), List.of(), true);
        assertEquals(d("2026-12-28"), terms(a).lastDayForNotice(terms(a).term(1)));
    }

    private static Agreement saturdayDeadline(boolean lastDayMoves) {
        return new Agreement("lordag", "Lördagsavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("boras", PartyRole.CARE_PROVIDER)),
                null, d("2024-11-29"), d("2027-11-28"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true), false, false,
                List.of(), null, List.of(), List.of(), List.of(), lastDayMoves);
    }
}
