package se.avtalsvakt.governance.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Violation;
import se.avtalsvakt.governance.internal.Amounts;
import se.avtalsvakt.governance.internal.GovernanceDeadlineSource;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;
import se.avtalsvakt.rest.JsonInput;

/**
 * {@code /api/v1/bodies}, {@code /api/v1/representatives}, {@code /api/v1/meetings}, {@code /api/v1/vacancies}:
 * the governance organisation.
 */
@Component(service = RestResource.class)
public class GovernanceResource implements RestResource {

    static final String BODIES = "/v1/bodies";

    private final GovernanceService governance;
    private final PlatformClock clock;
    private final GovernanceDeadlineSource deadlines;

    @Activate
    public GovernanceResource(@Reference GovernanceService governance, @Reference PlatformClock clock,
            @Reference GovernanceDeadlineSource deadlines) {
        this.governance = governance;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * A resignation: the last day in office and when the coordination function and the principal were told.
     */
    public record Resignation(LocalDate to, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
    }

    /**
     * A decision as posted: amounts read exactly as decimals ({@code amountSek} 50000.50 is 50 000,50 kr, never
     * 50 000), so that no öre is lost on the way in.
     */
    public record DecisionInput(Long id, Long meeting, String subject, String kind, BigDecimal amountSek,
                                DecisionOutcome outcome, String dissent, List<Violation> violations, Long amountOre,
                                BigDecimal amount) {

        Decision toDecision(long meetingId) {
            BigDecimal kronor = amount;
            if (amountSek != null) {
                long ore = Amounts.ore(amountSek, "amountSek");
                if (kronor != null && Amounts.ore(kronor, "amount") != ore) {
                    throw new ValidationException("amountSek", "does not match amount (" + kronor.toPlainString()
                            + ")");
                }
                kronor = BigDecimal.valueOf(ore, 2);
            }
            return new Decision(0, meetingId, subject, kind, null, outcome, dissent, null, amountOre, kronor);
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(BODIES, r -> RestResponse.ok(governance.bodies())),
                Route.get(BODIES + "/{id}", r -> RestResponse.ok(body(r.path("id")))),
                Route.put(BODIES + "/{id}", this::saveBody),
                Route.get(BODIES + "/{id}/compliance", r -> RestResponse.ok(governance.compliance(
                        body(r.path("id")).id(), r.queryInt("year").orElse(clock.today().getYear())))),
                Route.get(BODIES + "/{id}/representatives", r -> RestResponse.ok(governance.representatives(
                        body(r.path("id")).id(), null, r.query("all").isPresent() ? null
                                : r.queryDate("on").orElseGet(clock::today)))),
                Route.get(BODIES + "/{id}/meetings", r -> RestResponse.ok(governance.meetings(body(r.path("id")).id(),
                        r.queryInt("year").orElse(null)))),
                Route.get("/v1/representatives", r -> RestResponse.ok(governance.representatives(
                        r.query("body").orElse(null), r.query("organisation").orElse(null),
                        r.query("all").isPresent() ? null : r.queryDate("on").orElseGet(clock::today)))),
                Route.post("/v1/representatives", this::appoint),
                Route.post("/v1/representatives/{id}/resignation", this::resign),
                Route.get("/v1/representation/{organisation}",
                        r -> RestResponse.ok(governance.register(r.path("organisation")))),
                Route.get("/v1/vacancies", r -> RestResponse.ok(governance.vacancies(
                        r.queryDate("on").orElseGet(clock::today)))),
                Route.get("/v1/vacancies/overdue", r -> RestResponse.ok(deadlines.overdue(clock.today()))),
                Route.get("/v1/meetings", r -> RestResponse.ok(governance.meetings(r.query("body").orElse(null),
                        r.queryInt("year").orElse(null)))),
                Route.get("/v1/meetings/{id}", r -> RestResponse.ok(governance.meeting(number(r.path("id"),
                        "meeting")))),
                Route.post("/v1/meetings", this::addMeeting),
                Route.put("/v1/meetings/{id}", this::updateMeeting),
                Route.post("/v1/meetings/{id}/decisions", this::addDecision));
    }

    private Body body(String id) {
        return governance.body(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    private RestResponse saveBody(RestRequest r) {
        Body b = JsonInput.body(r, Body.class);
        if (b.id() != null && !b.id().equals(r.path("id"))) {
            throw new ValidationException("id", "must match the path ('" + r.path("id") + "')");
        }
        return RestResponse.ok(governance.saveBody(new Body(r.path("id"), b.name(), b.level(), b.parent(), b.seats(),
                b.rules(), b.notes())));
    }

    private RestResponse appoint(RestRequest r) {
        Representative saved = governance.appoint(JsonInput.body(r, Representative.class));
        return RestResponse.created("/api/v1/representatives/" + saved.id(), saved);
    }

    private RestResponse resign(RestRequest r) {
        Resignation resignation = JsonInput.body(r, Resignation.class);
        return RestResponse.ok(governance.resign(number(r.path("id"), "representative"), resignation.to(),
                resignation.notifiedOn(), resignation.principalNotifiedOn()));
    }

    private RestResponse addMeeting(RestRequest r) {
        Meeting saved = governance.addMeeting(JsonInput.body(r, Meeting.class));
        return RestResponse.created("/api/v1/meetings/" + saved.id(), saved);
    }

    private RestResponse updateMeeting(RestRequest r) {
        return RestResponse.ok(governance.updateMeeting(number(r.path("id"), "meeting"),
                JsonInput.body(r, Meeting.class)));
    }

    private RestResponse addDecision(RestRequest r) {
        long meeting = number(r.path("id"), "meeting");
        Decision saved = governance.addDecision(meeting, JsonInput.body(r, DecisionInput.class).toDecision(meeting));
        return RestResponse.created("/api/v1/meetings/" + meeting, saved);
    }

    private static long number(String text, String kind) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, text);
        }
    }
}
