package se.avtalsvakt.agreement.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.avtalsvakt.agreement.internal.Problems;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementKind;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.json.Json;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

/**
 * The JSON exchange format: reads it field by field, reporting every problem by path (so that the problem in
 * {@code agreements[2].renewal.period} is named as such), and writes it from the API records.
 */
public final class ExchangeJson {

    // the platform's setting; on top: exported files are indented for people, and anything after the document is
    // refused (the document is read as a tree and checked field by field, so unknown fields are reported with the
    // other problems rather than by the mapper)
    private final ObjectMapper mapper = Json.mapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** @throws ValidationException listing every problem in the document */
    public ExchangeDocument readDocument(InputStream in) {
        JsonNode root = parse(in);
        Problems p = new Problems();
        JsonObject o = JsonObject.of(root, p, "formatVersion", "organisations", "agreements");
        if (o == null) {
            p.throwIfAny();
        }
        Integer version = o.integer("formatVersion", true);
        if (version != null && version != ExchangeDocument.CURRENT_FORMAT) {
            p.add("formatVersion", "this platform reads format " + ExchangeDocument.CURRENT_FORMAT + ", not " + version);
        }
        List<Organisation> organisations = new ArrayList<>();
        o.array("organisations", (node, at) -> add(organisations, organisation(node, at)));
        List<Agreement> agreements = new ArrayList<>();
        o.array("agreements", (node, at) -> add(agreements, agreement(node, at)));
        p.throwIfAny();
        return new ExchangeDocument(ExchangeDocument.CURRENT_FORMAT, organisations, agreements);
    }

    /** @throws ValidationException listing every problem in the agreement */
    public Agreement readAgreement(InputStream in) {
        Problems p = new Problems();
        Agreement a = agreement(parse(in), p);
        p.throwIfAny();
        return a;
    }

    public void write(ExchangeDocument document, OutputStream out) {
        try {
            mapper.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the exchange document", e);
        }
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    private JsonNode parse(InputStream in) {
        try {
            JsonNode root = mapper.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException("", "empty input: expected a JSON object");
            }
            return root;
        } catch (JsonParseException e) {
            throw new ValidationException("", "not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the input", e);
        }
    }

