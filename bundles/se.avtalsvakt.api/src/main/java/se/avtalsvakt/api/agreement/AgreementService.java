package se.avtalsvakt.api.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.ValidationException;

/**
 * The register of agreements. Every write is validated as a whole and written in one transaction:
 * on a {@link ValidationException} nothing has been written.
 */
public interface AgreementService {

    /**
     * @param filter which agreements
     * @return matching agreements, ordered by id
     */
    List<Agreement> list(AgreementFilter filter);

    /**
     * One page of the register, for lists shown to people and anything else that need not hold every agreement at
     * once (use {@link #list(AgreementFilter)} only for a computation over the whole register).
     *
     * @param filter  which agreements
     * @param request the page asked for; the cursor is the id of the last agreement of the page before
     * @return matching agreements after the cursor, ordered by id, at most {@code request.limit()}
     */
    default se.avtalsvakt.api.page.Page<Agreement> page(AgreementFilter filter,
            se.avtalsvakt.api.page.PageRequest request) {
        return se.avtalsvakt.api.page.Page.slice(list(filter), request, Agreement::id);
    }

    /**
     * The ids that start with a prefix, for completing an id as it is typed: a bounded read, however many
     * agreements there are. The register answers with one query; this default reads every agreement.
     *
     * @param prefix what has been typed so far; empty or null for any
     * @param limit  at most this many
     * @return matching ids in order
     */
    default List<String> ids(String prefix, int limit) {
        String p = prefix == null ? "" : prefix;
        return list(AgreementFilter.ALL).stream().map(Agreement::id).filter(id -> id.startsWith(p)).limit(limit)
                .toList();
    }

    /** @return the agreement with this id, if any */
    Optional<Agreement> find(String id);

    /**
     * @return the agreement with this id
     * @throws NotFoundException if there is none
     */
    default Agreement get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    /**
     * Registers a new agreement.
     *
     * @throws ValidationException if it is invalid (every problem listed)
     * @throws ConflictException   if its id is taken
     */
    Agreement create(Agreement agreement);

    /**
     * Replaces an agreement's registration. Specifications' change logs and termination notices given are kept
     * as given; a main-document revision must still fall on a term boundary (R4).
     *
     * @throws NotFoundException   if there is no agreement with this id
     * @throws ValidationException if the new registration is invalid
     */
    Agreement update(String id, Agreement agreement);

    /**
     * Adds a revision to a specification's change log (R4).
     *
     * @throws NotFoundException   if the agreement or specification does not exist
     * @throws ValidationException if the revision is invalid, or changes the main document other than at a term
     *                             boundary
     */
    Agreement addRevision(String agreementId, String specificationId, Revision revision);

    /**
     * Records a termination notice as received. Its effect on the term is the terms engine's business. The same
     * notice twice (same party, day, form and diary number) is recorded once.
     *
     * @throws NotFoundException   if the agreement does not exist
     * @throws ValidationException if the notice is invalid (e.g. the party is not a party of the agreement)
     */
    Agreement recordTermination(String agreementId, TerminationNotice notice);

    /**
     * @param agreement an agreement
     * @param asOf      the day asked about
     * @return its status on that day
     */
    AgreementStatus status(Agreement agreement, LocalDate asOf);

    /** @return its status today, by the platform clock */
    AgreementStatus status(Agreement agreement);

    /**
     * @param id   an agreement id
     * @param asOf the day asked about
     * @return the term containing that day, its deadlines and the agreement's status
     * @throws NotFoundException if there is no such agreement
     */
    TermInfo terms(String id, LocalDate asOf);

    /**
     * @param agreement an agreement
     * @param notice    a notice, recorded or not
     * @return what the notice does to the agreement (I3)
     */
    NoticeEffect effectOf(Agreement agreement, TerminationNotice notice);

    /**
     * @param id an agreement id, or null for all agreements
     * @return the recorded term changes (renewal history), oldest first
     */
    List<TermChange> termChanges(String id);

