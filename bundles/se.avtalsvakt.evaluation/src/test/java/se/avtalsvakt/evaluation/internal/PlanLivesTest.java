package se.avtalsvakt.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ScheduleType;

public class PlanLivesTest {

    private static final LocalDate TODAY = LocalDate.parse("2028-11-22");
    private static final LocalDate START = LocalDate.parse("2017-10-01");
    private static final TerminationNotice VGR = new TerminationNotice("vgr", LocalDate.parse("2028-09-15"), true,
            "RS 2028-0001");
    private static final TerminationNotice LILLA_EDET = new TerminationNotice("lilla-edet",
            LocalDate.parse("2028-06-01"), true, null);
    private static final TerminationNotice ORAL = new TerminationNotice("vgr", LocalDate.parse("2028-05-01"), false,
            null);

    private final List<String> calls = new ArrayList<>();

    private static Agreement agreement(TerminationNotice... notices) {
        return new Agreement("samarbetsavtal", "Samarbetsavtal", AgreementKind.COOPERATION_AGREEMENT, null,
                List.of(new Party("vgr", PartyRole.CARE_PROVIDER), new Party("lilla-edet", PartyRole.CARE_PROVIDER)),
                "politisk-beredningsgrupp", START, LocalDate.parse("2020-09-30"),
                new Renewal(TermPolicy.AUTO_EXTEND, Period.ofYears(3), Period.ofMonths(12), true), false, false,
                List.of(), null, List.of(), List.of(notices), List.of("vgr"), false);
    }

    /**
     * A register that knows one agreement: the whole ends {@code endsOn}; a written notice is effective (ending
     * 2029-09-30), an oral one not; Lilla Edet's participation ends 2029-09-30 when it has given notice.
     */
    private AgreementService register(Agreement a, LocalDate endsOn) {
        return FakeServices.of(AgreementService.class, Map.of(
                "find", args -> {
                    calls.add("find " + args[0]);
                    return Optional.of(a).filter(x -> x.id().equals(args[0]));
                },
                "terms", args -> {
                    calls.add("terms " + args[0] + " " + args[2]);
                    return new TermInfo(a.id(), (LocalDate) args[1], 4, null, null, null, null,
                            endsOn == null ? AgreementStatus.ACTIVE : AgreementStatus.NOTICE_GIVEN, endsOn);
                },
                "effectOf", args -> {
                    TerminationNotice n = (TerminationNotice) args[1];
                    return n.written() ? new NoticeEffect(n, true, LocalDate.parse("2029-09-30"), "ends")
                            : new NoticeEffect(n, false, null, "not in writing");
                },
                "parties", args -> {
                    calls.add("parties " + args[0]);
                    boolean left = a.terminationNotices().contains(LILLA_EDET);
                    return List.of(new Participation("vgr", PartyRole.CARE_PROVIDER, ParticipationStatus.ACTIVE,
                                    START, null, null, null),
                            new Participation("lilla-edet", PartyRole.CARE_PROVIDER,
                                    left ? ParticipationStatus.NOTICE_GIVEN : ParticipationStatus.ACTIVE, START,
                                    left ? LocalDate.parse("2029-09-30") : null, left ? LILLA_EDET : null, null));
                }));
    }

    private PlanLives lives(Agreement a, LocalDate endsOn) {
        Map<String, String> names = Map.of("vgr", "Västra Götalandsregionen", "lilla-edet", "Lilla Edet");
        return new PlanLives(register(a, endsOn), id -> names.getOrDefault(id, id), TODAY);
    }

    private static ObligationPlan plan(String id, String responsible, boolean stopsAtNotice) {
        return new ObligationPlan(id, id, ObligationKind.EVALUATION, "samarbetsavtal", null, responsible,
                ScheduleType.RECURRING, null, LocalDate.parse("2019-06-30"), null, Period.ofYears(3), null, null,
                null, null, null, null, List.of(), null, stopsAtNotice);
    }

