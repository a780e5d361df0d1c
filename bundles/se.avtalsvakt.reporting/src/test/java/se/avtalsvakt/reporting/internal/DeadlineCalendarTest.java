package se.avtalsvakt.reporting.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;

public class DeadlineCalendarTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static Deadline d(String source, String subject, String kind, String date, String owner) {
        LocalDate day = LocalDate.parse(date);
        return new Deadline(source, subject, subject, kind, day, day, owner, "");
    }

    private final DeadlineCalendar calendar = new DeadlineCalendar(
            Fakes.of(Deadlines.class, Map.of("between", a -> List.of(
                    d("agreement", "avtal-a", "NOTICE_DEADLINE", "2026-03-31", "politisk-beredningsgrupp"),
                    d("agreement", "avtal-b", "TERM_END", "2026-02-01", null),
                    d("obligation", "plan-a:2026-06-30", "OBLIGATION_DUE", "2026-06-30", "ledningsradet"),
                    d("obligation", "plan-lr:2026-12-31", "OBLIGATION_DUE", "2026-12-31", "samordning"),
                    d("governance", "ledningsradet/kommunerna", "SEAT_VACANT", "2026-05-01", "samordning"),
                    d("supplier", "hmc/D1", "DELIVERY_CHECK", "2026-04-07", "boras")))),
            Fakes.of(AgreementService.class, Map.of("list", a -> {
                AgreementFilter f = (AgreementFilter) a[0];
                return "boras".equals(f.party()) ? List.of(agreement("avtal-a")) : List.of();
            })),
            Fakes.of(ObligationService.class, Map.of("plans", a -> {
                if ("avtal-a".equals(a[0])) {
                    return List.of(plan("plan-a", "avtal-a", null));
                }
                if ("ledningsradet".equals(a[1])) {
                    return List.of(plan("plan-lr", null, "ledningsradet"));
                }
                return List.of(plan("plan-a", "avtal-a", null), plan("plan-lr", null, "ledningsradet"));
            })),
            Fakes.of(GovernanceService.class, Map.of(
                    "meetings", a -> List.of(new Meeting(7, "ledningsradet", LocalDate.of(2026, 10, 6), null,
                            "Budget", null, null, null, null, null, null)),
                    "representatives", a -> List.of(new Representative(1, "Anna", "boras", "ledningsradet",
                            "kommunerna", null, FROM, null, null, null)))));

    private static Agreement agreement(String id) {
        return new Agreement(id, id, null, null, null, null, null, null, null, false, false, null, null, null, null);
    }

    private static ObligationPlan plan(String id, String agreement, String body) {
        return new ObligationPlan(id, id, null, agreement, body, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private List<String> subjects(String agreement, String body, String organisation) {
        return calendar.entries(FROM, TO, agreement, body, organisation).stream().map(Deadline::subject).toList();
    }

    @Test
    public void everythingByPracticalDateWithMeetings() {
        assertEquals(List.of("avtal-b", "avtal-a", "hmc/D1", "ledningsradet/kommunerna", "plan-a:2026-06-30",
                "meeting-7", "plan-lr:2026-12-31"), subjects(null, null, null));
        assertEquals("Möte", DeadlineCalendar.label(calendar.entries(FROM, TO, null, null, null).get(5).kind()));
    }

    @Test
    public void byAgreementTheAgreementsAndItsPlansDeadlines() {
        assertEquals(List.of("avtal-a", "plan-a:2026-06-30"), subjects("avtal-a", null, null));
    }

    @Test
    public void byBodyWhatItOwnsItsSeatsPlansAndMeetings() {
        assertEquals(List.of("ledningsradet/kommunerna", "plan-a:2026-06-30", "meeting-7", "plan-lr:2026-12-31"),
                subjects(null, "ledningsradet", null));
    }

    @Test
    public void byOrganisationItsAgreementsChecksAndBodies() {
        // a party of avtal-a, a care provider with a delivery check, represented in Ledningsrådet
        assertEquals(List.of("avtal-a", "hmc/D1", "plan-a:2026-06-30", "meeting-7"),
                subjects(null, null, "boras"));
    }

    @Test
    public void aPartyLeavingBelongsToItsAgreementAndToThePartyItself() {
        DeadlineCalendar leaving = new DeadlineCalendar(
                Fakes.of(Deadlines.class, Map.of("between", a -> List.of(
                        d("agreement", "avtal-a", "NOTICE_DEADLINE", "2026-03-31", "politisk-beredningsgrupp"),
                        d("agreement", "avtal-a/lilla-edet", "PARTY_LEAVES", "2026-09-30", "politisk-beredningsgrupp"),
                        d("agreement", "avtal-a/lilla-edet", "PARTY_LEAVES_OWN", "2026-09-30", "lilla-edet"),
                        d("agreement", "avtal-ab/x", "PARTY_LEAVES", "2026-09-30", "politisk-beredningsgrupp")))),
                Fakes.of(AgreementService.class, Map.of()), Fakes.of(ObligationService.class, Map.of()),
                Fakes.of(GovernanceService.class, Map.of("bodies", a -> List.of())));
        assertEquals(List.of("NOTICE_DEADLINE", "PARTY_LEAVES", "PARTY_LEAVES_OWN"),
                leaving.entries(FROM, TO, "avtal-a", null, null).stream().map(Deadline::kind).toList());
        assertEquals(List.of("PARTY_LEAVES_OWN"),
                leaving.entries(FROM, TO, null, null, "lilla-edet").stream().map(Deadline::kind).toList());
        assertEquals("En part lämnar avtalet", DeadlineCalendar.label("PARTY_LEAVES"));
        leaving.organisations = Fakes.of(se.avtalsvakt.api.organisation.OrganisationService.class, Map.of("list",
                a -> List.of(new se.avtalsvakt.api.organisation.Organisation("lilla-edet", "Lilla Edet", null, null))));
        assertEquals("Lilla Edet", leaving.names().apply("lilla-edet"));
        assertEquals("okand", leaving.names().apply("okand"));
    }

    @Test
    public void aKindIsNamedAsItsSourceNamesItElseByTheTable() {
        DeadlineCalendar named = new DeadlineCalendar(
                Fakes.of(Deadlines.class, Map.of("text", a -> "DISPUTE_STEP_LIMIT".equals(a[1])
                        ? new se.avtalsvakt.api.deadline.KindText("Tidsgräns för tvistens steg", "Eskalera.")
                        : se.avtalsvakt.api.deadline.KindText.generic((String) a[1]))),
                Fakes.of(AgreementService.class, Map.of()), Fakes.of(ObligationService.class, Map.of()),
                Fakes.of(GovernanceService.class, Map.of("bodies", a -> List.of())));
        var labels = named.labels();
        assertEquals("Tidsgräns för tvistens steg", labels.apply(d("cases", "dispute-1", "DISPUTE_STEP_LIMIT",
                "2026-03-01", null)));
        assertEquals("Avtalsperiodens slut", labels.apply(d("agreement", "avtal-b", "TERM_END", "2026-02-01", null)));
        assertEquals("Möte", labels.apply(d("governance", "meeting-7", DeadlineCalendar.MEETING, "2026-10-06", null)));
    }
}
