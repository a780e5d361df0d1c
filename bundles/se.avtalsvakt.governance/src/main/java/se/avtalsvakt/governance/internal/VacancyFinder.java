package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Vacancy;

/**
 * Seats with fewer people than their count. A body is checked only once its register is kept, i.e. it has at
 * least one representative recorded; before that every seat would be "vacant" and say nothing.
 */
final class VacancyFinder {

    private VacancyFinder() {
    }

    /**
     * @param body            the body
     * @param representatives the body's representatives, past and present
     * @param today           the day
     * @return the seats short today (since the day they became short) and those that an announced resignation will
     *         make short (since that day)
     */
    static List<Vacancy> vacancies(Body body, List<Representative> representatives, LocalDate today) {
        List<Vacancy> found = new ArrayList<>();
        if (representatives.isEmpty()) {
            return found;
        }
        LocalDate registerStart = representatives.stream().map(Representative::from).min(Comparator.naturalOrder())
                .orElseThrow();
        for (Seat seat : body.seats()) {
            List<Representative> holders = representatives.stream().filter(r -> seat.role().equals(r.seat())).toList();
            int now = filled(holders, today);
            if (now < seat.count()) {
                found.add(new Vacancy(body.id(), seat.role(), seat.title(), seat.count(), now,
                        shortSince(holders, seat.count(), today, registerStart)));
            } else {
                // announced resignations: the first later day the seat falls short
                TreeSet<LocalDate> changes = holders.stream().map(Representative::to).filter(Objects::nonNull)
                        .filter(to -> !to.isBefore(today)).map(to -> to.plusDays(1))
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
                for (LocalDate day : changes) {
                    int then = filled(holders, day);
                    if (then < seat.count()) {
                        found.add(new Vacancy(body.id(), seat.role(), seat.title(), seat.count(), then, day));
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int filled(List<Representative> holders, LocalDate day) {
        return (int) holders.stream().filter(r -> r.activeOn(day)).count();
    }

    /** @return the first day of the current shortfall: after the last leaving, or when the register started */
    private static LocalDate shortSince(List<Representative> holders, int count, LocalDate today,
            LocalDate registerStart) {
        LocalDate since = registerStart;
        for (Representative r : holders) {
            if (r.to() != null && r.to().isBefore(today)) {
                LocalDate day = r.to().plusDays(1);
                if (day.isAfter(since) && filled(holders, day) < count) {
                    since = day;
                }
            }
        }
        return since;
    }
}
