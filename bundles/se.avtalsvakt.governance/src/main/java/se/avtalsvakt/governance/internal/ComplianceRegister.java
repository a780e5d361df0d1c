package se.avtalsvakt.governance.internal;

import java.util.List;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/** A body's compliance with its rules and meeting plan in a year, compared with the year before. */
final class ComplianceRegister {

    private final GovernanceRepository repository;
    private final BodyRegister bodies;
    private final MeetingRules rules;
    private final PlatformClock clock;

    ComplianceRegister(GovernanceRepository repository, BodyRegister bodies, MeetingRules rules, PlatformClock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws NotFoundException unless the body is registered */
    Compliance compliance(String bodyId, int year) {
        Body body = bodies.existing(bodyId);
        return ComplianceCalculator.compute(bodyId, year, rules.checker(body), repository.meetings(bodyId, year),
                repository.meetings(bodyId, year - 1), rules.plan(bodyId), clock.today());
    }
}
