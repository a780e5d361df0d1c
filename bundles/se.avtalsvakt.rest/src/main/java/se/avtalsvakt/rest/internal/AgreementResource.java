package se.avtalsvakt.rest.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.RestResource;
import se.avtalsvakt.rest.RestResponse;
import se.avtalsvakt.rest.Route;

/**
 * {@code /api/v1/agreements}: the agreement register. Bodies use the exchange format of one agreement; answers
 * add the derived {@code status}.
 */
@Component(service = RestResource.class)
public class AgreementResource implements RestResource {

    static final String BASE = "/v1/agreements";

    private final AgreementService agreements;
    private final AgreementExchange exchange;
    private final PlatformClock clock;

    @Activate
    public AgreementResource(@Reference AgreementService agreements, @Reference AgreementExchange exchange,
            @Reference PlatformClock clock) {
        this.agreements = agreements;
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(BASE, this::list),
                Route.get(BASE + "/{id}", r -> RestResponse.ok(view(agreements.get(r.path("id"))))),
                Route.post(BASE, this::create),
                Route.put(BASE + "/{id}", this::update),
                Route.get(BASE + "/{id}/terms", r -> RestResponse.ok(agreements.terms(r.path("id"),
                        r.queryDate("asOf").orElseGet(clock::today)))),
                Route.get(BASE + "/{id}/terminations", this::terminations),
                Route.get(BASE + "/{id}/renewals", r -> RestResponse.ok(agreements.termChanges(r.path("id")))),
                Route.get("/v1/renewals", r -> RestResponse.ok(agreements.termChanges(null))),
                Route.post(BASE + "/{id}/terminations", this::terminate),
                Route.get(BASE + "/{id}/renegotiations", r -> RestResponse.ok(agreements.renegotiations(r.path("id")))),
                Route.post(BASE + "/{id}/renegotiations", this::renegotiate));
    }

    private RestResponse terminations(RestRequest r) {
        Agreement a = agreements.get(r.path("id"));
        return RestResponse.ok(a.terminationNotices().stream().map(n -> agreements.effectOf(a, n)).toList());
    }

    private RestResponse terminate(RestRequest r) {
        Bodies.requireJson(r);
        String id = r.path("id");
        TerminationNotice notice = exchange.readNotice(r.body());
        Agreement a = agreements.recordTermination(id, notice);
        return RestResponse.created("/api" + BASE + "/" + id + "/terminations", agreements.effectOf(a, notice));
    }

    /** R9: {@code {"party", "requestedOn", "diaryNumber"?, "reason"?}}. */
    private RestResponse renegotiate(RestRequest r) {
        Bodies.requireJson(r);
        String id = r.path("id");
        RenegotiationRequest recorded = agreements.requestRenegotiation(id, exchange.readRenegotiation(r.body()));
        return RestResponse.created("/api" + BASE + "/" + id + "/renegotiations", recorded);
    }

    private RestResponse list(RestRequest r) {
        AgreementFilter filter = new AgreementFilter(
                Bodies.queryEnum(r, "status", AgreementStatus.class).orElse(null),
                r.query("party").orElse(null),
                Bodies.queryEnum(r, "kind", AgreementKind.class).orElse(null));
        return RestResponse.ok(agreements.list(filter).stream().map(this::view).toList());
    }

    private RestResponse create(RestRequest r) {
        Bodies.requireJson(r);
        Agreement created = agreements.create(exchange.readAgreement(r.body()));
        return RestResponse.created("/api" + BASE + "/" + created.id(), view(created));
    }

    private RestResponse update(RestRequest r) {
        Bodies.requireJson(r);
        return RestResponse.ok(view(agreements.update(r.path("id"), exchange.readAgreement(r.body()))));
    }

    private ObjectNode view(Agreement a) {
        ObjectNode node = Json.MAPPER.valueToTree(a);
        node.put("status", agreements.status(a).name());
        return node;
    }
}
