package se.avtalsvakt.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementExchange;
import se.avtalsvakt.api.agreement.AgreementFilter;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.rest.JsonInput;
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
                        r.queryDate("asOf").orElseGet(clock::today), r.query("party").orElse(null)))),
                Route.get(BASE + "/{id}/parties", r -> RestResponse.ok(agreements.parties(r.path("id"),
                        r.queryDate("asOf").orElseGet(clock::today)))),
                Route.get(BASE + "/{id}/terminations", this::terminations),
                Route.post(BASE + "/{id}/notices/{n}/withdrawal", this::withdraw),
                Route.get(BASE + "/{id}/revisions", this::revisions),
                Route.post(BASE + "/{id}/revisions", this::revise),
                Route.get(BASE + "/{id}/renewals", r -> RestResponse.ok(agreements.termChanges(r.path("id")))),
                Route.get("/v1/renewals", r -> RestResponse.ok(agreements.termChanges(null))),
                Route.post(BASE + "/{id}/terminations", this::terminate),
                Route.get(BASE + "/{id}/renegotiations", r -> RestResponse.ok(agreements.renegotiations(r.path("id")))),
                Route.post(BASE + "/{id}/renegotiations", this::renegotiate));
    }

    private RestResponse terminations(RestRequest r) {
        Agreement a = agreements.get(r.path("id"));
        List<ObjectNode> notices = new ArrayList<>();
        for (int i = 0; i < a.terminationNotices().size(); i++) {
            notices.add(notice(a, i + 1));
        }
        return RestResponse.ok(notices);
    }

    /** @return notice {@code number} (1-based) with its effect and its number, for the withdrawal call */
    private ObjectNode notice(Agreement a, int number) {
        ObjectNode node = Json.MAPPER.valueToTree(agreements.effectOf(a, a.terminationNotices().get(number - 1)));
        node.put("number", number);
        return node;
    }

    /** The body of a withdrawal: why, and the day (default today). */
    public record WithdrawalBody(String reason, LocalDate on) {
    }

    private RestResponse withdraw(RestRequest r) {
        String id = r.path("id");
        int number;
        try {
            number = Integer.parseInt(r.path("n"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("termination notice", id + "/" + r.path("n"));
        }
        WithdrawalBody body = JsonInput.body(r, WithdrawalBody.class);
        Agreement a = agreements.withdrawNotice(id, number, new NoticeWithdrawal(
                body.on() == null ? clock.today() : body.on(), body.reason(), null));
        return RestResponse.created("/api" + BASE + "/" + id + "/terminations", notice(a, number));
    }

    /** The body of a revision: the document (specification id) it revises, and the change-log entry. */
    public record RevisionBody(String document, String diaryNumber, LocalDate decidedOn, LocalDate effectiveFrom,
                        String summary, String decidedBy) {
    }

    /** The change log of every document of the agreement, oldest decision first. */
    private RestResponse revisions(RestRequest r) {
        Agreement a = agreements.get(r.path("id"));
        List<ObjectNode> log = new ArrayList<>();
        a.specifications().forEach(s -> s.revisions().forEach(rev -> log.add(revision(s, rev))));
        log.sort(java.util.Comparator.comparing((ObjectNode n) -> n.path("decidedOn").asText())
                .thenComparing(n -> n.path("diaryNumber").asText()));
        return RestResponse.ok(log);
    }

    private static ObjectNode revision(Specification s, Revision rev) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("document", s.id());
        node.put("documentTitle", s.title());
        node.setAll((ObjectNode) Json.MAPPER.valueToTree(rev));
        return node;
    }

    private RestResponse revise(RestRequest r) {
        String id = r.path("id");
        RevisionBody body = JsonInput.body(r, RevisionBody.class);
        Agreement a = agreements.get(id);
        if (body.document() == null || body.document().isBlank()) {
            throw new ValidationException("document", "required: the id of the document revised, one of "
                    + a.specifications().stream().map(Specification::id).toList());
        }
        Specification s = a.specifications().stream().filter(x -> x.id().equals(body.document())).findFirst()
                .orElseThrow(() -> new ValidationException("document", "'" + body.document()
                        + "' is not a document of " + id + "; its documents: "
                        + a.specifications().stream().map(Specification::id).toList()));
        Revision rev = new Revision(body.diaryNumber(), body.decidedOn(), body.decidedBy(), body.summary(),
                body.effectiveFrom());
        agreements.addRevision(id, s.id(), rev);
        return RestResponse.created("/api" + BASE + "/" + id + "/revisions", revision(s, rev));
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
        LocalDate today = clock.today();
        ObjectNode node = Json.MAPPER.valueToTree(a);
        node.put("status", agreements.status(a, today).name());
        ArrayNode leaving = node.putArray("leaving");
        if (!a.terminationNotices().isEmpty()) {
            leaving(agreements.parties(a, today)).forEach(p -> leaving.addObject()
                    .put("organisation", p.organisation()).put("lastDay", p.participatingUntil().toString()));
        }
        return node;
    }

    /**
     * @return the parties whose participation ends (or has ended) while the agreement goes on for others: those
     *         with a last day before the agreement's own end (the last day of the last party to leave)
     */
    static List<Participation> leaving(List<Participation> parties) {
        LocalDate wholeEnd = parties.stream().allMatch(p -> p.participatingUntil() != null)
                ? parties.stream().map(Participation::participatingUntil).max(LocalDate::compareTo).orElse(null)
                : null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        return parties.stream().filter(p -> p.participatingUntil() != null
                && (wholeEnd == null || p.participatingUntil().isBefore(wholeEnd)) && seen.add(p.organisation()))
                .toList();
    }
}
