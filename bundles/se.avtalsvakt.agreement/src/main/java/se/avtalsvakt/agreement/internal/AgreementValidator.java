package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.avtalsvakt.api.Ids;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.DecisionStep;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.Renewal;
import se.avtalsvakt.api.agreement.TermPolicy;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.Specification;
import se.avtalsvakt.api.agreement.SpecificationType;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.organisation.Organisation;

/**
 * The rules an agreement's registration must keep, whichever way it arrives (console import, REST, reference
 * data). Every problem is reported with its path; nothing stops at the first.
 */
final class AgreementValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTES = 4000;
    static final int MAX_DIARY_NUMBER = 64;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_NAME = 200;

    private final Predicate<String> organisationExists;
    private final Predicate<String> agreementExists;

    /**
     * @param organisationExists whether an organisation id is registered (or being registered alongside)
     * @param agreementExists    whether an agreement id is registered (or being registered alongside)
     */
    AgreementValidator(Predicate<String> organisationExists, Predicate<String> agreementExists) {
        this.organisationExists = organisationExists;
        this.agreementExists = agreementExists;
    }

    void validate(Organisation o, Problems p) {
        id(o.id(), p);
        text(o.name(), "name", MAX_NAME, true, p);
        if (o.kind() == null) {
            p.add("kind", "required");
        }
        if (o.parent() != null) {
            if (o.parent().equals(o.id())) {
                p.add("parent", "an organisation cannot be its own parent");
            } else if (!organisationExists.test(o.parent())) {
                p.add("parent", "unknown organisation '" + o.parent() + "'");
            }
        }
    }

    void validate(Agreement a, Problems p) {
        id(a.id(), p);
        text(a.title(), "title", MAX_TITLE, true, p);
        if (a.kind() == null) {
            p.add("kind", "required");
        }
        text(a.diaryNumber(), "diaryNumber", MAX_DIARY_NUMBER, false, p);
        text(a.notes(), "notes", MAX_NOTES, false, p);
        parties(a.parties(), p);
        if (a.ownerBody() != null && !organisationExists.test(a.ownerBody())) {
            p.add("ownerBody", "unknown organisation '" + a.ownerBody() + "'");
        }
        if (a.start() == null && !a.referenceOnly()) {
            p.add("start", "required (only a reference-only agreement may leave it out)");
        }
        if (a.renewal() == null) {
            p.add("renewal", "required");
        } else {
            renewal(a, p);
        }
        for (int i = 0; i < a.references().size(); i++) {
            String ref = a.references().get(i);
            if (ref == null || ref.equals(a.id())) {
                p.add("references[" + i + "]", "an agreement cannot reference itself");
            } else if (!agreementExists.test(ref)) {
                p.add("references[" + i + "]", "unknown agreement '" + ref + "'");
            }
        }
        decisionHistory(a, p);
        specifications(a, p);
        notices(a, p);
        for (int i = 0; i < a.noticeEndsAgreementFor().size(); i++) {
            String party = a.noticeEndsAgreementFor().get(i);
            if (party == null || !a.hasParty(party)) {
                p.add("noticeEndsAgreementFor[" + i + "]", "'" + party + "' is not a party of this agreement");
            }
        }
    }

    private void id(String id, Problems p) {
        if (id == null || id.isBlank()) {
            p.add("id", "required");
        } else if (!Ids.isSlug(id)) {
            p.add("id", "not a valid id: use lower-case letters a-z, digits and single dashes, at most "
                    + Ids.MAX_LENGTH + " characters (e.g. '" + Ids.slugOf(id) + "')");
        }
    }

    private static void text(String value, String field, int max, boolean required, Problems p) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(field, "required");
            }
        } else if (value.length() > max) {
            p.add(field, "too long: " + value.length() + " characters, at most " + max);
        }
    }

    private void parties(List<Party> parties, Problems p) {
        if (parties.isEmpty()) {
            p.add("parties", "at least one party is required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            Problems at = p.at("parties", i);
            if (party.organisation() == null) {
                at.add("organisation", "required");
            } else if (!organisationExists.test(party.organisation())) {
                at.add("organisation", "unknown organisation '" + party.organisation() + "'");
            }
            if (party.role() == null) {
                at.add("role", "required");
            }
            if (party.organisation() != null && party.role() != null
                    && !seen.add(party.organisation() + "/" + party.role())) {
                at.add("listed twice with the same role");
            }
        }
    }

    private static void renewal(Agreement a, Problems p) {
        Renewal r = a.renewal();
        Problems at = p.at("renewal");
        if (r.type() == null) {
            at.add("type", "required");
            return;
        }
        switch (r.type()) {
            case FIXED, AUTO_EXTEND -> {
                if (a.firstTermEnd() == null) {
                    p.add("firstTermEnd", "required for a " + r.type() + " agreement");
                } else if (a.start() != null && !a.firstTermEnd().isAfter(a.start())) {
                    p.add("firstTermEnd", "must be after start (" + a.start() + ")");
                }
            }
            case OPEN_ENDED -> {
                if (a.firstTermEnd() != null) {
                    p.add("firstTermEnd", "an open-ended agreement has no term end; leave it out");
                }
                if (r.noticePeriod() != null) {
                    at.add("noticePeriod", "an open-ended agreement has no term to give notice before");
                }
            }
        }
        if (r.type() == TermPolicy.AUTO_EXTEND) {
            if (r.period() == null) {
                at.add("period", "required for AUTO_EXTEND (e.g. P3Y)");
            } else if (!TermSchedule.isPositive(r.period())) {
                at.add("period", "must be a positive period, e.g. P3Y");
            }
        } else if (r.period() != null) {
            at.add("period", "only an AUTO_EXTEND agreement has a renewal period");
        }
        if (r.noticePeriod() != null && !TermSchedule.isPositive(r.noticePeriod())) {
            at.add("noticePeriod", "must be a positive period, e.g. P12M");
        }
    }

    static final int MAX_DECISION_STEPS = 50;
    static final int MAX_STEP = 500;

    private void decisionHistory(Agreement a, Problems p) {
        List<DecisionStep> steps = a.decisionHistory();
        if (steps.size() > MAX_DECISION_STEPS) {
            p.add("decisionHistory", "at most " + MAX_DECISION_STEPS + " steps, not " + steps.size());
            return;
        }
        LocalDate previous = null;
        for (int i = 0; i < steps.size(); i++) {
            DecisionStep s = steps.get(i);
            Problems at = p.at("decisionHistory", i);
            if (s.on() == null) {
                at.add("on", "required");
            } else {
                if (previous != null && s.on().isBefore(previous)) {
                    at.add("on", s.on() + " is before the step above it (" + previous
                            + "): list the steps oldest first");
                }
                previous = s.on();
            }
            text(s.body(), "body", MAX_NAME, true, at);
            if (s.organisation() != null && !organisationExists.test(s.organisation())) {
                at.add("organisation", "unknown organisation '" + s.organisation() + "'");
            }
            text(s.step(), "step", MAX_STEP, false, at);
        }
    }

    private static void specifications(Agreement a, Problems p) {
        Set<String> ids = new HashSet<>();
        int mainDocuments = 0;
        for (int i = 0; i < a.specifications().size(); i++) {
            Specification s = a.specifications().get(i);
            Problems at = p.at("specifications", i);
            if (s.id() == null || !Ids.isSlug(s.id())) {
                at.add("id", s.id() == null ? "required" : "not a valid id (lower-case letters, digits, dashes)");
            } else if (!ids.add(s.id())) {
                at.add("id", "'" + s.id() + "' is used twice in this agreement");
            }
            text(s.title(), "title", MAX_TITLE, true, at);
            if (s.type() == null) {
                at.add("type", "required");
            } else if (s.type() == SpecificationType.MAIN_DOCUMENT) {
                mainDocuments++;
            }
            for (int j = 0; j < s.revisions().size(); j++) {
                revision(a, s, s.revisions().get(j), at.at("revisions", j));
            }
        }
        Set<String> diaryNumbers = new HashSet<>();
        for (int i = 0; i < a.specifications().size(); i++) {
            List<Revision> revisions = a.specifications().get(i).revisions();
            for (int j = 0; j < revisions.size(); j++) {
                String d = revisions.get(j).diaryNumber();
                if (d != null && !d.isBlank() && !diaryNumbers.add(d.trim())) {
                    p.at("specifications", i).at("revisions", j).add("diaryNumber", "'" + d
                            + "' is used by another revision of this agreement: every revision has its own");
                }
            }
        }
        if (mainDocuments > 1) {
            p.add("specifications", "an agreement has at most one MAIN_DOCUMENT");
        }
    }

    /** Also used on its own when a revision is added to the change log. */
    static void revision(Agreement a, Specification s, Revision r, Problems p) {
        text(r.diaryNumber(), "diaryNumber", MAX_DIARY_NUMBER, true, p);
        text(r.summary(), "summary", MAX_SUMMARY, true, p);
        text(r.decidedBy(), "decidedBy", MAX_NAME, false, p);
        if (r.decidedOn() == null) {
            p.add("decidedOn", "required");
            return;
        }
        if (r.effectiveFrom() != null && r.effectiveFrom().isBefore(r.decidedOn())) {
            p.add("effectiveFrom", "a revision cannot take effect (" + r.effectiveFrom() + ") before it was decided ("
                    + r.decidedOn() + ")");
        }
        // R4; when the term rules themselves are invalid they are reported elsewhere and this check cannot run
        if (s.type() == SpecificationType.MAIN_DOCUMENT && !a.renegotiationAnyTime() && TermSchedule.computable(a)) {
            LocalDate effective = r.effectiveDate();
            TermSchedule terms = TermSchedule.of(a);
            if (!terms.isExtensionStart(effective)) {
                String next = terms.extensionStartsAfter(effective, 3).stream().map(LocalDate::toString)
                        .collect(Collectors.joining(", "));
                p.add("effectiveFrom", "the main document can only change when the agreement is extended"
                        + (next.isEmpty() ? "; this agreement is never extended"
                                : ": it must take effect on the first day of a new term (" + next + ", ...)"));
            }
        }
    }

    private void notices(Agreement a, Problems p) {
        for (int i = 0; i < a.terminationNotices().size(); i++) {
            notice(a, a.terminationNotices().get(i), p.at("terminationNotices", i));
        }
    }

    /** Also used on its own when a notice is recorded. */
    static void notice(Agreement a, TerminationNotice n, Problems p) {
        if (n.party() == null) {
            p.add("party", "required");
        } else if (!a.hasParty(n.party())) {
            p.add("party", "'" + n.party() + "' is not a party of " + a.id());
        }
        if (n.receivedOn() == null) {
            p.add("receivedOn", "required");
        }
        text(n.diaryNumber(), "diaryNumber", MAX_DIARY_NUMBER, false, p);
    }

    /** Checks a revision to be added to {@code a}'s change log against the revisions already logged. */
    static void newRevision(Agreement a, Revision r, Problems p) {
        if (r.diaryNumber() != null && a.specifications().stream().flatMap(s -> s.revisions().stream())
                .anyMatch(old -> r.diaryNumber().trim().equals(old.diaryNumber() == null ? null
                        : old.diaryNumber().trim()))) {
            p.add("diaryNumber", "'" + r.diaryNumber() + "' is used by another revision of " + a.id()
                    + ": every revision has its own diary number");
        }
    }

    /** Checks the withdrawal of {@code n} on {@code today}. */
    static void withdrawal(TerminationNotice n, se.avtalsvakt.api.agreement.NoticeWithdrawal w, LocalDate today,
            Problems p) {
        if (w.on() == null) {
            p.add("on", "required");
        } else if (n.receivedOn() != null && w.on().isBefore(n.receivedOn())) {
            p.add("on", "a notice cannot be withdrawn (" + w.on() + ") before it was received (" + n.receivedOn() + ")");
        } else if (w.on().isAfter(today)) {
            p.add("on", "cannot be in the future (today is " + today + ")");
        }
        text(w.reason(), "reason", MAX_SUMMARY, true, p);
    }

    /** Checks a call for renegotiation of {@code a} (R9). */
    static void renegotiation(Agreement a, RenegotiationRequest r, Problems p) {
        if (r.party() == null) {
            p.add("party", "required");
        } else if (!a.hasParty(r.party())) {
            p.add("party", "'" + r.party() + "' is not a party of " + a.id());
        }
        if (r.requestedOn() == null) {
            p.add("requestedOn", "required");
        }
        text(r.diaryNumber(), "diaryNumber", MAX_DIARY_NUMBER, false, p);
        text(r.reason(), "reason", 2000, false, p);
    }
}
