package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyRules;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.DecisionOutcome;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.governance.Violation;

/** Checks a body's meetings and decisions against its rules (seed 003), which are data on the body. */
final class RuleChecker {

    static final String QUORUM = "QUORUM";
    static final String UNANIMITY = "UNANIMITY";
    static final String MANDATE = "MANDATE";
    static final String MINUTES = "MINUTES";
    static final String SUPPORT = "SUPPORT_ALTERNATION";
    static final String NO_DECISIONS = "NO_DECISIONS";

    private final Body body;
    private final BodyRules rules;
    private final Map<Long, Representative> representatives;

    /**
     * @param body            the body
     * @param representatives the body's representatives, past and present
     */
    RuleChecker(Body body, List<Representative> representatives) {
        this.body = body;
        this.rules = body.rules();
        this.representatives = representatives.stream()
                .collect(Collectors.toMap(Representative::id, Function.identity()));
    }

    /**
     * Quorum on the meeting's day: per side of the rule, at least {@code quorumPercent} % of the representatives
     * appointed that day are present. A side with no one appointed has no quorum.
     *
     * @return the sides short of quorum with a sentence each; empty when met; null when the body has no quorum rule
     */
    List<String> quorumShortfalls(Meeting m) {
        if (rules.quorumSides().isEmpty()) {
            return null;
        }
        int percent = rules.quorumPercent() == null ? 50 : rules.quorumPercent();
        Set<Long> present = new LinkedHashSet<>(m.attendees());
        List<String> shortfalls = new ArrayList<>();
        for (Side side : rules.quorumSides()) {
            List<Representative> appointed = representatives.values().stream()
                    .filter(r -> r.activeOn(m.date()) && side == sideOf(r)).toList();
            long here = appointed.stream().filter(r -> present.contains(r.id())).count();
            int needed = (appointed.size() * percent + 99) / 100;
            if (appointed.isEmpty() || here < needed) {
                shortfalls.add(side.name().toLowerCase(Locale.ROOT) + " " + here + " of " + appointed.size()
                        + " present, " + Math.max(needed, 1) + " needed");
            }
        }
        return shortfalls;
    }

    /** @return whether the meeting had quorum, or null when the body has no quorum rule */
    Boolean quorumMet(Meeting m) {
        List<String> shortfalls = quorumShortfalls(m);
        return shortfalls == null ? null : shortfalls.isEmpty();
    }

    /** @return what the meeting itself breaks: quorum and, once held, the minutes rule */
    List<Violation> meeting(Meeting m, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (m.date().isAfter(today)) {
            return found;
        }
        List<String> shortfalls = quorumShortfalls(m);
        if (shortfalls != null && !shortfalls.isEmpty()) {
            found.add(new Violation(QUORUM, subject(m), "no quorum on " + m.date() + ": "
                    + String.join("; ", shortfalls)));
        }
        if (rules.minutesSignedByChairAndOtherSide() && !minutesSignedProperly(m)) {
            found.add(new Violation(MINUTES, subject(m), "the minutes of " + m.date()
                    + " are not signed by the chair and a member of the other side"));
        }
        return found;
    }

    private boolean minutesSignedProperly(Meeting m) {
        List<Representative> signers = m.minutesSignedBy().stream().map(representatives::get)
                .filter(Objects::nonNull).toList();
        for (Representative chair : signers) {
            Seat seat = body.seat(chair.seat());
            if (seat != null && seat.chair()) {
                Side chairSide = seat.side();
                if (signers.stream().anyMatch(s -> s != chair && sideOf(s) != null && sideOf(s) != chairSide)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the rules a decision breaks in its meeting */
    List<Violation> decision(Decision d, Meeting m) {
        List<Violation> found = new ArrayList<>();
        String subject = "decision " + d.id() + " (" + d.subject() + ")";
        if (!rules.decides()) {
            found.add(new Violation(NO_DECISIONS, subject, body.name() + " is for dialogue only and takes no "
                    + "decisions"));
        }
        if (d.outcome() != DecisionOutcome.ADOPTED) {
            return found;
        }
        if (rules.unanimity() && d.hasDissent()) {
            found.add(new Violation(UNANIMITY, subject, "adopted with dissent (" + d.dissent().trim() + "): decisions "
                    + "must be unanimous, otherwise remitted or dropped"));
        }
        if (rules.mandateKind() != null && rules.mandateLimitSek() != null
                && rules.mandateKind().equalsIgnoreCase(d.kind() == null ? "" : d.kind())
                && d.amountSek() != null && d.amountSek() > rules.mandateLimitSek()) {
            found.add(new Violation(MANDATE, subject, "adopted at " + d.amountSek() + " SEK, above the mandate of "
                    + rules.mandateLimitSek() + " SEK: only a proposal"
                    + (rules.mandateEscalatesTo() == null ? "" : " to " + rules.mandateEscalatesTo())));
        }
        if (Boolean.FALSE.equals(quorumMet(m))) {
            found.add(new Violation(QUORUM, subject, "adopted in a meeting without quorum (" + m.date() + ")"));
        }
        return found;
    }

    /**
     * The administrative support alternates yearly: one side a year, not the side of the year before.
     *
     * @param year         the year's meetings
     * @param previousYear the meetings of the year before
     */
    List<Violation> support(int yearNumber, List<Meeting> year, List<Meeting> previousYear) {
        List<Violation> found = new ArrayList<>();
        if (!rules.alternatingSupport()) {
            return found;
        }
        Set<Side> sides = year.stream().map(Meeting::supportBy).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Side> before = previousYear.stream().map(Meeting::supportBy).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (sides.size() > 1) {
            found.add(new Violation(SUPPORT, "year " + yearNumber, "the administrative support changed sides within "
                    + "the year (" + sides + "): it alternates yearly"));
        } else if (sides.size() == 1 && before.size() == 1 && before.equals(sides)) {
            found.add(new Violation(SUPPORT, "year " + yearNumber, "the administrative support stayed with "
                    + sides.iterator().next() + " as in the year before: it alternates yearly between the parties"));
        }
        return found;
    }

    private Side sideOf(Representative r) {
        Seat seat = r.seat() == null ? null : body.seat(r.seat());
        return seat == null ? null : seat.side();
    }

    static String subject(Meeting m) {
        return "meeting " + m.id() + " (" + m.date() + ")";
    }
}
