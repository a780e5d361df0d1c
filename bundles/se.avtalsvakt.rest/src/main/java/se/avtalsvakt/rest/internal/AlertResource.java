package se.avtalsvakt.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/**
 * {@code /api/v1/alerts}: the alerts raised from every source's deadlines; acknowledge one, or scan now.
 */
@Component(service = RestResource.class)
public class AlertResource implements RestResource {

    static final String BASE = "/v1/alerts";

    private final AlertService alerts;

    @Activate
    public AlertResource(@Reference AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(BASE, this::list),
                Route.get(BASE + "/{id}", r -> RestResponse.ok(alerts.get(id(r)))),
                Route.post(BASE + "/{id}/ack", r -> RestResponse.ok(alerts.acknowledge(id(r), r.user()))),
                Route.post(BASE + "/scan", r -> RestResponse.ok(alerts.scan())));
    }

    private RestResponse list(RestRequest r) {
        AlertState state = r.query("state").map(AlertResource::state).orElse(null);
        boolean undelivered = r.query("undelivered").map(AlertResource::flag).orElse(false);
        return RestResponse.ok(alerts.list(state, undelivered));
    }

    private static long id(RestRequest r) {
        String text = r.path("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "not an alert id (a number): '" + text + "'");
        }
    }

    private static AlertState state(String text) {
        try {
            return AlertState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("state", "'" + text + "' is not one of "
                    + Arrays.stream(AlertState.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static boolean flag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ValidationException("undelivered", "write true or false, not '" + text + "'");
        };
    }
}
