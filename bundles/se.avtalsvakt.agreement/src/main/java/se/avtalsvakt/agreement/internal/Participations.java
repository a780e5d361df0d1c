package se.avtalsvakt.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementStatus;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.agreement.ParticipationStatus;
import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.TermInfo;
import se.avtalsvakt.api.agreement.TermPolicy;

/**
 * Each party's own participation in an agreement (seed 004 §1, §15): a party's notice ends its own participation
 * at the end of the term it takes effect for; a notice from a party whose notice ends the agreement for all ends
 * everybody's.
 */
final class Participations {

    private final Agreement agreement;
    private final TermSchedule schedule;
    private final UnaryOperator<String> names;

    /**
     * @param names an organisation's name for people, by id (the id itself when unknown)
     */
    Participations(Agreement agreement, TermSchedule schedule, UnaryOperator<String> names) {
        this.agreement = agreement;
        this.schedule = schedule;
        this.names = names;
    }

    /** @return one participation per party, in the agreement's order of parties */
    List<Participation> on(LocalDate asOf) {
        List<Participation> found = new ArrayList<>();
        for (Party p : agreement.parties()) {
            found.add(of(p, asOf));
        }
        return found;
    }

    /** @return the participation of {@code organisation} (its first listing among the parties) */
    Participation of(String organisation, LocalDate asOf) {
        Party party = agreement.parties().stream().filter(p -> p.organisation().equals(organisation)).findFirst()
                .orElseThrow(() -> new ValidationException("party", "'" + organisation + "' is not a party of "
                        + agreement.id()));
        return of(party, asOf);
    }

    private Participation of(Party p, LocalDate asOf) {
        if (agreement.referenceOnly() || agreement.start() == null) {
            return new Participation(p.organisation(), p.role(), ParticipationStatus.ACTIVE, agreement.start(), null,
                    null, null);
        }
        Optional<TermSchedule.Ending> ending = schedule.ending(p.organisation(), asOf);
        ParticipationStatus status;
        if (asOf.isBefore(agreement.start())) {
            status = ParticipationStatus.NOT_STARTED;
        } else if (ending.isPresent() && asOf.isAfter(ending.get().lastDay())) {
            status = ParticipationStatus.ENDED;
        } else if (ending.isPresent() && agreement.renewal().type() == TermPolicy.AUTO_EXTEND) {
            status = ParticipationStatus.NOTICE_GIVEN;
        } else {
            status = ParticipationStatus.ACTIVE;
        }
        return ending.map(e -> new Participation(p.organisation(), p.role(), status, agreement.start(), e.lastDay(),
                e.notice(), reason(e))).orElseGet(() -> new Participation(p.organisation(), p.role(), status,
                        agreement.start(), null, null, null));
    }

    private String reason(TermSchedule.Ending e) {
        if (e.notice() == null) {
            return "Avtalet gäller till och med " + SwedishText.date(e.lastDay());
        }
        String from = names.apply(e.notice().party());
        if (e.own() && !agreement.noticeEndsForAll(e.notice().party())) {
            return "Uppsägning från " + from + " mottagen " + SwedishText.date(e.notice().receivedOn())
                    + ": deltagandet upphör efter " + SwedishText.date(e.lastDay())
                    + "; avtalet fortsätter för övriga parter";
        }
        return "Uppsägning från " + from + " mottagen " + SwedishText.date(e.notice().receivedOn())
                + ": avtalet upphör för alla parter efter " + SwedishText.date(e.lastDay());
    }

    /**
     * @param whole the agreement's own terms on {@code asOf}
     * @return {@code organisation}'s view of its term: its status and the day its participation ends
     */
    TermInfo terms(TermInfo whole, String organisation, LocalDate asOf) {
        Participation p = of(organisation, asOf);
        AgreementStatus status = whole.status() == AgreementStatus.REFERENCED ? AgreementStatus.REFERENCED
                : AgreementStatus.valueOf(p.status().name());
        if (status == AgreementStatus.ENDED) {
            return new TermInfo(whole.agreement(), asOf, null, null, null, null, null, status, p.participatingUntil());
        }
        return new TermInfo(whole.agreement(), asOf, whole.termNumber(), whole.termStart(), whole.termEnd(),
                whole.noticeDeadline(), whole.practicalNoticeDeadline(), status, p.participatingUntil());
    }

    /**
     * @return the parties whose participation ends (or has ended) before the agreement as a whole, with their last
     *         day: those that leave while it goes on for the others
     */
    List<Participation> leaving(LocalDate asOf) {
        LocalDate wholeEnd = schedule.endsOn(asOf).orElse(null);
        return on(asOf).stream().filter(p -> p.participatingUntil() != null
                && (wholeEnd == null || p.participatingUntil().isBefore(wholeEnd))).toList();
    }
}
