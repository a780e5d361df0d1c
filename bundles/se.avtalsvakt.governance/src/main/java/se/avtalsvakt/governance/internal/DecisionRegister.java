package se.avtalsvakt.governance.internal;

import java.util.ArrayList;
import java.util.List;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/** The decisions of a meeting: recorded with their amount in öre and answered with the rules they break. */
final class DecisionRegister {

    private final GovernanceRepository repository;
    private final BodyRegister bodies;
    private final MeetingRegister meetings;
    private final MeetingRules rules;

    DecisionRegister(GovernanceRepository repository, BodyRegister bodies, MeetingRegister meetings,
            MeetingRules rules) {
        this.repository = repository;
        this.bodies = bodies;
        this.meetings = meetings;
        this.rules = rules;
    }

    /**
     * @throws NotFoundException   unless the meeting is recorded
     * @throws ValidationException naming every problem of the decision
     */
    Decision add(long meetingId, Decision d) {
        Meeting meeting = meetings.meeting(meetingId);
        List<Problem> problems = new ArrayList<>();
        if (d.subject() == null || d.subject().isBlank()) {
            problems.add(new Problem("subject", "is required"));
        }
        if (d.outcome() == null) {
            problems.add(new Problem("outcome", "is required: ADOPTED, PROPOSED, REMITTED or DROPPED"));
        }
        Long ore = Amounts.ofDecision(d, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Decision saved = repository.insert(meetingId, d.withAmountOre(ore));
        RuleChecker checker = rules.checker(bodies.existing(meeting.body()));
        return saved.withViolations(checker.decision(saved, meeting));
    }
}
