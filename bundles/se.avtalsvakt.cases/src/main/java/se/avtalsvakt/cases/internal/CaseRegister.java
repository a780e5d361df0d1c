package se.avtalsvakt.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PersonalIdentityNumbers;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.agreement.Participation;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;
import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Checklist;
import se.avtalsvakt.api.cases.ChecklistItem;
import se.avtalsvakt.api.cases.ChecklistState;
import se.avtalsvakt.api.cases.ChecklistTemplate;
import se.avtalsvakt.api.cases.NewChecklist;
import se.avtalsvakt.api.cases.DevelopmentIssue;
import se.avtalsvakt.api.cases.DevelopmentIssueState;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;
import se.avtalsvakt.api.cases.DisputeEvent;
import se.avtalsvakt.api.cases.DisputeEventKind;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.EscalationStep;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverState;
import se.avtalsvakt.api.cases.JointPlan;
import se.avtalsvakt.api.cases.LocalPlan;
import se.avtalsvakt.api.cases.LocalPlanStatus;
import se.avtalsvakt.api.cases.NewDispute;
import se.avtalsvakt.api.cases.ResponsibilityRule;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.cases.internal.store.CasesRepository;
import se.avtalsvakt.cases.internal.store.DisputeEntity;
import se.avtalsvakt.cases.internal.store.HandoverEntity;

/** The {@link CaseService}: validation, the ladder joined to each dispute, handovers kept in line with the ends. */
@Component(configurationPid = "se.avtalsvakt.cases", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {CaseService.class, CaseRegister.class})
@Designate(ocd = CasesConfig.class)
public class CaseRegister implements CaseService {

    private final CasesRepository repository;
    private final AgreementService agreements;
    private final PlatformClock clock;
    private final Clock instants;
    private volatile HandoverChecklist checklist;
    private volatile CasesConfig config;
    private final OrganisationService organisations;
    private volatile GovernanceService governance;

    /** The governance register, when installed: development issues' owners and decisions are checked with it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setGovernance(GovernanceService service) {
        this.governance = service;
    }

    void unsetGovernance(GovernanceService service) {
        if (this.governance == service) {
            this.governance = null;
        }
    }

    @Activate
    public CaseRegister(@Reference CasesRepository repository, @Reference AgreementService agreements,
            @Reference PlatformClock clock, CasesConfig config,
            @Reference OrganisationService organisations) {
        this(repository, agreements, clock, config, Clock.systemUTC(), organisations);
    }

    CaseRegister(CasesRepository repository, AgreementService agreements, PlatformClock clock, CasesConfig config,
            Clock instants, OrganisationService organisations) {
        this.organisations = organisations;
        this.repository = repository;
        this.agreements = agreements;
        this.clock = clock;
        this.instants = instants;
        this.checklist = new HandoverChecklist(config.handoverLeadDays(), config.executor());
        this.config = config;
    }

    @Modified
    void modified(CasesConfig changed) {
        this.checklist = new HandoverChecklist(changed.handoverLeadDays(), changed.executor());
        this.config = changed;
    }

    CasesConfig config() {
        return config;
    }

    HandoverChecklist checklist() {
        return checklist;
    }

    // ---- ladders

    @Override
    public Page<EscalationLadder> ladders(PageRequest page) {
        return repository.ladders(page);
    }

    @Override
    public Optional<EscalationLadder> ladder(String agreement) {
        return agreement == null ? Optional.empty() : repository.ladder(agreement);
    }

    @Override
    public EscalationLadder saveLadder(EscalationLadder ladder) {
        List<Problem> problems = new ArrayList<>();
        ladderProblems(ladder, "", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        agreements.get(ladder.agreement());
        return repository.save(numbered(ladder));
    }

    /** Collects what is wrong with a ladder, each problem under {@code prefix} + its field. */
    static void ladderProblems(EscalationLadder ladder, String prefix, List<Problem> problems) {
        if (ladder.agreement() == null || ladder.agreement().isBlank()) {
            problems.add(new Problem(prefix + "agreement", "is required"));
        }
        if (ladder.steps().isEmpty()) {
            problems.add(new Problem(prefix + "steps", "needs at least one step"));
        }
        for (int i = 0; i < ladder.steps().size(); i++) {
            EscalationStep s = ladder.steps().get(i);
            String at = prefix + "steps[" + i + "].";
            if (s == null || s.title() == null || s.title().isBlank()) {
                problems.add(new Problem(at + "title", "is required"));
                continue;
            }
            if (s.title().length() > 300) {
                problems.add(new Problem(at + "title", "at most 300 characters"));
            }
            if (s.limitDays() != null && (s.limitDays() < 1 || s.limitDays() > 3650)) {
                problems.add(new Problem(at + "limitDays", "must be 1 to 3650 days, or left out for no limit"));
            }
        }
    }

