package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.obligation.ObligationPlan;

/**
 * Works out, for each plan, how its agreement's life bounds it (seed 004 §14.2, §15): nothing is due after the
 * agreement ends as a whole, nor after the responsible party's own participation ends for a plan that party owes;
 * a plan that stops at notice has its later occurrences cancelled by a valid notice that ends the agreement for
 * everyone (or, for a plan a party owes, by the notice that ends that party's participation).
 * <p>
 * One instance serves one request: each agreement is asked about once, however many plans it has.
 */
final class PlanLives {

    private final AgreementService agreements;
    private final UnaryOperator<String> organisationName;
    private final LocalDate today;
    private final Map<String, Facts> byAgreement = new HashMap<>();

    /**
     * @param agreements       the agreement register
     * @param organisationName an organisation's name by id (the id itself when unknown)
     * @param today            the platform's today
     */
    PlanLives(AgreementService agreements, UnaryOperator<String> organisationName, LocalDate today) {
        this.agreements = agreements;
        this.organisationName = organisationName;
        this.today = today;
    }

    /** @return the plan's life as things stand today */
    PlanLife of(ObligationPlan plan) {
        if (plan.agreement() == null) {
            return PlanLife.OPEN;
        }
        Facts facts = byAgreement.computeIfAbsent(plan.agreement(), this::facts);
        if (facts == null) {
            return PlanLife.OPEN;
        }
        Agreement a = facts.agreement();
        LocalDate last = facts.endsOn();
        Cancellation cancel = plan.stopsAtNotice() ? facts.noticeForAll() : null;
        if (plan.responsible() != null && a.hasParty(plan.responsible())) {
            Participation p = facts.participation(plan.responsible());
            if (p != null && p.participatingUntil() != null && (last == null || p.participatingUntil().isBefore(last))) {
                last = p.participatingUntil();
            }
            if (plan.stopsAtNotice() && p != null && p.notice() != null) {
                Cancellation own = cancellation(a, p.notice(), p.organisation(), p.participatingUntil());
                if (own != null && (cancel == null || own.received().isBefore(cancel.received()))) {
                    cancel = own;
                }
            }
        }
        return new PlanLife(a.start(), last, cancel == null ? null : cancel.received(),
                cancel == null ? null : cancel.reason());
    }

    private Facts facts(String id) {
        Optional<Agreement> found = agreements.find(id);
        if (found.isEmpty()) {
            return null;
        }
        Agreement a = found.get();
        LocalDate endsOn = a.referenceOnly() ? null : agreements.terms(id, today, null).endsOn();
        Cancellation forAll = a.terminationNotices().stream()
                .filter(n -> n.receivedOn() != null && !n.receivedOn().isAfter(today))
                .filter(n -> a.noticeEndsForAll(n.party()))
                .sorted(Comparator.comparing(TerminationNotice::receivedOn))
                .map(n -> cancellation(a, n, null, null))
                .filter(c -> c != null)
                .findFirst().orElse(null);
        return new Facts(a, endsOn, forAll);
    }

    /** @return the cancellation a notice causes, or null if it has no effect */
    private Cancellation cancellation(Agreement a, TerminationNotice n, String party, LocalDate partyUntil) {
        NoticeEffect effect = agreements.effectOf(a, n);
        if (!effect.effective() || n.receivedOn().isAfter(today)) {
            return null;
        }
        String by = organisationName.apply(n.party());
        String notice = "uppsägningen mottogs " + n.receivedOn() + ", "
                + (n.diaryNumber() == null || n.diaryNumber().isBlank() ? "utan diarienummer"
                        : "diarienummer " + n.diaryNumber());
        String reason;
        if (party == null || a.noticeEndsForAll(n.party())) {
            LocalDate ends = effect.endsOn();
            reason = "Inställd: avtalet är uppsagt av " + by + " (" + notice + ")"
                    + (ends != null ? " och upphör " + ends : "")
                    + "; åtagandet gäller bara så länge avtalet inte är uppsagt.";
        } else {
            reason = "Inställd: " + by + " har sagt upp sitt deltagande i avtalet (" + notice + ")"
                    + (partyUntil != null ? " och deltar till och med " + partyUntil : "")
                    + "; åtagandet gäller bara så länge deltagandet inte är uppsagt.";
        }
        return new Cancellation(n.receivedOn(), reason);
    }

    private record Cancellation(LocalDate received, String reason) {
    }

    /** What one agreement contributes; its parties are asked for only when a plan is owed by a party. */
    private final class Facts {

        private final Agreement agreement;
        private final LocalDate endsOn;
        private final Cancellation noticeForAll;
        private List<Participation> parties;

        Facts(Agreement agreement, LocalDate endsOn, Cancellation noticeForAll) {
            this.agreement = agreement;
            this.endsOn = endsOn;
            this.noticeForAll = noticeForAll;
        }

        Agreement agreement() {
            return agreement;
        }

        LocalDate endsOn() {
            return endsOn;
        }

        Cancellation noticeForAll() {
            return noticeForAll;
        }

        Participation participation(String organisation) {
            if (parties == null) {
                parties = agreements.parties(agreement.id(), today);
            }
            return parties.stream().filter(p -> organisation.equals(p.organisation())).findFirst().orElse(null);
        }
    }
}