    /**
     * The term changes of every agreement that took effect in a window, for a scan of that window. The register
     * answers with one indexed query; this default filters the whole history.
     *
     * @param from the first day, inclusive
     * @param to   the last day, inclusive
     * @return the changes with {@link TermChange#effectiveOn()} in {@code [from, to]}, oldest first
     */
    default List<TermChange> termChanges(LocalDate from, LocalDate to) {
        return termChanges((String) null).stream()
                .filter(c -> !c.effectiveOn().isBefore(from) && !c.effectiveOn().isAfter(to)).toList();
    }

    /**
     * One page of the renewal history, in the order of {@link #termChanges(String)}. The register answers with one
     * keyset query; this default pages the whole list by position.
     *
     * @param id      an agreement id, or null for all agreements
     * @param request the page asked for
     */
    default se.avtalsvakt.api.page.Page<TermChange> termChanges(String id,
            se.avtalsvakt.api.page.PageRequest request) {
        List<TermChange> all = termChanges(id);
        java.util.Map<TermChange, String> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i), String.format("%010d", i));
        }
        return se.avtalsvakt.api.page.Page.slice(all, request, position::get);
    }

    /**
     * Records every term change that has happened up to today by the platform clock and is not yet recorded:
     * each exactly once, however often this runs and however long the platform was down.
     *
     * @return the changes recorded now
     */
    List<TermChange> recordTermChanges();

    /**
     * Records a party's call for renegotiation (R9). Only agreements whose parties may renegotiate at any time
     * ({@link Agreement#renegotiationAnyTime()}) take one; the others change at their extensions.
     *
     * @return the request as recorded
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such agreement
     * @throws se.avtalsvakt.api.ValidationException naming the field (party, requestedOn, diaryNumber, reason)
     * @throws se.avtalsvakt.api.ConflictException   if the agreement does not allow renegotiation at any time
     */
    RenegotiationRequest requestRenegotiation(String agreementId, RenegotiationRequest request);

    /**
     * @return the agreement's renegotiation requests, oldest first
     * @throws se.avtalsvakt.api.NotFoundException if there is no such agreement
     */
    java.util.List<RenegotiationRequest> renegotiations(String agreementId);

    /**
     * Each party's own participation on a day (seed 004 §1, §15: one agreement per party on shared terms).
     *
     * @param id   an agreement id
     * @param asOf the day asked about
     * @return one participation per party, in the agreement's order of parties
     * @throws se.avtalsvakt.api.NotFoundException if there is no such agreement
     */
    List<Participation> parties(String id, LocalDate asOf);

    /**
     * One party's view of its term on a day: its status and the day its participation ends ({@link TermInfo#endsOn()}).
     *
     * @param id    an agreement id
     * @param asOf  the day asked about
     * @param party an organisation id, or null for the agreement as a whole (which ends only when its
     *              {@link Agreement#noticeEndsAgreementFor()} parties have ended, or when every party has)
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such agreement
     * @throws se.avtalsvakt.api.ValidationException if {@code party} is not a party of it (field {@code party})
     */
    TermInfo terms(String id, LocalDate asOf, String party);

    /**
     * Each party's own participation on a day, for an agreement already at hand (no lookup by id: for lists).
     *
     * @see #parties(String, LocalDate)
     */
    default List<Participation> parties(Agreement agreement, LocalDate asOf) {
        return parties(agreement.id(), asOf);
    }

    /**
     * Withdraws a recorded termination notice. It stays listed, with its withdrawal, and no longer has any effect.
     *
     * @param agreementId an agreement id
     * @param number      the notice's position in {@link Agreement#terminationNotices()}, 1 for the first
     * @param withdrawal  the day and the reason
     * @return the agreement as it is now
     * @throws se.avtalsvakt.api.NotFoundException   if there is no such agreement or notice
     * @throws se.avtalsvakt.api.ValidationException naming the field ({@code on}, {@code reason})
     * @throws se.avtalsvakt.api.ConflictException   if the notice is withdrawn already
     */
    default Agreement withdrawNotice(String agreementId, int number, NoticeWithdrawal withdrawal) {
        throw new UnsupportedOperationException("withdrawing notices is not supported here");
    }
}
