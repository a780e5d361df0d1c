package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Side;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;

/**
 * Who may hold a seat and who appoints to it (seed 003): a holder comes from one of the seat's organisations (or
 * from the seat's side when it names none), a seat holds no more people than its count at any time, and a vacancy
 * is filled by the seat's appointing organisation.
 */
final class SeatRules {

    private final Function<String, Optional<Organisation>> organisations;

    /** @param organisations the organisation register's lookup by id */
    SeatRules(Function<String, Optional<Organisation>> organisations) {
        this.organisations = organisations;
    }

    /** @return the organisation and its parents, nearest first (a cycle ends the walk) */
    List<Organisation> chain(String id) {
        List<Organisation> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<Organisation> at = id == null ? Optional.empty() : organisations.apply(id);
        while (at.isPresent() && seen.add(at.get().id())) {
            chain.add(at.get());
            at = at.get().parent() == null ? Optional.empty() : organisations.apply(at.get().parent());
        }
        return chain;
    }

    /** @return the seat's organisation the given organisation is or belongs to (the nearest), or null */
    String representedBy(Seat seat, String organisation) {
        for (Organisation o : chain(organisation)) {
            if (seat.representing().contains(o.id())) {
                return o.id();
            }
        }
        return null;
    }

    /** @return the sides an organisation can sit for: by its kind and those of the organisations it belongs to */
    Set<Side> sides(String organisation) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Organisation o : chain(organisation)) {
            if (o.kind() == OrganisationKind.REGION) {
                sides.add(Side.REGION);
            } else if (o.kind() == OrganisationKind.MUNICIPALITY || o.kind() == OrganisationKind.MUNICIPAL_ASSOCIATION
                    || o.kind() == OrganisationKind.JOINT_BODY) {
                sides.add(Side.MUNICIPALITIES);
            } else if (o.kind() == OrganisationKind.SUPPLIER) {
                sides.add(Side.SUPPLIER);
            }
        }
        return sides;
    }

    /**
     * Checks a new holder of a seat: their organisation belongs to the seat, and the seat is not full on any day of
     * their term.
     *
     * @param holders the seat's holders recorded so far
     */
    void check(Body body, Seat seat, Representative r, List<Representative> holders, List<Problem> problems) {
        String name = organisations.apply(r.organisation()).map(Organisation::name).orElse(r.organisation());
        if (!seat.representing().isEmpty()) {
            if (representedBy(seat, r.organisation()) == null) {
                problems.add(new Problem("organisation", name + " (" + r.organisation() + ") is not one of the "
                        + "organisations of seat '" + seat.role() + "' of " + body.name() + " ("
                        + String.join(", ", seat.representing().stream().map(this::name).toList())
                        + ") nor belongs to one"));
            }
        } else if (seat.side() != Side.OTHER && !sides(r.organisation()).contains(seat.side())) {
            problems.add(new Problem("organisation", name + " (" + r.organisation() + ") does not sit for the "
                    + seat.side() + " side of seat '" + seat.role() + "' of " + body.name()));
        }
        if (r.from() != null) {
            int most = mostAtOnce(holders, r.from(), r.to());
            if (most >= seat.count()) {
                problems.add(new Problem("seat", "seat '" + seat.role() + "' of " + body.name() + " has "
                        + seat.count() + " place" + (seat.count() == 1 ? "" : "s") + ", all held during "
                        + r.from() + (r.to() == null ? " onwards" : " to " + r.to())
                        + ": record a resignation first"));
            }
        }
    }

    /** @return the most holders in office on one day of the period (they are most at the start of one of them) */
    static int mostAtOnce(List<Representative> holders, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        holders.stream().map(Representative::from).filter(d -> !d.isBefore(from) && (to == null || !d.isAfter(to)))
                .forEach(days::add);
        int most = 0;
        for (LocalDate day : days) {
            most = Math.max(most, (int) holders.stream().filter(h -> h.activeOn(day)).count());
        }
        return most;
    }

    /** @return the representative's principal: the seat's appointing organisation, else the one they represent */
    String principal(Seat seat, Representative r) {
        if (seat != null && seat.appointingOrganisation() != null) {
            return seat.appointingOrganisation();
        }
        String by = seat == null ? null : representedBy(seat, r.organisation());
        return by != null ? by : r.organisation();
    }

    /**
     * Who is asked to fill a vacancy: the seat's appointing organisation; when each of its organisations appoints
     * one holder, those without a holder on the day; otherwise the principal of the last holder who left.
     *
     * @param holders the seat's holders, past and present
     * @param day     the first day the seat is short
     * @return the organisations to ask, empty when none can be told apart
     */
    List<String> nominators(Seat seat, List<Representative> holders, LocalDate day) {
        if (seat.appointingOrganisation() != null) {
            return List.of(seat.appointingOrganisation());
        }
        if (!seat.representing().isEmpty() && seat.representing().size() == seat.count()) {
            Set<String> held = new HashSet<>();
            holders.stream().filter(h -> h.activeOn(day)).map(h -> representedBy(seat, h.organisation()))
                    .filter(Objects::nonNull).forEach(held::add);
            List<String> missing = seat.representing().stream().filter(o -> !held.contains(o)).toList();
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return holders.stream().filter(h -> h.to() != null && h.to().isBefore(day))
                .max(Comparator.comparing(Representative::to)).map(h -> List.of(principal(seat, h)))
                .orElse(List.of());
    }

    /** @return the organisation's name, or its id */
    String name(String id) {
        return organisations.apply(id).map(Organisation::name).orElse(id);
    }
}
