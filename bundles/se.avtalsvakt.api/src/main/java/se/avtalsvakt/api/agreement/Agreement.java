package se.avtalsvakt.api.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as registered: what it is, who is bound, and the rules of its term. This record is also one
 * element of the JSON exchange format; its field names are a contract with clients.
 *
 * @param id                   slug, e.g. {@code samarbetsavtal-hjalpmedel}
 * @param title                the agreement's title
 * @param kind                 what kind of document it is
 * @param diaryNumber          its diary number (diarienummer), or null
 * @param parties              the organisations bound and their roles
 * @param ownerBody            id of the body that watches its deadlines (R3), or null
 * @param start                the first day it applies; may be null only for a reference-only agreement
 * @param firstTermEnd         the last day of the first term; null when open-ended
 * @param renewal              the term policy
 * @param renegotiationAnyTime whether any party may call for renegotiation at any time (R9)
 * @param referenceOnly        registered for reference (other agreements rest on it); not monitored
 * @param references           ids of agreements this one rests on
 * @param notes                free text
 * @param specifications       the main document and specifications, each with its change log
 * @param terminationNotices   notices received, oldest first
 * @param noticeEndsAgreementFor ids of the parties whose notice ends the agreement for every party (for the
 *                             samarbetsavtal: VGR); a notice from any other party ends only its own participation.
 *                             Empty: every party's notice ends it for all (a two-party agreement)
 * @param lastDayMovesToNextWorkingDay when a notice deadline falls on a Saturday, Sunday or holiday, whether a notice
 *                             received on the next working day is still on time (lag 1930:173 applied by analogy);
 *                             off by default
 * @param decisionHistory      how the agreement was decided before it applied (bodies and dates), oldest first; empty
 *                             when not registered
 */
public record Agreement(
        String id,
        String title,
        AgreementKind kind,
        String diaryNumber,
        List<Party> parties,
        String ownerBody,
        LocalDate start,
        LocalDate firstTermEnd,
        Renewal renewal,
        boolean renegotiationAnyTime,
        boolean referenceOnly,
        List<String> references,
        String notes,
        List<Specification> specifications,
        List<TerminationNotice> terminationNotices,
        List<String> noticeEndsAgreementFor,
        boolean lastDayMovesToNextWorkingDay,
        List<DecisionStep> decisionHistory) {

    public Agreement {
        decisionHistory = decisionHistory == null ? List.of() : List.copyOf(decisionHistory);
        noticeEndsAgreementFor = noticeEndsAgreementFor == null ? List.of() : List.copyOf(noticeEndsAgreementFor);
        parties = parties == null ? List.of() : List.copyOf(parties);
        references = references == null ? List.of() : List.copyOf(references);
        specifications = specifications == null ? List.of() : List.copyOf(specifications);
        terminationNotices = terminationNotices == null ? List.of() : List.copyOf(terminationNotices);
    }

    /** An agreement without a registered decision history. */
    public Agreement(String id, String title, AgreementKind kind, String diaryNumber, List<Party> parties,
            String ownerBody, LocalDate start, LocalDate firstTermEnd, Renewal renewal, boolean renegotiationAnyTime,
            boolean referenceOnly, List<String> references, String notes, List<Specification> specifications,
            List<TerminationNotice> terminationNotices, List<String> noticeEndsAgreementFor,
            boolean lastDayMovesToNextWorkingDay) {
        this(id, title, kind, diaryNumber, parties, ownerBody, start, firstTermEnd, renewal, renegotiationAnyTime,
                referenceOnly, references, notes, specifications, terminationNotices, noticeEndsAgreementFor,
                lastDayMovesToNextWorkingDay, List.of());
    }

    /** An agreement on which every party's notice ends it for all, and the last day does not move. */
    public Agreement(String id, String title, AgreementKind kind, String diaryNumber, List<Party> parties,
            String ownerBody, LocalDate start, LocalDate firstTermEnd, Renewal renewal, boolean renegotiationAnyTime,
            boolean referenceOnly, List<String> references, String notes, List<Specification> specifications,
            List<TerminationNotice> terminationNotices) {
        this(id, title, kind, diaryNumber, parties, ownerBody, start, firstTermEnd, renewal, renegotiationAnyTime,
                referenceOnly, references, notes, specifications, terminationNotices, List.of(), false, List.of());
    }

    /** @return whether a notice from {@code party} ends the agreement for every party */
    public boolean noticeEndsForAll(String party) {
        return noticeEndsAgreementFor.isEmpty() || noticeEndsAgreementFor.contains(party);
    }

    /** @return this agreement with another id */
    public Agreement withId(String newId) {
        return new Agreement(newId, title, kind, diaryNumber, parties, ownerBody, start, firstTermEnd, renewal,
                renegotiationAnyTime, referenceOnly, references, notes, specifications, terminationNotices,
                noticeEndsAgreementFor, lastDayMovesToNextWorkingDay, decisionHistory);
    }

    /** @return this agreement with another decision history */
    public Agreement withDecisionHistory(List<DecisionStep> steps) {
        return new Agreement(id, title, kind, diaryNumber, parties, ownerBody, start, firstTermEnd, renewal,
                renegotiationAnyTime, referenceOnly, references, notes, specifications, terminationNotices,
                noticeEndsAgreementFor, lastDayMovesToNextWorkingDay, steps);
    }

    /** @return whether {@code organisation} is a party in any role */
    public boolean hasParty(String organisation) {
        return parties.stream().anyMatch(p -> p.organisation().equals(organisation));
    }
}
