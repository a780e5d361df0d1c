package se.avtalsvakt.rest.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.deadline.Deadlines;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/** {@code GET /api/v1/deadlines?from=…&to=…}: every deadline of every source in a window, by date. */
@Component(service = RestResource.class)
public class DeadlineResource implements RestResource {

    private final Deadlines deadlines;
    private final PlatformClock clock;

    @Activate
    public DeadlineResource(@Reference Deadlines deadlines, @Reference PlatformClock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/v1/deadlines", this::list));
    }

    private RestResponse list(RestRequest r) {
        LocalDate from = r.queryDate("from").orElseGet(clock::today);
        LocalDate to = r.queryDate("to").orElse(from.plusYears(1));
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from (" + from + ")");
        }
        return RestResponse.ok(deadlines.between(from, to));
    }
}
