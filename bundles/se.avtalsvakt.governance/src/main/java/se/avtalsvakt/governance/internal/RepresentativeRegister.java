package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Notification;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/**
 * The representatives in the bodies' seats and in networks: appointments checked against the seat's rules,
 * resignations with the notifications they need, the seats left vacant, and each organisation's representation.
 */
final class RepresentativeRegister {

    private final GovernanceRepository repository;
    private final OrganisationService organisations;
    private final SeatRules seatRules;
    private final Supplier<GovernanceConfig> config;

    RepresentativeRegister(GovernanceRepository repository, OrganisationService organisations, SeatRules seatRules,
            Supplier<GovernanceConfig> config) {
        this.repository = repository;
        this.organisations = organisations;
        this.seatRules = seatRules;
        this.config = config;
    }

    /** @return the representatives of a body and/or an organisation (null: any) in office on a day (null: ever) */
    List<Representative> representatives(String body, String organisation, LocalDate on) {
        Map<String, Body> bodies = new HashMap<>();
        return repository.representatives(body, organisation, on).stream()
                .map(r -> withNotifications(r, r.body() == null ? null : bodies.computeIfAbsent(r.body(),
                        id -> repository.body(id).orElse(null))))
                .toList();
    }

    /**
     * @return the representative with its principal and, once it leaves, the two notifications seed 003 requires:
     *         to the coordination function and to the principal
     */
    private Representative withNotifications(Representative r, Body body) {
        if (r.body() == null) {
            return r;
        }
        GovernanceConfig c = config.get();
        String principal = r.principal() != null ? r.principal()
                : seatRules.principal(body == null ? null : body.seat(r.seat()), r);
        List<Notification> told = r.to() == null ? List.of() : List.of(
                new Notification(c.coordinator(), seatRules.name(c.coordinator()),
                        Notification.COORDINATION_FUNCTION, r.notifiedOn()),
                new Notification(principal, seatRules.name(principal), Notification.PRINCIPAL,
                        r.principalNotifiedOn()));
        return new Representative(r.id(), r.person(), r.organisation(), r.body(), r.seat(), r.network(), r.from(),
                r.to(), r.notifiedOn(), r.notes(), principal, r.principalNotifiedOn(), told);
    }

    /** @throws ValidationException naming every problem of the appointment */
    Representative appoint(Representative r) {
        List<Problem> problems = new ArrayList<>();
        if (r.person() == null || r.person().isBlank()) {
            problems.add(new Problem("person", "is required"));
        }
        if (r.organisation() == null || organisations.find(r.organisation()).isEmpty()) {
            problems.add(new Problem("organisation", "no organisation with id '" + r.organisation() + "'"));
        }
        if ((r.body() == null) == (r.network() == null || r.network().isBlank())) {
            problems.add(new Problem("body", "give either a body (with its seat) or a network"));
        } else if (r.body() != null) {
            seatProblems(r, problems);
        } else if (r.seat() != null) {
            problems.add(new Problem("seat", "a network has no seats"));
        }
        if (r.from() == null) {
            problems.add(new Problem("from", "is required"));
        } else if (r.to() != null && r.to().isBefore(r.from())) {
            problems.add(new Problem("to", "must not be before from (" + r.from() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.insert(new Representative(0, r.person().trim(), r.organisation(), r.body(), r.seat(),
                r.network() == null ? null : r.network().trim(), r.from(), r.to(), r.notifiedOn(), r.notes()));
    }

    private void seatProblems(Representative r, List<Problem> problems) {
        Optional<Body> body = repository.body(r.body());
        if (body.isEmpty()) {
            problems.add(new Problem("body", "no body with id '" + r.body() + "'"));
        } else if (r.seat() == null || body.get().seat(r.seat()) == null) {
            problems.add(new Problem("seat", "not a seat of " + r.body() + ": '" + r.seat() + "'; the seats are "
                    + body.get().seats().stream().map(Seat::role).toList()));
        } else if (r.organisation() != null && organisations.find(r.organisation()).isPresent()) {
            seatRules.check(body.get(), body.get().seat(r.seat()), r,
                    repository.representativesInSeat(r.body(), r.seat()), problems);
        }
    }

    /**
     * @throws ValidationException  without a last day, or one before the first day in office
     * @throws NotFoundException    unless the representative is registered
     */
    Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
        if (lastDay == null) {
            throw new ValidationException("to", "is required: the last day in office");
        }
        Representative r = repository.representative(id)
                .orElseThrow(() -> new NotFoundException("representative", String.valueOf(id)));
        if (lastDay.isBefore(r.from())) {
            throw new ValidationException("to", "must not be before the first day in office (" + r.from() + ")");
        }
        String principal = r.body() == null ? null
                : seatRules.principal(repository.body(r.body()).map(b -> b.seat(r.seat())).orElse(null), r);
        return withNotifications(repository.resign(id, lastDay, notifiedOn, principal, principalNotifiedOn),
                r.body() == null ? null : repository.body(r.body()).orElse(null));
    }

    /** @return the seats not filled on the day, one per organisation asked to nominate where they can be told */
    List<Vacancy> vacancies(LocalDate on) {
        List<Representative> all = repository.representatives();
        List<Vacancy> found = new ArrayList<>();
        for (Body b : repository.bodies()) {
            List<Representative> theirs = all.stream().filter(r -> b.id().equals(r.body())).toList();
            for (Vacancy v : VacancyFinder.vacancies(b, theirs, on)) {
                Seat seat = b.seat(v.seat());
                List<String> asked = seatRules.nominators(seat, theirs.stream()
                        .filter(r -> seat.role().equals(r.seat())).toList(), v.since());
                if (asked.isEmpty()) {
                    found.add(v);
                }
                for (String o : asked) {
                    found.add(new Vacancy(v.body(), v.seat(), v.seatTitle(), v.count(), v.filled(), v.since(), o,
                            seatRules.name(o)));
                }
            }
        }
        return found;
    }

    /**
     * @return the organisation's representation on the day: each body with seats and the organisation's people
     *         in it, then each network it sits in
     * @throws NotFoundException unless the organisation is registered
     */
    List<RepresentationEntry> register(String organisation, LocalDate on) {
        if (organisations.find(organisation).isEmpty()) {
            throw new NotFoundException("organisation", organisation);
        }
        List<Representative> theirs = representatives(null, organisation, on);
        List<RepresentationEntry> entries = new ArrayList<>();
        for (Body b : repository.bodies()) {
            if (!b.seats().isEmpty()) {
                entries.add(new RepresentationEntry(b.id(), b.name(), false, theirs.stream()
                        .filter(r -> b.id().equals(r.body())).map(Representative::person).sorted().toList()));
            }
        }
        Map<String, List<String>> networks = new TreeMap<>();
        theirs.stream().filter(r -> r.network() != null)
                .forEach(r -> networks.computeIfAbsent(r.network(), k -> new ArrayList<>()).add(r.person()));
        networks.forEach((n, people) -> entries.add(new RepresentationEntry(n, n, true, people.stream().sorted()
                .toList())));
        return entries;
    }
}