    static EscalationLadder numbered(EscalationLadder ladder) {
        List<EscalationStep> steps = new ArrayList<>();
        for (int i = 0; i < ladder.steps().size(); i++) {
            EscalationStep s = ladder.steps().get(i);
            steps.add(new EscalationStep(i + 1, s.title().strip(), blankToNull(s.owner()), s.limitDays(),
                    blankToNull(s.reference())));
        }
        return new EscalationLadder(ladder.agreement().strip(), steps);
    }

    // ---- disputes

    @Override
    public Page<Dispute> disputes(String agreement, DisputeState state, PageRequest page) {
        Map<String, EscalationLadder> ladders = new LinkedHashMap<>();
        return repository.disputes(agreement, state, page).map(d -> withLadder(d, ladders.computeIfAbsent(
                d.agreement(), a -> repository.ladder(a).orElse(new EscalationLadder(a, List.of())))));
    }

    @Override
    public Dispute dispute(long id) {
        return withLadder(repository.dispute(id).orElseThrow(() -> new NotFoundException("dispute",
                String.valueOf(id))));
    }

    /** @return the open disputes with their ladders, for deadlines and reports */
    List<Dispute> openDisputes() {
        Map<String, EscalationLadder> ladders = new LinkedHashMap<>();
        return repository.openDisputes().stream().map(d -> withLadder(d, ladders.computeIfAbsent(d.agreement(),
                a -> repository.ladder(a).orElse(new EscalationLadder(a, List.of()))))).toList();
    }

    private Dispute withLadder(DisputeEntity.Stored d) {
        return withLadder(d, repository.ladder(d.agreement()).orElse(new EscalationLadder(d.agreement(), List.of())));
    }

    static Dispute withLadder(DisputeEntity.Stored d, EscalationLadder ladder) {
        EscalationStep current = ladder.steps().isEmpty() ? null
                : ladder.step(Math.min(Math.max(d.step(), 1), ladder.steps().size()));
        LocalDate due = d.state() == DisputeState.OPEN && current != null && current.limitDays() != null
                ? d.stepSince().plusDays(current.limitDays()) : null;
        return new Dispute(d.id(), d.agreement(), d.parties(), d.subject(), d.situation(), d.openedOn(), d.owner(),
                d.state(), d.step(), current, d.stepSince(), due, ladder.steps(), d.history());
    }