    private static Organisation organisation(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "id", "name", "kind", "parent");
        if (o == null) {
            return null;
        }
        return new Organisation(o.string("id", true), o.string("name", true),
                o.enumValue("kind", OrganisationKind.class, true), o.string("parent", false));
    }

    static Agreement agreement(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "id", "title", "kind", "diaryNumber", "parties", "ownerBody", "start",
                "firstTermEnd", "renewal", "renegotiationAnyTime", "referenceOnly", "references", "notes",
                "specifications", "terminationNotices", "noticeEndsAgreementFor", "lastDayMovesToNextWorkingDay",
                "decisionHistory", "status", "leaving");
        if (o == null) {
            return null;
        }
        // "status" and "leaving" are derived and answered by the API: accepted so that a fetched agreement can be sent
        // back, ignored
        List<Party> parties = new ArrayList<>();
        o.array("parties", (n, at) -> add(parties, party(n, at)));
        List<String> references = new ArrayList<>();
        o.array("references", (n, at) -> {
            if (n.isTextual()) {
                references.add(n.textValue());
            } else {
                at.add("must be an agreement id (a string)");
            }
        });
        List<Specification> specifications = new ArrayList<>();
        o.array("specifications", (n, at) -> add(specifications, specification(n, at)));
        List<TerminationNotice> notices = new ArrayList<>();
        o.array("terminationNotices", (n, at) -> add(notices, recordedNotice(n, at)));
        List<String> endsForAll = new ArrayList<>();
        o.array("noticeEndsAgreementFor", (n, at) -> {
            if (n.isTextual()) {
                endsForAll.add(n.textValue());
            } else {
                at.add("must be an organisation id (a string)");
            }
        });
        List<DecisionStep> decisions = new ArrayList<>();
        o.array("decisionHistory", (n, at) -> add(decisions, decisionStep(n, at)));
        // the id may be left out of an update's body; the validator requires it everywhere else
        return new Agreement(o.string("id", false), o.string("title", true),
                o.enumValue("kind", AgreementKind.class, true), o.string("diaryNumber", false), parties,
                o.string("ownerBody", false), o.date("start", false), o.date("firstTermEnd", false),
                renewal(o.object("renewal", true, "type", "period", "noticePeriod", "writtenNoticeRequired")),
                o.bool("renegotiationAnyTime"), o.bool("referenceOnly"), references, o.string("notes", false),
                specifications, notices, endsForAll, o.bool("lastDayMovesToNextWorkingDay"), decisions);
    }

    private static DecisionStep decisionStep(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "on", "body", "organisation", "step");
        return o == null ? null
                : new DecisionStep(o.date("on", true), o.string("body", true), o.string("organisation", false),
                        o.string("step", false));
    }

    private static Renewal renewal(JsonObject o) {
        if (o == null) {
            return null;
        }
        return new Renewal(o.enumValue("type", TermPolicy.class, true), o.period("period", false),
                o.period("noticePeriod", false), o.bool("writtenNoticeRequired"));
    }

    private static Party party(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "organisation", "role");
        return o == null ? null
                : new Party(o.string("organisation", true), o.enumValue("role", PartyRole.class, true));
    }

    private static Specification specification(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "id", "title", "type", "revisions");
        if (o == null) {
            return null;
        }
        List<Revision> revisions = new ArrayList<>();
        o.array("revisions", (n, at) -> add(revisions, revision(n, at)));
        return new Specification(o.string("id", true), o.string("title", true),
                o.enumValue("type", SpecificationType.class, true), revisions);
    }

    /** Reads a revision on its own (the body of a REST call adding one). */
    public Revision readRevision(InputStream in) {
        Problems p = new Problems();
        Revision r = revision(parse(in), p);
        p.throwIfAny();
        return r;
    }

    /** Reads a termination notice on its own (the body of a REST call recording one). */
    public TerminationNotice readNotice(InputStream in) {
        Problems p = new Problems();
        TerminationNotice n = notice(parse(in), p);
        p.throwIfAny();
        return n;
    }

    public RenegotiationRequest readRenegotiation(InputStream in) {
        Problems p = new Problems();
        JsonObject o = JsonObject.of(parse(in), p, "party", "requestedOn", "diaryNumber", "reason");
        RenegotiationRequest r = o == null ? null : new RenegotiationRequest(o.string("party", true),
                o.date("requestedOn", true), o.string("diaryNumber", false), o.string("reason", false), null);
        p.throwIfAny();
        return r;
    }

    /** A notice as exported: with when it was recorded and its withdrawal, if any. */
    private static TerminationNotice recordedNotice(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "party", "receivedOn", "written", "diaryNumber", "recordedAt",
                "withdrawal");
        if (o == null) {
            return null;
        }
        JsonObject w = o.object("withdrawal", false, "on", "reason", "recordedAt");
        return new TerminationNotice(o.string("party", true), o.date("receivedOn", true), o.bool("written", true),
                o.string("diaryNumber", false), o.instant("recordedAt", false), w == null ? null
                        : new NoticeWithdrawal(w.date("on", true), w.string("reason", true),
                                w.instant("recordedAt", false)));
    }

    private static Revision revision(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "diaryNumber", "decidedOn", "decidedBy", "summary", "effectiveFrom");
        return o == null ? null
                : new Revision(o.string("diaryNumber", true), o.date("decidedOn", true), o.string("decidedBy", false),
                        o.string("summary", true), o.date("effectiveFrom", false));
    }

    private static TerminationNotice notice(JsonNode node, Problems p) {
        JsonObject o = JsonObject.of(node, p, "party", "receivedOn", "written", "diaryNumber");
        return o == null ? null
                : new TerminationNotice(o.string("party", true), o.date("receivedOn", true), o.bool("written", true),
                        o.string("diaryNumber", false));
    }
}
