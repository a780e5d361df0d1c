package se.avtalsvakt.evaluation.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.page.Page;

public class ObligationResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 12);

    private static final PlatformClock CLOCK = new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-12T10:00:00Z"), zone());
        }
    };

    /** Records the filters, fulfilments and plans it is given. */
    private static final class RecordingObligations implements ObligationService {
        final List<OccurrenceFilter> filters = new ArrayList<>();
        final List<Fulfilment> fulfilments = new ArrayList<>();
        final List<ObligationPlan> saved = new ArrayList<>();

        @Override
        public List<ObligationPlan> plans(String agreement, String body) {
            return List.of();
        }

        @Override
        public Optional<ObligationPlan> plan(String id) {
            return Optional.empty();
        }

        @Override
        public ObligationPlan savePlan(ObligationPlan plan) {
            saved.add(plan);
            return plan;
        }

        List<Occurrence> answer = List.of();

        @Override
        public List<Occurrence> occurrences(OccurrenceFilter filter) {
            filters.add(filter);
            return answer;
        }

        @Override
        public Occurrence occurrence(String id) {
            throw new NotFoundException("occurrence", id);
        }

        @Override
        public Occurrence fulfil(String occurrenceId, Fulfilment fulfilment) {
            fulfilments.add(fulfilment);
            return new Occurrence(occurrenceId, "plan", "Utvärdering", null, null, null, null, TODAY,
                    OccurrenceState.FULFILLED, 1, null, List.of(fulfilment), null);
        }
    }

    private static SecurityContext caller(String name) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return true;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    private final RecordingObligations obligations = new RecordingObligations();
    private final ObligationResource occurrences = new ObligationResource(obligations, CLOCK);
    private final ObligationPlanResource plans = new ObligationPlanResource(obligations);

    @Test
    public void occurrencesFromAYearAgoToAYearAheadByDefault() {
        occurrences.list(null, null, "avtal", null, OccurrenceState.DUE, null, null);
        assertEquals(new OccurrenceFilter(TODAY.minusYears(1), TODAY.plusYears(1), "avtal", null,
                OccurrenceState.DUE), obligations.filters.get(0));
    }

    @Test
    public void occurrencesArePagedByDueDateThenPlan() {
        List<Occurrence> five = new ArrayList<>();
        for (String plan : List.of("a", "b", "c", "d", "e")) {
            five.add(new Occurrence(plan + ":2026-12-31", plan, "Uppföljning", null, null, null, null,
                    LocalDate.of(2026, 12, 31), OccurrenceState.DUE, 1, null, List.of(), null));
        }
        obligations.answer = five;
        Page<Occurrence> first = occurrences.list(null, null, null, null, null, 2, null);
        Page<Occurrence> second = occurrences.list(null, null, null, null, null, 2, first.next());
        Page<Occurrence> last = occurrences.list(null, null, null, null, null, 2, second.next());
        assertEquals(List.of("a", "b", "c", "d", "e"), java.util.stream.Stream.of(first, second, last)
                .flatMap(p -> p.items().stream()).map(Occurrence::plan).toList());
        assertNull(last.next());
        assertEquals("limit", assertThrows(ValidationException.class,
                () -> occurrences.list(null, null, null, null, null, 5000, null)).problems().get(0).path());
        assertEquals("cursor", assertThrows(ValidationException.class,
                () -> occurrences.list(null, null, null, null, null, 2, "!!")).problems().get(0).path());
    }

    @Test
    public void overdueWithoutAWindowIsEveryOverdueOccurrenceUpToToday() {
        occurrences.list(null, null, null, "ledningsgrupp", OccurrenceState.OVERDUE, null, null);
        occurrences.list(LocalDate.of(2026, 1, 1), null, null, null, OccurrenceState.OVERDUE, null, null);
        assertEquals(List.of(new OccurrenceFilter(null, TODAY, null, "ledningsgrupp", OccurrenceState.OVERDUE),
                new OccurrenceFilter(LocalDate.of(2026, 1, 1), TODAY, null, null, OccurrenceState.OVERDUE)),
                obligations.filters);
    }

    @Test
    public void aFulfilmentIsByTheCallerUnlessItNamesSomeone() {
        Response created = occurrences.fulfil("plan-2027", new Fulfilment(7, "other", TODAY, "D-1", null, null,
                null, Instant.EPOCH), caller("operator"));
        occurrences.fulfil("plan-2027", new Fulfilment(0, null, TODAY, "D-2", "Anna Andersson", null, null, null),
                caller("operator"));
        assertEquals(201, created.getStatus());
        assertEquals("/api/v1/obligations/plan-2027", created.getHeaderString("Location"));
        assertEquals(List.of("operator", "Anna Andersson"), obligations.fulfilments.stream().map(Fulfilment::by)
                .toList());
        Fulfilment first = obligations.fulfilments.get(0);
        assertEquals("id, occurrence and time are the platform's", List.of(0L, "null", "null"),
                List.of(first.id(), String.valueOf(first.occurrence()), String.valueOf(first.recordedAt())));
    }

    @Test
    public void aPlanIsSavedUnderThePathsId() {
        ObligationPlan plan = new ObligationPlan(null, "Utvärdering", null, "avtal", null, null, null, null, null,
                null, null, null, null, null, null, null, null, List.of(), null);
        assertEquals("utvardering", plans.save("utvardering", plan).id());
        assertEquals("utvardering", plans.save("utvardering", plan.withId("utvardering")).id());
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.save("utvardering", plan.withId("annan")));
        assertEquals("id", e.problems().get(0).path());
        assertEquals(2, obligations.saved.size());
    }

    @Test
    public void anUnknownPlanIsNotFound() {
        assertThrows(NotFoundException.class, () -> plans.get("finns-inte"));
    }
}
