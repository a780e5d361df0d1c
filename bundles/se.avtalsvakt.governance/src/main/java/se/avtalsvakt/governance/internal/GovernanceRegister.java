package se.avtalsvakt.governance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Compliance;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.RepresentationEntry;
import se.avtalsvakt.api.governance.Representative;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.governance.internal.store.GovernanceRepository;

/**
 * The governance register behind {@link GovernanceService}: it only wires one class per aggregate and hands each
 * call to it — {@link BodyRegister bodies}, {@link RepresentativeRegister representatives and vacancies},
 * {@link MeetingRegister meetings}, {@link DecisionRegister decisions}, {@link ComplianceRegister compliance} —
 * with {@link MeetingRules} shared by the last three.
 */
@Component(service = {GovernanceService.class, GovernanceRegister.class}, configurationPid = "se.avtalsvakt.governance",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class GovernanceRegister implements GovernanceService {

    private final PlatformClock clock;
    private final SeatRules seatRules;
    private final BodyRegister bodies;
    private final RepresentativeRegister representatives;
    private final MeetingRegister meetings;
    private final DecisionRegister decisions;
    private final ComplianceRegister compliance;
    private volatile GovernanceConfig config;

    @Activate
    public GovernanceRegister(@Reference GovernanceRepository repository,
            @Reference OrganisationService organisations, @Reference ObligationService obligations,
            @Reference PlatformClock clock, GovernanceConfig config) {
        this.clock = clock;
        this.config = config;
        this.seatRules = new SeatRules(organisations::find);
        this.bodies = new BodyRegister(repository, organisations);
        this.representatives = new RepresentativeRegister(repository, organisations, seatRules, () -> this.config);
        MeetingRules rules = new MeetingRules(bodies, representatives, obligations, seatRules, clock);
        this.meetings = new MeetingRegister(repository, representatives, rules, obligations, clock);
        this.decisions = new DecisionRegister(repository, bodies, meetings, rules);
        this.compliance = new ComplianceRegister(repository, bodies, rules, clock);
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
        return bodies.bodies();
    }

    @Override
    public Optional<Body> body(String id) {
        return bodies.body(id);
    }

    Body existingBody(String id) {
        return bodies.existing(id);
    }

    @Override
    public Body saveBody(Body body) {
        return bodies.save(body);
    }

    /** @return the body named after its organisation when it has no name of its own */
    Body withName(Body b) {
        return bodies.withName(b);
    }

    void bodyProblems(Body b, String prefix, List<Problem> problems) {
        bodies.problems(b, prefix, problems);
    }

    @Override
    public List<Representative> representatives(String body, String organisation, LocalDate on) {
        return representatives.representatives(body, organisation, on);
    }

    @Override
    public Representative appoint(Representative r) {
        return representatives.appoint(r);
    }

    @Override
    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn) {
        return resign(id, lastDay, notifiedOn, null);
    }

    @Override
    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, LocalDate principalNotifiedOn) {
        return representatives.resign(id, lastDay, notifiedOn, principalNotifiedOn);
    }

    @Override
    public List<Vacancy> vacancies(LocalDate on) {
        return representatives.vacancies(on);
    }

    @Override
    public List<RepresentationEntry> register(String organisation) {
        return representatives.register(organisation, clock.today());
    }

    @Override
    public List<Meeting> meetings(String body, Integer year) {
        return meetings.meetings(body, year);
    }

    @Override
    public se.avtalsvakt.api.page.Page<Meeting> meetings(String body, Integer year,
            se.avtalsvakt.api.page.PageRequest request) {
        return meetings.meetings(body, year, request);
    }

    /** @return the meetings on or after a day: a bounded query, for the invitations still to send */
    List<Meeting> meetingsFrom(LocalDate since) {
        return meetings.meetingsFrom(since);
    }

    @Override
    public Meeting meeting(long id) {
        return meetings.meeting(id);
    }

    @Override
    public Meeting addMeeting(Meeting m) {
        return meetings.add(m);
    }

    @Override
    public Meeting updateMeeting(long id, Meeting m) {
        return meetings.update(id, m);
    }

    @Override
    public Decision addDecision(long meetingId, Decision d) {
        return decisions.add(meetingId, d);
    }

    @Override
    public Compliance compliance(String bodyId, int year) {
        return compliance.compliance(bodyId, year);
    }
}
