package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.Ids;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Notification;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.governance.internal.ComplianceCalculator.MeetingPlan;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/** The governance register: bodies, representatives, meetings and decisions, checked against each body's rules. */
@Component(service = {GovernanceService.class, GovernanceRegister.class}, configurationPid = "se.avtalsvakt.governance",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class GovernanceRegister implements GovernanceService {

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceRegister.class);

    private final GovernanceRepository repository;
    private final OrganisationService organisations;
    private final ObligationService obligations;
    private final PlatformClock clock;
    private final SeatRules seatRules;
    private volatile GovernanceConfig config;

    @Activate
    public GovernanceRegister(@Reference GovernanceRepository repository,
            @Reference OrganisationService organisations, @Reference ObligationService obligations,
            @Reference PlatformClock clock, GovernanceConfig config) {
        this.repository = repository;
        this.organisations = organisations;
        this.obligations = obligations;
        this.clock = clock;
        this.seatRules = new SeatRules(organisations::find);
        this.config = config;
    }

    @Modified
    void modified(GovernanceConfig changed) {
        this.config = changed;
    }

    SeatRules seatRules() {
        return seatRules;
    }

    @Override
    public List<Body> bodies() {
        return repository.bodies();
    }

    @Override
    public Optional<Body> body(String id) {
        return repository.body(id);
    }

    Body existingBody(String id) {
        return repository.body(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    @Override
    public Body saveBody(Body body) {
        List<Problem> problems = new ArrayList<>();
        bodyProblems(body, "", problems);
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

    void bodyProblems(Body b, String prefix, List<Problem> problems) {
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
            Seat s = b.seats().get(i);
            String at = prefix + "seats[" + i + "].";
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

    @Override
    public List<Representative> representatives(String body, String organisation, LocalDate on) {
        return repository.representatives().stream()
                .filter(r -> body == null || body.equals(r.body()))
                .filter(r -> organisation == null || organisation.equals(r.organisation()))
                .filter(r -> on == null || r.activeOn(on))
                .map(this::withNotifications)
                .toList();
    }

    /**
     * @return the representative with its principal and, once it leaves, the two notifications seed 003 requires:
     *         to the coordination function and to the principal
     */
    private Representative withNotifications(Representative r) {
        if (r.body() == null) {
            return r;
        }
        String principal = r.principal() != null ? r.principal()
                : seatRules.principal(repository.body(r.body()).map(b -> b.seat(r.seat())).orElse(null), r);
        List<Notification> told = r.to() == null ? List.of() : List.of(
                new Notification(config.coordinator(), seatRules.name(config.coordinator()),
                        Notification.COORDINATION_FUNCTION, r.notifiedOn()),
                new Notification(principal, seatRules.name(principal), Notification.PRINCIPAL,
                        r.principalNotifiedOn()));
        return new Representative(r.id(), r.person(), r.organisation(), r.body(), r.seat(), r.network(), r.from(),
                r.to(), r.notifiedOn(), r.notes(), principal, r.principalNotifiedOn(), told);
    }

    @Override
    public Representative appoint(Representative r) {
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
            Optional<Body> body = repository.body(r.body());
            if (body.isEmpty()) {
                problems.add(new Problem("body", "no body with id '" + r.body() + "'"));
            } else if (r.seat() == null || body.get().seat(r.seat()) == null) {
                problems.add(new Problem("seat", "not a seat of " + r.body() + ": '" + r.seat() + "'; the seats are "
                        + body.get().seats().stream().map(Seat::role).toList()));
            } else if (r.organisation() != null && organisations.find(r.organisation()).isPresent()) {
                seatRules.check(body.get(), body.get().seat(r.seat()), r, repository.representatives().stream()
                        .filter(x -> r.body().equals(x.body()) && r.seat().equals(x.seat())).toList(), problems);
            }
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

    @Override
    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn) {
        return resign(id, lastDay, notifiedOn, null);
    }

    @Override
    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
        if (lastDay == null) {
            throw new ValidationException("to", "is required: the last day in office");
        }
        Representative r = repository.representatives().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("representative", String.valueOf(id)));
        if (lastDay.isBefore(r.from())) {
            throw new ValidationException("to", "must not be before the first day in office (" + r.from() + ")");
        }
        String principal = r.body() == null ? null
                : seatRules.principal(repository.body(r.body()).map(b -> b.seat(r.seat())).orElse(null), r);
        return withNotifications(repository.resign(id, lastDay, notifiedOn, principal, principalNotifiedOn));
    }

    @Override
    public List<Vacancy> vacancies(LocalDate on) {
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

    @Override
    public List<RepresentationEntry> register(String organisation) {
        if (organisations.find(organisation).isEmpty()) {
            throw new NotFoundException("organisation", organisation);
        }
        LocalDate today = clock.today();
        List<Representative> theirs = representatives(null, organisation, today);
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

    @Override
    public List<Meeting> meetings(String body, Integer year) {
        return repository.meetings().stream()
                .filter(m -> body == null || body.equals(m.body()))
                .filter(m -> year == null || m.date().getYear() == year)
                .map(this::checked)
                .toList();
    }

    @Override
    public Meeting meeting(long id) {
        return repository.meetings().stream().filter(m -> m.id() == id).findFirst().map(this::checked)
                .orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
    }

    private Meeting checked(Meeting m) {
        RuleChecker checker = checker(existingBody(m.body()));
        List<Decision> decisions = m.decisions().stream().map(d -> d.withViolations(checker.decision(d, m))).toList();
        return new Meeting(m.id(), m.body(), m.date(), m.invitationSentOn(), m.agenda(), m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), decisions, checker.meeting(m, clock.today()));
    }

    private RuleChecker checker(Body body) {
        MeetingPlan plan = meetingPlan(body.id());
        return new RuleChecker(body, representatives(body.id(), null, null), plan == null ? null : plan.leadTime());
    }

    /** @return the body's meeting plan (its first MEETINGS obligation plan), or null */
    private MeetingPlan meetingPlan(String bodyId) {
        return obligations.plans(null, bodyId).stream()
                .filter(p -> p.kind() == ObligationKind.MEETINGS)
                .min(Comparator.comparing(ObligationPlan::id))
                .map(p -> new MeetingPlan(p.minPerYear(), p.maxPerYear(), p.leadTime())).orElse(null);
    }

    @Override
    public Meeting addMeeting(Meeting m) {
        checkMeeting(m);
        Meeting saved = repository.insert(m);
        countTowardsCadence(saved);
        return checked(saved);
    }

    @Override
    public Meeting updateMeeting(long id, Meeting m) {
        Meeting existing = meeting(id);
        if (m.body() != null && !m.body().equals(existing.body())) {
            throw new ValidationException("body", "a meeting stays with its body (" + existing.body() + ")");
        }
        Meeting changed = new Meeting(id, existing.body(), m.date(), m.invitationSentOn(), m.agenda(), m.attendees(),
                m.minutesSignedBy(), m.supportBy(), m.notes(), null, null);
        checkMeeting(changed);
        repository.update(id, changed);
        Meeting saved = meeting(id);
        countTowardsCadence(saved);
        return saved;
    }

    private void checkMeeting(Meeting m) {
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
            representatives(m.body(), null, m.date()).forEach(r -> members.add(r.id()));
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

    @Override
    public Decision addDecision(long meetingId, Decision d) {
        Meeting meeting = meeting(meetingId);
        List<Problem> problems = new ArrayList<>();
        if (d.subject() == null || d.subject().isBlank()) {
            problems.add(new Problem("subject", "is required"));
        }
        if (d.outcome() == null) {
            problems.add(new Problem("outcome", "is required: ADOPTED, PROPOSED, REMITTED or DROPPED"));
        }
        Long ore = amountOre(d, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Decision saved = repository.insert(meetingId, d.withAmountOre(ore));
        RuleChecker checker = checker(existingBody(meeting.body()));
        return saved.withViolations(checker.decision(saved, meeting));
    }

    /**
     * @return the decision's amount in öre, exactly: from {@code amountOre}, else {@code amount} (kronor, at most two
     *         decimals), else {@code amountSek}; null when none is given. Amounts given twice must agree.
     */
    private static Long amountOre(Decision d, List<Problem> problems) {
        Long ore = null;
        String from = null;
        try {
            if (d.amountOre() != null) {
                if (d.amountOre() < 0) {
                    throw new ValidationException("amountOre", "must not be negative");
                }
                ore = d.amountOre();
                from = "amountOre";
            }
            if (d.amount() != null) {
                long fromKronor = Amounts.ore(d.amount(), "amount");
                if (ore != null && ore != fromKronor) {
                    throw new ValidationException("amount", "does not match " + from + " (" + ore + " öre)");
                }
                ore = fromKronor;
                from = from == null ? "amount" : from;
            }
            if (d.amountSek() != null) {
                long fromSek = Amounts.ore(java.math.BigDecimal.valueOf(d.amountSek()), "amountSek");
                if (ore != null && ore != fromSek) {
                    throw new ValidationException("amountSek", "does not match " + from + " (" + ore + " öre)");
                }
                ore = fromSek;
            }
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        return ore;
    }

    @Override
    public Compliance compliance(String bodyId, int year) {
        Body body = existingBody(bodyId);
        List<Meeting> all = repository.meetings().stream().filter(m -> bodyId.equals(m.body())).toList();
        MeetingPlan plan = meetingPlan(bodyId);
        return ComplianceCalculator.compute(bodyId, year, checker(body),
                all.stream().filter(m -> m.date().getYear() == year).toList(),
                all.stream().filter(m -> m.date().getYear() == year - 1).toList(), plan, clock.today());
    }
}
