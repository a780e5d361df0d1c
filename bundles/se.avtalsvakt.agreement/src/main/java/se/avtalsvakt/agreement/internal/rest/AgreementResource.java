package se.avtalsvakt.agreement.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
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
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/**
 * {@code /api/v1/agreements}: the agreement register. Bodies use the exchange format of one agreement; answers
 * add the derived {@code status} and the parties {@code leaving}.
 */
@Component(service = AgreementResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    static final String BASE = "/api/v1/agreements";

    private static final ObjectMapper MAPPER = Json.mapper();

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

    /** @return a page of the agreements by id, of one status, party and/or kind if asked */
    @GET
    public Page<ObjectNode> list(@QueryParam("status") AgreementStatus status, @QueryParam("party") String party,
            @QueryParam("kind") AgreementKind kind, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        return agreements.page(new AgreementFilter(status, party, kind), request).map(this::view);
    }

    @GET
    @Path("{id}")
    public ObjectNode get(@PathParam("id") String id) {
        return view(agreements.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        Agreement created = agreements.create(exchange.readAgreement(body));
        return created(BASE + "/" + created.id(), view(created));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode update(@PathParam("id") String id, InputStream body) {
        return view(agreements.update(id, exchange.readAgreement(body)));
    }

    @GET
    @Path("{id}/terms")
    public TermInfo terms(@PathParam("id") String id, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("party") String party) {
        return agreements.terms(id, asOf == null ? clock.today() : asOf, party);
    }

    @GET
    @Path("{id}/parties")
    public List<Participation> parties(@PathParam("id") String id, @QueryParam("asOf") LocalDate asOf) {
        return agreements.parties(id, asOf == null ? clock.today() : asOf);
    }

    /** The termination notices with their effect, numbered from 1 (the number the withdrawal call takes). */
    @GET
    @Path("{id}/terminations")
    public Page<ObjectNode> terminations(@PathParam("id") String id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        Agreement a = agreements.get(id);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < a.terminationNotices().size(); i++) {
            numbers.add(i + 1);
        }
        return Page.slice(numbers, request, AgreementResource::numberKey).map(n -> notice(a, n));
    }

    private static String numberKey(int number) {
        return String.format("%09d", number);
    }

    @POST
    @Path("{id}/terminations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response terminate(@PathParam("id") String id, InputStream body) {
        TerminationNotice notice = exchange.readNotice(body);
        Agreement a = agreements.recordTermination(id, notice);
        return created(BASE + "/" + id + "/terminations", agreements.effectOf(a, notice));
    }

    /** The body of a withdrawal: why, and the day (default today). */
    public record WithdrawalBody(String reason, LocalDate on) {
    }

    @POST
    @Path("{id}/notices/{n}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id, @PathParam("n") String n, WithdrawalBody body) {
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new NotFoundException("termination notice", id + "/" + n);
        }
        Agreement a = agreements.withdrawNotice(id, number, new NoticeWithdrawal(
                body.on() == null ? clock.today() : body.on(), body.reason(), null));
        return created(BASE + "/" + id + "/terminations", notice(a, number));
    }

    /** The body of a revision: the document (specification id) it revises, and the change-log entry. */
    public record RevisionBody(String document, String diaryNumber, LocalDate decidedOn, LocalDate effectiveFrom,
            String summary, String decidedBy) {
    }

    /** The change log of every document of the agreement, oldest decision first. */
    @GET
    @Path("{id}/revisions")
    public Page<ObjectNode> revisions(@PathParam("id") String id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        Agreement a = agreements.get(id);
        List<Logged> log = new ArrayList<>();
        a.specifications().forEach(s -> {
            for (int i = 0; i < s.revisions().size(); i++) {
                log.add(new Logged(s, s.revisions().get(i), i));
            }
        });
        log.sort(Comparator.comparing(Logged::key));
        return Page.slice(log, request, Logged::key).map(l -> revision(l.document(), l.revision()));
    }

    /** One entry of a document's change log, with its place: decided day, diary number, document, position. */
    private record Logged(Specification document, Revision revision, int index) {

        String key() {
            return (revision.decidedOn() == null ? "" : revision.decidedOn().toString()) + '\u0000'
                    + (revision.diaryNumber() == null ? "" : revision.diaryNumber()) + '\u0000' + document.id()
                    + '\u0000' + numberKey(index);
        }
    }

    @POST
    @Path("{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, RevisionBody body) {
        Agreement a = agreements.get(id);
        List<String> documents = a.specifications().stream().map(Specification::id).toList();
        if (body.document() == null || body.document().isBlank()) {
            throw new ValidationException("document", "required: the id of the document revised, one of "
                    + documents);
        }
        Specification s = a.specifications().stream().filter(x -> x.id().equals(body.document())).findFirst()
                .orElseThrow(() -> new ValidationException("document", "'" + body.document()
                        + "' is not a document of " + id + "; its documents: " + documents));
        Revision rev = new Revision(body.diaryNumber(), body.decidedOn(), body.decidedBy(), body.summary(),
                body.effectiveFrom());
        agreements.addRevision(id, s.id(), rev);
        return created(BASE + "/" + id + "/revisions", revision(s, rev));
    }

    @GET
    @Path("{id}/renewals")
    public Page<TermChange> renewals(@PathParam("id") String id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return agreements.termChanges(id, PageRequest.of(limit, cursor));
    }

    /** The calls for renegotiation, oldest first (by their place in the agreement's list). */
    @GET
    @Path("{id}/renegotiations")
    public Page<RenegotiationRequest> renegotiations(@PathParam("id") String id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        List<RenegotiationRequest> calls = agreements.renegotiations(id);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            numbers.add(i + 1);
        }
        return Page.slice(numbers, request, AgreementResource::numberKey).map(n -> calls.get(n - 1));
    }

    /** A call for renegotiation: {@code {"party", "requestedOn", "diaryNumber"?, "reason"?}}. */
    @POST
    @Path("{id}/renegotiations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renegotiate(@PathParam("id") String id, InputStream body) {
        RenegotiationRequest recorded = agreements.requestRenegotiation(id, exchange.readRenegotiation(body));
        return created(BASE + "/" + id + "/renegotiations", recorded);
    }

    private static Response created(String location, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location).entity(entity)
                .build();
    }

    /** @return notice {@code number} (1-based) with its effect and its number, for the withdrawal call */
    private ObjectNode notice(Agreement a, int number) {
        ObjectNode node = MAPPER.valueToTree(agreements.effectOf(a, a.terminationNotices().get(number - 1)));
        node.put("number", number);
        return node;
    }

    private static ObjectNode revision(Specification s, Revision rev) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("document", s.id());
        node.put("documentTitle", s.title());
        node.setAll((ObjectNode) MAPPER.valueToTree(rev));
        return node;
    }

    /** @return the agreement as JSON with its status today and the parties leaving it */
    ObjectNode view(Agreement a) {
        LocalDate today = clock.today();
        ObjectNode node = MAPPER.valueToTree(a);
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
        Set<String> seen = new HashSet<>();
        return parties.stream().filter(p -> p.participatingUntil() != null
                && (wholeEnd == null || p.participatingUntil().isBefore(wholeEnd)) && seen.add(p.organisation()))
                .toList();
    }
}
