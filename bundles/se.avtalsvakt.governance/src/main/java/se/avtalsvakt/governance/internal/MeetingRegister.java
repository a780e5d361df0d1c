package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/**
 * The bodies' meetings: recorded and changed with their attendees checked against the members on the day, each
 * answered with the rules it breaks, and counted towards the body's meeting cadence once held.
 */
final class MeetingRegister {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingRegister.class);

    private final GovernanceRepository repository;
    private final RepresentativeRegister representatives;
    private final MeetingRules rules;
    private final ObligationService obligations;
    private final PlatformClock clock;

    MeetingRegister(GovernanceRepository repository, RepresentativeRegister representatives, MeetingRules rules,
            ObligationService obligations, PlatformClock clock) {
        this.repository = repository;
        this.representatives = representatives;
        this.rules = rules;
        this.obligations = obligations;
        this.clock = clock;
    }

    /** @return the meetings of a body (null: every body) in a year (null: every year), checked */
    List<Meeting> meetings(String body, Integer year) {
        Map<String, RuleChecker> checkers = new HashMap<>();
        return repository.meetings(body, year).stream().map(m -> rules.checked(m, checkers)).toList();
    }

    /** @return one page of the meetings of a body (null: every body) in a year (null: every year), checked */
    Page<Meeting> meetings(String body, Integer year, PageRequest request) {
        Map<String, RuleChecker> checkers = new HashMap<>();
        return repository.meetings(body, year, request).map(m -> rules.checked(m, checkers));
    }

    /** @return the meetings on or after a day, checked */
    List<Meeting> meetingsFrom(LocalDate since) {
        Map<String, RuleChecker> checkers = new HashMap<>();
        return repository.meetingsFrom(since).stream().map(m -> rules.checked(m, checkers)).toList();
    }

    /** @throws NotFoundException unless the meeting is recorded */
    Meeting meeting(long id) {
        return repository.meeting(id).map(rules::checked)
                .orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
    }

    /** @throws ValidationException naming every problem of the meeting */
    Meeting add(Meeting m) {
        check(m);
        Meeting saved = repository.insert(m);
        countTowardsCadence(saved);
        return rules.checked(saved);
    }

    /** @throws ValidationException naming every problem of the change, or when it moves the meeting to another body */
    Meeting update(long id, Meeting m) {
        Meeting existing = meeting(id);
        if (m.body() != null && !m.body().equals(existing.body())) {
            throw new ValidationException("body", "a meeting stays with its body (" + existing.body() + ")");
        }
        Meeting changed = new Meeting(id, existing.body(), m.date(), m.invitationSentOn(), m.agenda(), m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), null, null);
        check(changed);
        repository.update(id, changed);
        Meeting saved = meeting(id);
        countTowardsCadence(saved);
        return saved;
    }

    private void check(Meeting m) {
        List<Problem> problems = new ArrayList<>();
        Optional<Body> body = m.body() == null ? Optional.empty() : repository.body(m.body());
        if (body.isEmpty()) {
            problems.add(new Problem("body", "no body with id '" + m.body() + "'"));
        }
        if (m.date() == null) {
            problems.add(new Problem("date", "is required"));
        }
        if (m.invitationSentOn() != null && m.date() != null && m.invitationSentOn().isAfter(m.date())) {
            problems.add(new Problem("invitationSentOn", "must not be after the meeting (" + m.date() + ")"));
        }
        if (body.isPresent() && m.date() != null) {
            Set<Long> members = new HashSet<>();
            representatives.representatives(m.body(), null, m.date()).forEach(r -> members.add(r.id()));
            checkMembers(m.attendees(), members, "attendees", m, problems);
            checkMembers(m.minutesSignedBy(), members, "minutesSignedBy", m, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void checkMembers(List<Long> ids, Set<Long> members, String field, Meeting m,
            List<Problem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (!members.contains(ids.get(i))) {
                problems.add(new Problem(field + "[" + i + "]", "representative " + ids.get(i) + " does not sit in "
                        + m.body() + " on " + m.date()));
            }
        }
    }

    /**
     * A meeting held counts towards the year's occurrence of the body's MEETINGS plan, once (a fulfilment with the
     * reference {@code meeting N}); a meeting recorded ahead counts once it is updated on or after its day.
     */
    private void countTowardsCadence(Meeting m) {
        if (m.date().isAfter(clock.today())) {
            return;
        }
        for (ObligationPlan plan : obligations.plans(null, m.body())) {
            if (plan.kind() != ObligationKind.MEETINGS) {
                continue;
            }
            String occurrence = Occurrence.idOf(plan.id(), LocalDate.of(m.date().getYear(), 12, 31));
            String reference = "meeting " + m.id();
            try {
                if (obligations.occurrence(occurrence).fulfilments().stream()
                        .anyMatch(f -> reference.equals(f.reference()))) {
                    continue;
                }
                obligations.fulfil(occurrence, new Fulfilment(0, occurrence, m.date(), reference,
                        m.body(), "recorded by meeting:add", List.of(), null));
            } catch (NotFoundException e) {
                LOG.debug("Meeting {} of {} is outside plan {}: {}", m.id(), m.body(), plan.id(), e.getMessage());
            }
        }
    }
}