    @Test
    public void aPlanOfNoAgreementIsOpen() {
        ObligationPlan body = new ObligationPlan("m", "m", ObligationKind.MEETINGS, null, "ledningsradet",
                "ledningsradet", ScheduleType.COUNT_PER_YEAR, null, null, null, null, null, 6, null, null,
                LocalDate.parse("2026-01-01"), null, List.of(), null);
        assertEquals(PlanLife.OPEN, lives(agreement(), null).of(body));
        assertTrue(calls.isEmpty());
    }

    @Test
    public void aNoticeThatEndsItForEveryoneCancelsAPlanThatStopsAtNoticeNamingTheNotice() {
        PlanLives lives = lives(agreement(VGR), LocalDate.parse("2029-09-30"));
        PlanLife evaluation = lives.of(plan("eval", "ledningsradet", true));
        assertEquals(START, evaluation.start());
        assertEquals(LocalDate.parse("2029-09-30"), evaluation.lastDay());
        assertEquals(VGR.receivedOn(), evaluation.noticeReceived());
        String reason = evaluation.cancelledReason();
        assertTrue(reason, reason.contains("Västra Götalandsregionen") && reason.contains("2028-09-15")
                && reason.contains("diarienummer RS 2028-0001") && reason.contains("upphör 2029-09-30"));
        assertTrue(reason, !reason.contains("vgr"));

        PlanLife followUp = lives.of(plan("econ", "ledningsradet", false));
        assertEquals(LocalDate.parse("2029-09-30"), followUp.lastDay());
        assertNull(followUp.noticeReceived());
        assertNull(followUp.cancelledReason());
        // one look at the agreement for both plans, and no look at its parties: neither plan is owed by a party
        assertEquals(List.of("find samarbetsavtal", "terms samarbetsavtal null"), calls);
    }

    @Test
    public void aMunicipalitysNoticeEndsOnlyWhatThatMunicipalityOwes() {
        PlanLives lives = lives(agreement(LILLA_EDET), null);
        PlanLife common = lives.of(plan("eval", "ledningsradet", true));
        assertNull(common.lastDay());
        assertNull(common.noticeReceived());

        PlanLife own = lives.of(plan("lilla-edet-eval", "lilla-edet", true));
        assertEquals(LocalDate.parse("2029-09-30"), own.lastDay());
        assertEquals(LILLA_EDET.receivedOn(), own.noticeReceived());
        assertTrue(own.cancelledReason(), own.cancelledReason().contains("Lilla Edet har sagt upp sitt deltagande")
                && own.cancelledReason().contains("utan diarienummer")
                && own.cancelledReason().contains("till och med 2029-09-30"));

        PlanLife ownRunning = lives.of(plan("lilla-edet-econ", "lilla-edet", false));
        assertEquals(LocalDate.parse("2029-09-30"), ownRunning.lastDay());
        assertNull(ownRunning.noticeReceived());
        assertEquals(1, calls.stream().filter(c -> c.startsWith("parties")).count());
    }

    @Test
    public void aNoticeWithoutEffectCancelsNothing() {
        PlanLife life = lives(agreement(ORAL), null).of(plan("eval", "ledningsradet", true));
        assertNull(life.noticeReceived());
        assertNull(life.lastDay());
    }

    @Test
    public void aNoticeReceivedAfterTodayIsNotKnownYet() {
        TerminationNotice later = new TerminationNotice("vgr", TODAY.plusDays(1), true, "RS 1");
        assertNull(lives(agreement(later), null).of(plan("eval", "ledningsradet", true)).noticeReceived());
    }

    @Test
    public void anEndedAgreementBoundsEveryPlan() {
        PlanLife life = lives(agreement(), LocalDate.parse("2020-09-30")).of(plan("eval", "ledningsradet", false));
        assertTrue(life.endedBefore(LocalDate.parse("2022-06-30")));
        assertTrue(!life.endedBefore(LocalDate.parse("2020-09-30")));
    }

    @Test
    public void anUnknownAgreementLeavesThePlanOpen() {
        ObligationPlan p = new ObligationPlan("x", "x", ObligationKind.EVALUATION, "gone", null, "ledningsradet",
                ScheduleType.ONCE, LocalDate.parse("2027-01-01"), null, null, null, null, null, null, null, null,
                null, List.of(), null, true);
        assertEquals(PlanLife.OPEN, lives(agreement(VGR), null).of(p));
    }
}
