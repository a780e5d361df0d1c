package se.avtalsvakt.governance.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.avtalsvakt.api.Ids;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/** The bodies of the governance organisation: their seats and rules, checked against the organisation register. */
final class BodyRegister {

    private final GovernanceRepository repository;
    private final OrganisationService organisations;

    BodyRegister(GovernanceRepository repository, OrganisationService organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    List<Body> bodies() {
        return repository.bodies();
    }

    Optional<Body> body(String id) {
        return repository.body(id);
    }

    /** @throws NotFoundException unless the body is registered */
    Body existing(String id) {
        return repository.body(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    /** @throws ValidationException naming every problem of the body */
    Body save(Body body) {
        List<Problem> problems = new ArrayList<>();
        problems(body, "", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.save(withName(body));
    }

    /** @return the body named after its organisation when it has no name of its own */
    Body withName(Body b) {
        if (b.name() != null && !b.name().isBlank()) {
            return b;
        }
        String name = organisations.find(b.id()).map(Organisation::name).orElse(b.id());
        return new Body(b.id(), name, b.level(), b.parent(), b.seats(), b.rules(), b.notes());
    }

    /** Adds the body's problems, each path prefixed with {@code prefix} (e.g. {@code bodies[2].}). */
    void problems(Body b, String prefix, List<Problem> problems) {
        Optional<Organisation> org = b.id() == null ? Optional.empty() : organisations.find(b.id());
        if (org.isEmpty() || org.get().kind() != OrganisationKind.GOVERNANCE_BODY) {
            problems.add(new Problem(prefix + "id", "no organisation of kind GOVERNANCE_BODY with id '" + b.id()
                    + "'"));
        }
        if (b.level() == null) {
            problems.add(new Problem(prefix + "level", "is required: one of " + List.of(BodyLevel.values())));
        }
        if (b.parent() != null && organisations.find(b.parent()).isEmpty()) {
            problems.add(new Problem(prefix + "parent", "no organisation with id '" + b.parent() + "'"));
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < b.seats().size(); i++) {
            seatProblems(b.seats().get(i), prefix + "seats[" + i + "].", roles, problems);
        }
        var r = b.rules();
        if (r.quorumPercent() != null && (r.quorumPercent() < 1 || r.quorumPercent() > 100)) {
            problems.add(new Problem(prefix + "rules.quorumPercent", "must be between 1 and 100"));
        }
        if ((r.mandateKind() == null) != (r.mandateLimitSek() == null)) {
            problems.add(new Problem(prefix + "rules.mandateLimitSek", "a mandate needs both its kind and its limit"));
        }
        if (r.mandateLimitSek() != null && r.mandateLimitSek() < 0) {
            problems.add(new Problem(prefix + "rules.mandateLimitSek", "must not be negative"));
        }
    }

    private void seatProblems(Seat s, String at, Set<String> roles, List<Problem> problems) {
        if (!Ids.isSlug(s.role()) || !roles.add(s.role())) {
            problems.add(new Problem(at + "role", "must be a slug, unique in the body: '" + s.role() + "'"));
        }
        if (s.title() == null || s.title().isBlank()) {
            problems.add(new Problem(at + "title", "is required"));
        }
        if (s.count() < 1) {
            problems.add(new Problem(at + "count", "must be at least 1"));
        }
        if (s.side() == null) {
            problems.add(new Problem(at + "side", "is required"));
        }
        if (s.appointingOrganisation() != null && organisations.find(s.appointingOrganisation()).isEmpty()) {
            problems.add(new Problem(at + "appointingOrganisation", "no organisation with id '"
                    + s.appointingOrganisation() + "'"));
        }
        for (int j = 0; j < s.representing().size(); j++) {
            if (organisations.find(s.representing().get(j)).isEmpty()) {
                problems.add(new Problem(at + "representing[" + j + "]", "no organisation with id '"
                        + s.representing().get(j) + "'"));
            }
        }
    }
}
