package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    static final String INVITATION = "INVITATION";
    static final String AGENDA = "AGENDA";

    private final Body body;
    private final BodyRules rules;
    private final Map<Long, Representative> representatives;
    private final Period invitationLead;

    /**
     * @param body            the body
     * @param representatives the body's representatives, past and present
     */
    RuleChecker(Body body, List<Representative> representatives) {
        this(body, representatives, null);
    }

    /**
     * @param body            the body
     * @param representatives the body's representatives, past and present
     * @param invitationLead  the invitation with agenda goes out at least this long before a meeting (the body's
     *                        MEETINGS plan), or null when the body has no such rule
     */
    RuleChecker(Body body, List<Representative> representatives, Period invitationLead) {
        this.body = body;
        this.rules = body.rules();
        this.invitationLead = invitationLead;
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
                shortfalls.add(sideName(side) + " " + here + " av " + appointed.size() + " närvarande, "
                        + Math.max(needed, 1) + " krävs");
            }
        }
        return shortfalls;
    }

    /** @return whether the meeting had quorum, or null when the body has no quorum rule */
    Boolean quorumMet(Meeting m) {
        List<String> shortfalls = quorumShortfalls(m);
        return shortfalls == null ? null : shortfalls.isEmpty();
    }

    /**
     * @return what the meeting itself breaks: the invitation with agenda (late, or missing once it was due), and,
     *         once held, quorum and the minutes rule
     */
    List<Violation> meeting(Meeting m, LocalDate today) {
        List<Violation> found = new ArrayList<>(invitation(m, today));
        if (m.date().isAfter(today)) {
            return found;
        }
        List<String> shortfalls = quorumShortfalls(m);
        if (shortfalls != null && !shortfalls.isEmpty()) {
            found.add(new Violation(QUORUM, subject(m), "Mötet " + m.date() + " var inte beslutsmässigt: "
                    + String.join("; ", shortfalls) + " (samarbete och styrning, Ledningsrådets arbetsformer)"));
        }
        if (rules.minutesSignedByChairAndOtherSide() && !minutesSignedProperly(m)) {
            found.add(new Violation(MINUTES, subject(m), "Minnesanteckningarna från " + m.date()
                    + " är inte undertecknade av ordföranden och en ledamot från den andra parten"));
        }
        return found;
    }

    /** @return the last day the invitation may go out, or null when the body has no invitation rule */
    LocalDate invitationDue(Meeting m) {
        return invitationLead == null ? null : m.date().minus(invitationLead);
    }

    /**
     * The invitation with agenda goes out at the latest the lead time before the meeting (seed 003, Hjälpmedelsforum:
     * "Kallelse med dagordning skickas ut senast två veckor innan möte"): late, missing once due, or without an agenda
     * is a violation of the meeting itself.
     */
    List<Violation> invitation(Meeting m, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        LocalDate latest = invitationDue(m);
        if (latest == null) {
            return found;
        }
        String rule = "kallelse med dagordning senast " + days(invitationLead) + " före mötet";
        if (m.invitationSentOn() != null && m.invitationSentOn().isAfter(latest)) {
            found.add(new Violation(INVITATION, subject(m), "Kallelsen skickades " + m.invitationSentOn()
                    + ", senast " + latest + " hade varit i tid (" + rule + ")"));
        } else if (m.invitationSentOn() == null && today.isAfter(latest)) {
            found.add(new Violation(INVITATION, subject(m), "Ingen kallelse är registrerad; den skulle ha skickats "
                    + "senast " + latest + " (" + rule + ")"));
        }
        if ((m.agenda() == null || m.agenda().isBlank()) && (m.invitationSentOn() != null || today.isAfter(latest))) {
            found.add(new Violation(AGENDA, subject(m), "Kallelsen saknar dagordning (" + rule + ")"));
        }
        return found;
    }

    private static String days(Period p) {
        return p.getYears() == 0 && p.getMonths() == 0 ? p.getDays() + " dagar" : p.toString();
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
        String subject = "beslut " + d.id() + " (" + d.subject() + ")";
        if (!rules.decides()) {
            found.add(new Violation(NO_DECISIONS, subject, body.name() + " är ett forum för dialog och fattar inga "
                    + "beslut"));
        }
        if (d.outcome() != DecisionOutcome.ADOPTED) {
            return found;
        }
        if (rules.unanimity() && d.hasDissent()) {
            found.add(new Violation(UNANIMITY, subject, "Beslutat trots reservation (" + d.dissent().trim()
                    + "): alla beslut ska ske i enighet, annars återremitteras eller avförs ärendet"));
        }
        found.addAll(mandate(d, subject));
        if (Boolean.FALSE.equals(quorumMet(m))) {
            found.add(new Violation(QUORUM, subject, "Beslutat på ett möte som inte var beslutsmässigt (" + m.date()
                    + ")"));
        }
        return found;
    }

    /**
     * The mandate (seed 003: "anpassning gällande IT-stöd upp till 50 000 kr"): an adopted decision of the mandate's
     * kind above the limit, compared exactly in öre, or without an amount, breaks it.
     */
    private List<Violation> mandate(Decision d, String subject) {
        if (rules.mandateKind() == null || rules.mandateLimitSek() == null
                || !rules.mandateKind().equalsIgnoreCase(d.kind() == null ? "" : d.kind())) {
            return List.of();
        }
        long limitOre = Math.multiplyExact(rules.mandateLimitSek(), 100L);
        String limit = Amounts.kronor(limitOre);
        String to = rules.mandateEscalatesTo() == null ? "" : " till " + rules.mandateEscalatesTo();
        if (d.amountOre() == null) {
            return List.of(new Violation(MANDATE, subject, "Beslutet saknar belopp: mandatet gäller upp till " + limit
                    + "; ange beloppet, annars kan det inte prövas mot mandatet"));
        }
        if (d.amountOre() > limitOre) {
            return List.of(new Violation(MANDATE, subject, "Beslutat till " + Amounts.kronor(d.amountOre())
                    + ", över mandatet på " + limit + ": därutöver endast förslag" + to));
        }
        return List.of();
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
            found.add(new Violation(SUPPORT, "år " + yearNumber, "Det administrativa stödet bytte part under året ("
                    + String.join(", ", sides.stream().map(RuleChecker::sideName).toList())
                    + "): det ska växla årligen"));
        } else if (sides.size() == 1 && before.size() == 1 && before.equals(sides)) {
            found.add(new Violation(SUPPORT, "år " + yearNumber, "Det administrativa stödet låg hos "
                    + sideName(sides.iterator().next()) + " även året före: det ska årligen växla mellan parterna"));
        }
        return found;
    }

    private Side sideOf(Representative r) {
        Seat seat = r.seat() == null ? null : body.seat(r.seat());
        return seat == null ? null : seat.side();
    }

    static String subject(Meeting m) {
        return "möte " + m.id() + " (" + m.date() + ")";
    }

    static String sideName(Side side) {
        return switch (side) {
            case MUNICIPALITIES -> "kommunerna";
            case REGION -> "VGR";
            case SUPPLIER -> "försörjaren";
            case OTHER -> "övriga";
        };
    }
}