    @Override
    public Dispute openDispute(NewDispute in, String by) {
        if (in == null) {
            throw new ValidationException("agreement", "is required");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = clock.today();
        Agreement agreement = null;
        EscalationLadder ladder = null;
        if (in.agreement() == null || in.agreement().isBlank()) {
            problems.add(new Problem("agreement", "is required"));
        } else {
            agreement = agreements.find(in.agreement().strip()).orElse(null);
            if (agreement == null) {
                problems.add(new Problem("agreement", "no agreement '" + in.agreement().strip() + "'"));
            } else {
                ladder = repository.ladder(agreement.id()).orElse(null);
                if (ladder == null || ladder.steps().isEmpty()) {
                    problems.add(new Problem("agreement", "has no escalation ladder; register one first "
                            + "(PUT /api/v1/escalation-ladders/" + agreement.id() + ")"));
                }
            }
        }
        List<String> parties = in.parties() == null ? List.of() : in.parties().stream()
                .map(p -> p == null ? "" : p.strip()).toList();
        if (parties.isEmpty()) {
            problems.add(new Problem("parties", "name at least one party of the agreement"));
        }
        for (int i = 0; i < parties.size(); i++) {
            if (agreement != null && !agreement.hasParty(parties.get(i))) {
                problems.add(new Problem("parties[" + i + "]", "'" + shown(parties.get(i))
                        + "' is not a party of " + agreement.id()));
            }
        }
        text(problems, "subject", in.subject(), true, 1000);
        text(problems, "situation", in.situation(), false, 4000);
        LocalDate openedOn = in.openedOn() == null ? today : in.openedOn();
        if (openedOn.isAfter(today)) {
            problems.add(new Problem("openedOn", "cannot be after today (" + today + ")"));
        }
        String owner = blankToNull(in.owner()) == null ? (parties.isEmpty() ? null : parties.get(0))
                : in.owner().strip();
        text(problems, "owner", owner, false, 64);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        DisputeEntity e = new DisputeEntity(agreement.id(), parties, in.subject().strip(), blankToNull(in.situation()),
                openedOn, owner);
        Instant now = instants.instant();
        EscalationLadder l = ladder;
        return withLadder(repository.insert(e, id -> new DisputeEvent(DisputeEventKind.OPENED, openedOn, 1,
                null, by(by), now)), l);
    }

    @Override
    public Dispute escalate(long id, DisputeAction action, String by) {
        return act(id, action, by, DisputeEventKind.ESCALATED);
    }

    @Override
    public Dispute resolve(long id, DisputeAction action, String by) {
        return act(id, action, by, DisputeEventKind.RESOLVED);
    }

    @Override
    public Dispute withdraw(long id, DisputeAction action, String by) {
        return act(id, action, by, DisputeEventKind.WITHDRAWN);
    }

    private Dispute act(long id, DisputeAction action, String by, DisputeEventKind kind) {
        DisputeAction a = action == null ? new DisputeAction(null, null) : action;
        LocalDate today = clock.today();
        LocalDate on = a.on() == null ? today : a.on();
        List<Problem> problems = new ArrayList<>();
        if (on.isAfter(today)) {
            problems.add(new Problem("on", "cannot be after today (" + today + ")"));
        }
        text(problems, "note", a.note(), false, 4000);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        DisputeEntity.Stored before = repository.dispute(id)
                .orElseThrow(() -> new NotFoundException("dispute", String.valueOf(id)));
        EscalationLadder ladder = repository.ladder(before.agreement())
                .orElse(new EscalationLadder(before.agreement(), List.of()));
        Instant now = instants.instant();
        DisputeEntity.Stored after = repository.change(id, e -> {
            if (e.state() != DisputeState.OPEN) {
                throw new ConflictException("dispute " + id + " is " + e.state().name().toLowerCase()
                        + " already");
            }
            DisputeEntity.Stored s = e.toStored();
            if (on.isBefore(s.stepSince())) {
                throw new ValidationException("on", "cannot be before the current step began (" + s.stepSince()
                        + ")");
            }
            int step = e.step();
            DisputeState state = DisputeState.OPEN;
            if (kind == DisputeEventKind.ESCALATED) {
                if (step >= ladder.steps().size()) {
                    throw new ConflictException("dispute " + id + " is at the last step of its ladder ("
                            + (ladder.steps().isEmpty() ? "none" : ladder.step(ladder.steps().size()).title())
                            + "): resolve or withdraw it");
                }
                step++;
            } else {
                state = kind == DisputeEventKind.RESOLVED ? DisputeState.RESOLVED : DisputeState.WITHDRAWN;
            }
            e.record(new DisputeEvent(kind, on, step, blankToNull(a.note()), by(by), now), state);
        });
        return withLadder(after, ladder);
    }

    // ---- responsibility

    @Override
    public List<ResponsibilityRule> responsibilities(String agreement) {
        agreements.get(agreement);
        return repository.responsibilities(agreement);
    }

    @Override
    public ResponsibilityRule responsibility(String agreement, AidPurpose purpose, CareSetting setting) {
        List<Problem> problems = new ArrayList<>();
        if (agreement == null || agreement.isBlank()) {
            problems.add(new Problem("agreement", "is required"));
        }
        if (purpose == null) {
            problems.add(new Problem("purpose", "is required: one of PERSONAL, PEDAGOGICAL, BASIC_EQUIPMENT"));
        }
        if (setting == null) {
            problems.add(new Problem("setting", "is required: one of PRESCHOOL, SCHOOL, DAILY_ACTIVITY"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        agreements.get(agreement);
        return repository.responsibility(agreement, purpose, setting).orElseThrow(() -> new NotFoundException(
                "responsibility", agreement + "/" + purpose + "/" + setting));
    }

    // ---- handovers

    @Override
    public Page<HandoverCase> handovers(String agreement, String party, HandoverState state, PageRequest page) {
        return repository.handovers(blankToNull(agreement), blankToNull(party), state, page);
    }

    @Override
    public HandoverCase handover(long id) {
        return repository.handover(id).orElseThrow(() -> new NotFoundException("handover", String.valueOf(id)));
    }

    /** @return the open handover cases, for deadlines and reports */
    List<HandoverCase> openHandovers() {
        return repository.openHandovers();
    }

    @Override
    public HandoverCase completeHandoverItem(long id, int number, LocalDate on, String by) {
        LocalDate today = clock.today();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new ValidationException("on", "cannot be after today (" + today + ")");
        }
        return repository.completeItem(id, number, day, by(by));
    }

    @Override
    public List<HandoverCase> syncHandovers(String agreementId) {
        LocalDate today = clock.today();
        Optional<Agreement> found = agreements.find(agreementId);
        Map<String, LocalDate> ends = new LinkedHashMap<>();
        String ownerBody = null;
        if (found.isPresent() && !found.get().referenceOnly() && handsOver(agreementId)) {
            Agreement a = found.get();
            ownerBody = a.ownerBody();
            LocalDate whole = agreements.terms(a.id(), today, null).endsOn();
            if (whole != null) {
                ends.put(HandoverEntity.WHOLE, whole);
            }
            for (Participation p : agreements.parties(a, today)) {
                LocalDate until = p.participatingUntil();
                if (until != null && (whole == null || until.isBefore(whole))) {
                    ends.put(p.organisation(), until);
                }
            }
        }
        HandoverChecklist c = checklist;
        String body = ownerBody;
        return repository.sync(agreementId, ends, (scope, end) -> {
            if (end.isBefore(today)) {
                return null; // ended before the platform saw it: nothing left to hand over
            }
            boolean whole = HandoverEntity.WHOLE.equals(scope);
            String careProvider = whole ? (body != null ? body : c.executor()) : scope;
            return c.newCase(agreementId, whole ? null : scope, careProvider, end, today);
        }, c::due);
    }

    /** @return whether the agreement's ends open handover cases (setting {@code handoverAgreements}) */
    boolean handsOver(String agreementId) {
        List<String> scope = se.avtalsvakt.persistence.ReferenceDataSet.configured(config.handoverAgreements());
        return scope.contains("*") || scope.contains(agreementId);
    }

    /** @return the agreements named in {@code handoverAgreements}, or null when it is {@code *} (every one) */
    List<String> handoverAgreements() {
        List<String> scope = se.avtalsvakt.persistence.ReferenceDataSet.configured(config.handoverAgreements());
        return scope.contains("*") ? null : scope;
    }

    // ---- checklists

    @Override
    public Page<ChecklistTemplate> checklistTemplates(PageRequest page) {
        return repository.templates(page);
    }

    @Override
    public ChecklistTemplate checklistTemplate(String id) {
        return repository.template(id).orElseThrow(() -> new NotFoundException("checklist template", id));
    }

    @Override
    public ChecklistTemplate addChecklistTemplate(ChecklistTemplate t) {
        if (t == null) {
            throw new ValidationException("id", "is required");
        }
        List<Problem> problems = new ArrayList<>();
        templateProblems(t, "", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ChecklistTemplate own = cleaned(t, false);
        if (repository.template(own.id()).isPresent()) {
            throw new ConflictException("checklist template '" + own.id() + "' exists already");
        }
        repository.insertMissingTemplates(List.of(own));
        return checklistTemplate(own.id());
    }

    static void templateProblems(ChecklistTemplate t, String prefix, List<Problem> problems) {
        if (t.id() == null || !se.avtalsvakt.api.Ids.isSlug(t.id().strip())) {
            problems.add(new Problem(prefix + "id", "must be a slug: lower-case letters and digits joined by "
                    + "single dashes, at most 64 characters"));
        }
        text(problems, prefix + "title", t.title(), true, 300);
        text(problems, prefix + "area", t.area(), false, 300);
        text(problems, prefix + "situation", t.situation(), false, 2000);
        if (t.activities().isEmpty()) {
            problems.add(new Problem(prefix + "activities", "name at least one activity"));
        }
        for (int i = 0; i < t.activities().size(); i++) {
            text(problems, prefix + "activities[" + i + "]", t.activities().get(i), true, 1000);
        }
        for (int i = 0; i < t.competences().size(); i++) {
            text(problems, prefix + "competences[" + i + "]", t.competences().get(i), true, 1000);
        }
    }

    static ChecklistTemplate cleaned(ChecklistTemplate t, boolean builtIn) {
        return new ChecklistTemplate(t.id().strip(), t.title().strip(), blankToNull(t.area()),
                blankToNull(t.situation()), t.activities().stream().map(String::strip).toList(),
                t.competences().stream().map(String::strip).toList(), builtIn);
    }

    @Override
    public Page<Checklist> checklists(String organisation, ChecklistState state, PageRequest page) {
        Map<String, List<String>> competences = new LinkedHashMap<>();
        return repository.checklists(blankToNull(organisation), state, page).map(c -> withCompetences(c,
                competences));
    }

    @Override
    public Checklist checklist(long id) {
        return withCompetences(repository.checklist(id).orElseThrow(() -> new NotFoundException("checklist",
                String.valueOf(id))), new LinkedHashMap<>());
    }

    /** @return the open checklists, for deadlines and reports */
    List<Checklist> openChecklists() {
        return repository.openChecklists();
    }

    private Checklist withCompetences(Checklist c, Map<String, List<String>> cache) {
        List<String> competences = cache.computeIfAbsent(c.template(), id -> repository.template(id)
                .map(ChecklistTemplate::competences).orElse(List.of()));
        return new Checklist(c.id(), c.template(), c.organisation(), c.title(), c.startedOn(), c.startedBy(),
                c.state(), competences, c.items());
    }

    @Override
    public Checklist startChecklist(NewChecklist in, String by) {
        if (in == null) {
            throw new ValidationException("template", "is required");
        }
        List<Problem> problems = new ArrayList<>();
        ChecklistTemplate template = null;
        if (in.template() == null || in.template().isBlank()) {
            problems.add(new Problem("template", "is required"));
        } else {
            template = repository.template(in.template().strip()).orElse(null);
            if (template == null) {
                problems.add(new Problem("template", "no checklist template '" + shown(in.template().strip()) + "'"));
            }
        }
        String organisation = blankToNull(in.organisation());
        if (organisation == null) {
            problems.add(new Problem("organisation", "is required"));
        } else if (organisations != null && organisations.find(organisation).isEmpty()) {
            problems.add(new Problem("organisation", "no organisation '" + shown(organisation) + "'"));
        }
        text(problems, "title", in.title(), false, 300);
        Map<Integer, ChecklistItem> given = new LinkedHashMap<>();
        List<ChecklistItem> assigned = in.items() == null ? List.of() : in.items();
        for (int i = 0; i < assigned.size(); i++) {
            ChecklistItem a = assigned.get(i);
            if (a == null) {
                continue;
            }
            if (template != null && (a.number() < 1 || a.number() > template.activities().size())) {
                problems.add(new Problem("items[" + i + "].number", "must be 1 to " + template.activities().size()
                        + " (the template's activities)"));
            }
            text(problems, "items[" + i + "].owner", a.owner(), false, 200);
            given.put(a.number(), a);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (int n = 1; n <= template.activities().size(); n++) {
            ChecklistItem a = given.get(n);
            items.add(new ChecklistItem(n, template.activities().get(n - 1), a == null ? null : blankToNull(a.owner()),
                    a == null ? null : a.due(), null, null));
        }
        String title = blankToNull(in.title()) == null ? template.title() : in.title().strip();
        Checklist saved = repository.insert(new Checklist(0, template.id(), organisation, title, clock.today(), by(by),
                ChecklistState.OPEN, List.of(), items));
        return withCompetences(saved, new LinkedHashMap<>());
    }

    @Override
    public Checklist assignChecklistItem(long id, int number, String owner, LocalDate due) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "owner", owner, false, 200);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return withCompetences(repository.assignItem(id, number, blankToNull(owner), due), new LinkedHashMap<>());
    }

    @Override
    public Checklist completeChecklistItem(long id, int number, LocalDate on, String by) {
        LocalDate today = clock.today();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new ValidationException("on", "cannot be after today (" + today + ")");
        }
        return withCompetences(repository.completeChecklistItem(id, number, day, by(by)), new LinkedHashMap<>());
    }

    // ---- local plans

    @Override
    public Page<LocalPlanStatus> localPlans(String agreementId, boolean missing, PageRequest page) {
        if (agreementId == null || agreementId.isBlank()) {
            throw new ValidationException("agreement", "is required");
        }
        Agreement a = agreements.get(agreementId.strip());
        Map<String, LocalPlan> plans = repository.localPlans(a.id());
        List<LocalPlanStatus> all = a.parties().stream().map(p -> p.organisation()).distinct().sorted()
                .map(p -> new LocalPlanStatus(a.id(), p, plans.get(p)))
                .filter(s -> !missing || s.plan() == null).toList();
        return Page.slice(all, page, LocalPlanStatus::party);
    }

    @Override
    public LocalPlan recordLocalPlan(LocalPlan in, String by) {
        if (in == null) {
            throw new ValidationException("adoptedOn", "is required");
        }
        Agreement a = agreements.get(in.agreement());
        List<Problem> problems = new ArrayList<>();
        if (in.party() == null || !a.hasParty(in.party())) {
            problems.add(new Problem("party", "'" + shown(String.valueOf(in.party())) + "' is not a party of "
                    + a.id()));
        }
        LocalDate today = clock.today();
        if (in.adoptedOn() == null) {
            problems.add(new Problem("adoptedOn", "is required"));
        } else if (in.adoptedOn().isAfter(today)) {
            problems.add(new Problem("adoptedOn", "cannot be after today (" + today + ")"));
        }
        text(problems, "adoptedBy", in.adoptedBy(), true, 300);
        text(problems, "reference", in.reference(), false, 1000);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.save(new LocalPlan(a.id(), in.party(), in.adoptedOn(), in.adoptedBy().strip(),
                blankToNull(in.reference()), by(by), instants.instant()));
    }

    // ---- development issues

    @Override
    public Page<DevelopmentIssue> developmentIssues(String owner, DevelopmentIssueState state, PageRequest page) {
        return repository.developmentIssues(blankToNull(owner), state, page);
    }

    @Override
    public DevelopmentIssue developmentIssue(long id) {
        return repository.developmentIssue(id).orElseThrow(() -> new NotFoundException("development issue",
                String.valueOf(id)));
    }

    @Override
    public DevelopmentIssue raiseDevelopmentIssue(DevelopmentIssue issue) {
        return repository.insert(checked(issue));
    }

    @Override
    public DevelopmentIssue updateDevelopmentIssue(long id, DevelopmentIssue issue) {
        DevelopmentIssue before = developmentIssue(id);
        DevelopmentIssue merged = issue == null ? before : new DevelopmentIssue(id, issue.title(),
                issue.description(), issue.raisedBy(), issue.owner(), issue.state() == null ? before.state()
                        : issue.state(), issue.raisedOn() == null ? before.raisedOn() : issue.raisedOn(),
                issue.nextReview(), issue.decisions());
        return repository.update(id, checked(merged));
    }

    /** @return the issue cleaned and defaulted, or a ValidationException naming every field that is wrong */
    private DevelopmentIssue checked(DevelopmentIssue in) {
        if (in == null) {
            throw new ValidationException("title", "is required");
        }
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", in.title(), true, 300);
        text(problems, "description", in.description(), false, 4000);
        text(problems, "raisedBy", in.raisedBy(), false, 200);
        String owner = blankToNull(in.owner());
        LocalDate today = clock.today();
        LocalDate raisedOn = in.raisedOn() == null ? today : in.raisedOn();
        if (raisedOn.isAfter(today)) {
            problems.add(new Problem("raisedOn", "cannot be after today (" + today + ")"));
        }
        if (owner == null) {
            problems.add(new Problem("owner", "is required: the id of the governance body that owns it"));
        } else if (governance != null) {
            if (governance.body(owner).isEmpty()) {
                problems.add(new Problem("owner", "'" + shown(owner) + "' is not a governance body"));
            } else if (!in.decisions().isEmpty()) {
                java.util.Set<Long> known = new java.util.HashSet<>();
                governance.meetings(owner, null).forEach(m -> m.decisions().forEach(d -> known.add(d.id())));
                for (int i = 0; i < in.decisions().size(); i++) {
                    if (!known.contains(in.decisions().get(i))) {
                        problems.add(new Problem("decisions[" + i + "]", "decision " + in.decisions().get(i)
                                + " is not a decision of a meeting of " + owner));
                    }
                }
            }
        } else if (organisations != null && organisations.find(owner).map(o -> o.kind()
                != se.avtalsvakt.api.organisation.OrganisationKind.GOVERNANCE_BODY).orElse(true)) {
            problems.add(new Problem("owner", "'" + shown(owner) + "' is not a governance body"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DevelopmentIssue(in.id(), in.title().strip(), blankToNull(in.description()),
                blankToNull(in.raisedBy()), owner, in.state() == null ? DevelopmentIssueState.OPEN : in.state(),
                raisedOn, in.nextReview(), in.decisions());
    }

    /** @return the issues whose next review is a deadline */
    List<DevelopmentIssue> reviewsDue() {
        return repository.reviewsDue();
    }

    // ---- joint plans

    @Override
    public Page<JointPlan> jointPlans(String organisation, PageRequest page) {
        return repository.jointPlans(blankToNull(organisation), page);
    }

    @Override
    public JointPlan jointPlan(long id) {
        return repository.jointPlan(id).orElseThrow(() -> new NotFoundException("joint plan", String.valueOf(id)));
    }

    @Override
    public JointPlan recordJointPlan(JointPlan in) {
        if (in == null) {
            throw new ValidationException("organisation", "is required");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = clock.today();
        String agreement = blankToNull(in.agreement()) == null ? "overenskommelse-skola" : in.agreement().strip();
        if (agreements.find(agreement).isEmpty()) {
            problems.add(new Problem("agreement", "no agreement '" + shown(agreement) + "'"));
        }
        String organisation = blankToNull(in.organisation());
        if (organisation == null) {
            problems.add(new Problem("organisation", "is required"));
        } else if (organisations != null && organisations.find(organisation).isEmpty()) {
            problems.add(new Problem("organisation", "no organisation '" + shown(organisation) + "'"));
        }
        text(problems, "mappedBy", in.mappedBy(), true, 300);
        text(problems, "howMet", in.howMet(), true, 2000);
        text(problems, "followUp", in.followUp(), true, 2000);
        if (in.consent() == null) {
            problems.add(new Problem("consent", "is required: true or false"));
        }
        if (in.consentOn() == null) {
            problems.add(new Problem("consentOn", "is required"));
        } else if (in.consentOn().isAfter(today)) {
            problems.add(new Problem("consentOn", "cannot be after today (" + today + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.insert(new JointPlan(0, agreement, organisation, in.mappedBy().strip(), in.howMet().strip(),
                in.followUp().strip(), in.followUpOn(), in.consent(), in.consentOn(), today, null));
    }

    @Override
    public JointPlan followUpJointPlan(long id, LocalDate on, LocalDate next) {
        LocalDate today = clock.today();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new ValidationException("on", "cannot be after today (" + today + ")");
        }
        if (next != null && !next.isAfter(day)) {
            throw new ValidationException("next", "must be after the follow-up (" + day + ")");
        }
        return repository.followUp(id, day, next);
    }

    /** @return the plans whose follow-up falls in the window; {@code from} null for every one up to {@code to} */
    List<JointPlan> followUpsDue(LocalDate from, LocalDate to) {
        return repository.followUpsDue(from, to);
    }

    // ---- helpers

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "is required"));
            }
            return;
        }
        if (value.length() > max) {
            problems.add(new Problem(field, "at most " + max + " characters"));
        }
        if (PersonalIdentityNumbers.containsOne(value)) {
            problems.add(new Problem(field, PersonalIdentityNumbers.REFUSED));
        }
    }

    /** @return a value safe to echo in a message: never a personal identity number */
    private static String shown(String value) {
        return PersonalIdentityNumbers.containsOne(value) ? "(a personal identity number)" : value;
    }

    private static String by(String by) {
        return by == null || by.isBlank() ? "okänd" : by;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
