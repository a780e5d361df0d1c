package se.avtalsvakt.evaluation.internal.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;
import se.avtalsvakt.rest.JsonInput;

/**
 * {@code /api/v1/obligations} (occurrences and their fulfilments) and {@code /api/v1/obligation-plans}.
 */
@Component(service = RestResource.class)
public class ObligationResource implements RestResource {

    static final String OCCURRENCES = "/v1/obligations";
    static final String PLANS = "/v1/obligation-plans";

    private final ObligationService obligations;
    private final PlatformClock clock;

    @Activate
    public ObligationResource(@Reference ObligationService obligations, @Reference PlatformClock clock) {
        this.obligations = obligations;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(OCCURRENCES, this::list),
                Route.get(OCCURRENCES + "/{id}", r -> RestResponse.ok(obligations.occurrence(r.path("id")))),
                Route.post(OCCURRENCES + "/{id}/fulfilments", this::fulfil),
                Route.get(PLANS, r -> RestResponse.ok(obligations.plans(r.query("agreement").orElse(null),
                        r.query("body").orElse(null)))),
                Route.get(PLANS + "/{id}", r -> RestResponse.ok(obligations.plan(r.path("id"))
                        .orElseThrow(() -> new se.avtalsvakt.api.NotFoundException("obligation plan", r.path("id"))))),
                Route.put(PLANS + "/{id}", this::savePlan));
    }

    private RestResponse list(RestRequest r) {
        LocalDate today = clock.today();
        OccurrenceState state = r.query("state").map(ObligationResource::state).orElse(null);
        // overdue: however long ago (from each plan's first occurrence) up to today, unless a window is given
        boolean overdue = state == OccurrenceState.OVERDUE;
        LocalDate from = r.queryDate("from").orElse(overdue ? null : today.minusYears(1));
        LocalDate to = r.queryDate("to").orElse(overdue ? today : today.plusYears(1));
        return RestResponse.ok(obligations.occurrences(new OccurrenceFilter(from, to,
                r.query("agreement").orElse(null), r.query("body").orElse(null), state)));
    }

    private static OccurrenceState state(String text) {
        try {
            return OccurrenceState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("state", "must be one of " + Arrays.stream(OccurrenceState.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ": '" + text + "'");
        }
    }

    private RestResponse fulfil(RestRequest r) {
        Fulfilment f = JsonInput.body(r, Fulfilment.class);
        String by = f.by() == null || f.by().isBlank() ? r.user() : f.by();
        Occurrence o = obligations.fulfil(r.path("id"), new Fulfilment(0, null, f.date(), f.reference(), by,
                f.notes(), f.criteria(), null));
        return RestResponse.created("/api" + OCCURRENCES + "/" + o.id(), o);
    }

    private RestResponse savePlan(RestRequest r) {
        ObligationPlan p = JsonInput.body(r, ObligationPlan.class);
        if (p.id() != null && !p.id().equals(r.path("id"))) {
            throw new ValidationException("id", "must match the path ('" + r.path("id") + "')");
        }
        return RestResponse.ok(obligations.savePlan(p.withId(r.path("id"))));
    }
}
