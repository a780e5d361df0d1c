package se.avtalsvakt.governance.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.Test;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.BodyRules;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;

/** The governance resources as plain objects: what they ask the service and how they shape the answer. */
public class GovernanceResourcesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static final PlatformClock CLOCK = new PlatformClock() {
        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    };

    private static final Body LR = new Body("ledningsradet", "Ledningsrådet", BodyLevel.MANAGEMENT, null, List.of(),
            new BodyRules(true, false, List.of(), null, null, null, null, false, false), null);

    /** Every call the service got: method name and arguments. */
    private final List<List<Object>> calls = new ArrayList<>();

    private final GovernanceService governance = (GovernanceService) Proxy.newProxyInstance(
            GovernanceService.class.getClassLoader(), new Class<?>[] {GovernanceService.class},
            (proxy, method, args) -> {
                List<Object> call = new ArrayList<>();
                call.add(method.getName());
                if (args != null) {
                    call.addAll(java.util.Arrays.asList(args));
                }
                calls.add(call);
                return switch (method.getName()) {
                    case "body" -> "ledningsradet".equals(args[0]) ? Optional.of(LR) : Optional.empty();
                    case "saveBody", "updateMeeting" -> args[args.length - 1];
                    case "appoint" -> withId((Representative) args[0], 7);
                    case "addMeeting" -> new Meeting(12, "ledningsradet", LocalDate.parse("2026-12-01"), null, null,
                            null, null, null, null, null, null);
                    case "addDecision" -> args[1];
                    default -> method.getReturnType() == List.class ? List.of() : null;
                };
            });

    private static Representative withId(Representative r, long id) {
        return new Representative(id, r.person(), r.organisation(), r.body(), r.seat(), r.network(), r.from(), r.to(),
                r.notifiedOn(), r.notes());
    }

    private List<Object> lastCall() {
        return calls.get(calls.size() - 1);
    }

    @Test
    public void aBodyNotRegisteredIsNotFoundAndSoAreItsPeopleMeetingsAndCompliance() {
        BodyResource bodies = new BodyResource(governance, CLOCK);
        assertSame(LR, bodies.body("ledningsradet"));
        for (Runnable call : List.<Runnable>of(() -> bodies.body("vgr"), () -> bodies.compliance("vgr", null),
                () -> bodies.representatives("vgr", null, null, null, null), () -> bodies.meetings("vgr", 2026, null, null))) {
            try {
                call.run();
                fail("found body vgr");
            } catch (NotFoundException expected) {
                // vgr is an organisation, not a body
            }
        }
    }

    @Test
    public void complianceDefaultsToThisYearAndRepresentativesToTodayOrEverWithAll() {
        BodyResource bodies = new BodyResource(governance, CLOCK);
        bodies.compliance("ledningsradet", null);
        assertEquals(List.of("compliance", "ledningsradet", 2026), lastCall());
        bodies.compliance("ledningsradet", 2025);
        assertEquals(List.of("compliance", "ledningsradet", 2025), lastCall());
        bodies.representatives("ledningsradet", null, null, null, null);
        assertEquals(TODAY, lastCall().get(3));
        bodies.representatives("ledningsradet", LocalDate.parse("2026-01-01"), "true", null, null);
        assertNull("all: every representative ever", lastCall().get(3));
        RepresentativeResource representatives = new RepresentativeResource(governance, CLOCK);
        representatives.representatives("ledningsradet", "vgr", LocalDate.parse("2026-01-01"), null, null,
                null);
        assertEquals(List.of("representatives", "ledningsradet", "vgr", LocalDate.parse("2026-01-01")), lastCall());
    }

    @Test
    public void aBodyIsSavedUnderThePathsIdAndAnotherIdInTheBodyIsRefused() {
        BodyResource bodies = new BodyResource(governance, CLOCK);
        Body saved = bodies.save("ledningsradet", new Body(null, "LR", BodyLevel.MANAGEMENT, null, List.of(),
                LR.rules(), null));
        assertEquals("ledningsradet", saved.id());
        try {
            bodies.save("ledningsradet", new Body("sro", "SRO", BodyLevel.POLITICAL, null, List.of(), LR.rules(),
                    null));
            fail("saved sro under ledningsradet");
        } catch (ValidationException e) {
            assertEquals("id", e.problems().get(0).path());
        }
    }

    @Test
    public void anAppointmentIsCreatedAtItsOwnAddress() {
        Response r = new RepresentativeResource(governance, CLOCK).appoint(new Representative(0, "Anna", "vgr",
                "ledningsradet", "vgr", null, TODAY, null, null, null));
        assertEquals(201, r.getStatus());
        assertEquals("/api/v1/representatives/7", r.getHeaderString(HttpHeaders.LOCATION));
        assertEquals(7, ((Representative) r.getEntity()).id());
    }

    @Test
    public void aResignationOrMeetingWhoseIdIsNotANumberIsNotFound() {
        RepresentativeResource representatives = new RepresentativeResource(governance, CLOCK);
        MeetingResource meetings = new MeetingResource(governance);
        for (Runnable call : List.<Runnable>of(
                () -> representatives.resign("x", new RepresentativeResource.Resignation(TODAY, null, null)),
                () -> meetings.meeting("12a"), () -> meetings.update("x", null),
                () -> meetings.addDecision("x", null))) {
            try {
                call.run();
                fail("found x");
            } catch (NotFoundException expected) {
                // not a number: no such thing
            }
        }
        representatives.resign("3", new RepresentativeResource.Resignation(TODAY, TODAY.minusDays(1), TODAY));
        assertEquals(List.of("resign", 3L, TODAY, TODAY.minusDays(1), TODAY), lastCall());
    }

    @Test
    public void aMeetingIsCreatedAtItsAddressAndADecisionAtItsMeetings() {
        MeetingResource meetings = new MeetingResource(governance);
        Response m = meetings.add(new Meeting(0, "ledningsradet", LocalDate.parse("2026-12-01"), null, null, null,
                null, null, null, null, null));
        assertEquals(201, m.getStatus());
        assertEquals("/api/v1/meetings/12", m.getHeaderString(HttpHeaders.LOCATION));
        Response d = meetings.addDecision("12", new DecisionInput(null, null, "Budget", null,
                new BigDecimal("50000.50"), DecisionOutcome.ADOPTED, null, null, null, null));
        assertEquals(201, d.getStatus());
        assertEquals("/api/v1/meetings/12", d.getHeaderString(HttpHeaders.LOCATION));
        Decision decision = (Decision) d.getEntity();
        assertEquals(12, decision.meeting());
        assertEquals(new BigDecimal("50000.50"), decision.amount());
    }

    @Test
    public void aDecisionsTwoAmountsMustAgreeToTheOre() {
        DecisionInput input = new DecisionInput(null, null, "Budget", null, new BigDecimal("100.00"),
                DecisionOutcome.ADOPTED, null, null, null, new BigDecimal("100.01"));
        try {
            input.toDecision(1);
            fail("two amounts");
        } catch (ValidationException e) {
            assertEquals("amountSek", e.problems().get(0).path());
        }
        assertEquals(new BigDecimal("100.00"), new DecisionInput(null, null, "B", null, new BigDecimal("100"),
                DecisionOutcome.ADOPTED, null, null, null, new BigDecimal("100.00")).toDecision(1).amount());
    }

    @Test
    public void representativesArePagedInTheRegistersOrderWithNetworksLast() {
        List<Representative> listed = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            listed.add(new Representative(i, "Person " + i, "vgr", "ledningsradet", "vgr", null,
                    LocalDate.parse("2026-01-01"), null, null, null));
        }
        listed.add(new Representative(9, "Nätverkare", "vgr", null, null, "Nätverk", LocalDate.parse("2026-01-01"),
                null, null, null));
        GovernanceService answering = (GovernanceService) Proxy.newProxyInstance(
                GovernanceService.class.getClassLoader(), new Class<?>[] {GovernanceService.class},
                (proxy, method, args) -> "representatives".equals(method.getName()) ? listed : null);
        RepresentativeResource resource = new RepresentativeResource(answering, CLOCK);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = resource.representatives(null, "vgr", null, null, 4, cursor);
            page.items().forEach(r -> seen.add(r.id()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 9L), seen);
    }

    @Test
    public void vacanciesDefaultToToday() {
        new VacancyResource(governance, null, CLOCK).vacancies(null, null, null);
        assertEquals(List.of("vacancies", TODAY), lastCall());
    }
}
