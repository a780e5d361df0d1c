package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.evaluation.internal.store.ObligationRepository;

/**
 * The obligation register: plans in the database, occurrences computed on demand from today's date and bounded by
 * the life of each plan's agreement (see {@link PlanLives}).
 */
@Component(name = "se.avtalsvakt.evaluation", service = {ObligationService.class, ObligationRegister.class})
@Designate(ocd = EvaluationConfig.class)
public class ObligationRegister implements ObligationService {

    private final ObligationRepository repository;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final PlatformClock clock;
    private volatile int dueSoonDays;
    /** The plans, or null until read again. */
    private volatile Plans plans;
    /** Counts invalidations of the plans, so that a read that raced one is not kept. */
    private final java.util.concurrent.atomic.AtomicLong plansGeneration = new java.util.concurrent.atomic.AtomicLong();
    private final Object plansPublication = new Object();
    /** How many fulfilments each occurrence has; the register records each one it writes. */
    private final FulfilmentIndex fulfilments;
    /** What the calculator asks: counts from the index, never the rows. */
    private final OccurrenceCalculator.Recorded counted;

    @Activate
    public ObligationRegister(@Reference ObligationRepository repository, @Reference AgreementService agreements,
            @Reference OrganisationService organisations, @Reference PlatformClock clock, EvaluationConfig config) {
        this.repository = repository;
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
        this.fulfilments = new FulfilmentIndex(repository::allFulfilmentCounts);
        this.counted = new OccurrenceCalculator.Recorded() {
            @Override
            public int count(String occurrenceId) {
                OccurrenceKey key = OccurrenceKey.parse(occurrenceId);
                return fulfilments.count(key.plan(), key.dueDate());
            }

            @Override
            public int count(String plan, LocalDate due) {
                return fulfilments.count(plan, due);
            }

            @Override
            public List<Fulfilment> of(String occurrenceId) {
                OccurrenceKey key = OccurrenceKey.parse(occurrenceId);
                return repository.fulfilments(key.plan(), key.dueDate());
            }
        };
        modified(config);
    }

    @Modified
    void modified(EvaluationConfig config) {
        dueSoonDays = Math.max(0, config.dueSoonDays());
    }

    @Override
    public List<ObligationPlan> plans(String agreement, String body) {
        List<ObligationPlan> all = plans().list();
        if (agreement == null && body == null) {
            return all;
        }
        return all.stream().filter(p -> (agreement == null || agreement.equals(p.agreement()))
                && (body == null || body.equals(p.body()))).toList();
    }

    @Override
    public Optional<ObligationPlan> plan(String id) {
        return Optional.ofNullable(id == null ? null : plans().byId().get(id));
    }

    @Override
    public ObligationPlan savePlan(ObligationPlan plan) {
        validator().check(plan, "");
        ObligationPlan saved = repository.save(plan);
        invalidatePlans();
        return saved;
    }

    /** Every plan, by id, read with their criteria in one query and kept until a plan is written. */
    private record Plans(List<ObligationPlan> list, Map<String, ObligationPlan> byId) {
    }

    private Plans plans() {
        Plans p = plans;
        if (p != null) {
            return p;
        }
        // read without a lock: an invalidation may come from inside the reference-data load's transaction while
        // this read waits for that transaction's rows, and must not wait for this read in turn
        long seen = plansGeneration.get();
        List<ObligationPlan> all = repository.plans(null, null);
        Map<String, ObligationPlan> byId = new HashMap<>();
        all.forEach(x -> byId.put(x.id(), x));
        Plans loaded = new Plans(all, byId);
        synchronized (plansPublication) {
            if (plans != null) {
                return plans;
            }
            if (plansGeneration.get() == seen) {
                plans = loaded; // no plan was written meanwhile
            }
        }
        return loaded;
    }

    /** Drops the plans read: after the reference data inserted plans, or a plan was saved. Never waits. */
    void invalidatePlans() {
        plansGeneration.incrementAndGet();
        plans = null;
    }

    PlanValidator validator() {
        return new PlanValidator(id -> agreements.find(id).isPresent(), id -> organisations.find(id).isPresent());
    }

    @Override
    public List<Occurrence> occurrences(OccurrenceFilter filter) {
        return withFulfilments(slots(filter, filter.from(), state -> filter.state() == null
                || filter.state() == state));
    }

    @Override
    public Page<Occurrence> occurrences(OccurrenceFilter filter, PageRequest request) {
        // nothing before the cursor's due date can be on this page: compute the window from there on
        LocalDate from = filter.from();
        Optional<String> after = request.after();
        if (after.isPresent()) {
            LocalDate cursorDay = cursorDay(after.get());
            from = from == null || cursorDay.isAfter(from) ? cursorDay : from;
        }
        List<OccurrenceCalculator.Slot> slots = slots(filter, from,
                state -> filter.state() == null || filter.state() == state);
        Page<OccurrenceCalculator.Slot> page = Page.slice(slots, request, OccurrenceCalculator.Slot::key);
        return new Page<>(withFulfilments(page.items()), page.next());
    }

    private static LocalDate cursorDay(String key) {
        try {
            return LocalDate.parse(key.substring(0, key.indexOf('\u0000')));
        } catch (RuntimeException e) {
            throw new ValidationException("cursor", "not a cursor of this list: take it from the Link header of "
                    + "the page before");
        }
    }

    /**
     * The occurrences in a window that are neither fulfilled nor cancelled (what deadlines are made of), with the
     * fulfilments of those partly fulfilled: no fulfilment of a fulfilled occurrence is read.
     */
    List<Occurrence> open(LocalDate from, LocalDate to) {
        return withFulfilments(slots(new OccurrenceFilter(from, to, null, null, null), from,
                state -> state != OccurrenceState.FULFILLED && state != OccurrenceState.CANCELLED));
    }

    private List<OccurrenceCalculator.Slot> slots(OccurrenceFilter filter, LocalDate from,
            java.util.function.Predicate<OccurrenceState> states) {
        LocalDate today = clock.today();
        LocalDate to = filter.to() != null ? filter.to() : today;
        if (filter.from() != null && to.isBefore(filter.from())) {
            throw new ValidationException("to", "must not be before from (" + filter.from() + ")");
        }
        return calculator(today).slots(plans(filter.agreement(), filter.body()), counted, from, to, states);
    }

    /** @return the slots' occurrences, the fulfilments of those that have any read in one query */
    private List<Occurrence> withFulfilments(List<OccurrenceCalculator.Slot> slots) {
        List<String> withAny = new ArrayList<>();
        for (OccurrenceCalculator.Slot slot : slots) {
            if (fulfilments.count(slot.plan().id(), slot.due()) > 0) {
                withAny.add(slot.id());
            }
        }
        Map<String, List<Fulfilment>> read = repository.fulfilments(withAny);
        OccurrenceCalculator calculator = calculator(clock.today());
        List<Occurrence> found = new ArrayList<>(slots.size());
        for (OccurrenceCalculator.Slot slot : slots) {
            found.add(calculator.occurrence(slot, read.getOrDefault(slot.id(), List.of())));
        }
        return found;
    }

    @Override
    public List<Occurrence> overdue(String agreement, String body) {
        return occurrences(new OccurrenceFilter(null, null, agreement, body, OccurrenceState.OVERDUE));
    }

    @Override
    public Occurrence occurrence(String id) {
        OccurrenceKey key = OccurrenceKey.parse(id);
        ObligationPlan plan = plan(key.plan()).orElseThrow(() -> new NotFoundException("occurrence", id));
        OccurrenceCalculator calculator = calculator(clock.today());
        Schedule schedule = calculator.schedule(plan, key.dueDate());
        if (schedule == null || !schedule.isDueDate(key.dueDate())) {
            throw new NotFoundException("occurrence", id);
        }
        return calculator.occurrence(plan, key.dueDate(), repository.fulfilments(key.plan(), key.dueDate()));
    }

    @Override
    public Occurrence fulfil(String occurrenceId, Fulfilment fulfilment) {
        Occurrence occurrence = occurrence(occurrenceId);
        ObligationPlan plan = plan(occurrence.plan()).orElseThrow();
        PlanValidator.check(plan, fulfilment);
        repository.addFulfilment(plan.id(), occurrence.dueDate(), fulfilment);
        fulfilments.recorded(plan.id(), occurrence.dueDate());
        return occurrence(occurrenceId);
    }

    private OccurrenceCalculator calculator(LocalDate today) {
        PlanLives lives = new PlanLives(agreements,
                id -> organisations.find(id).map(Organisation::name).orElse(id), today);
        return new OccurrenceCalculator(today, dueSoonDays, lives::of);
    }

    /** An occurrence id, {@code planId:YYYY-MM-DD}. */
    record OccurrenceKey(String plan, LocalDate dueDate) {

        static OccurrenceKey parse(String id) {
            int colon = id == null ? -1 : id.lastIndexOf(':');
            if (colon <= 0) {
                throw new NotFoundException("occurrence", String.valueOf(id));
            }
            try {
                return new OccurrenceKey(id.substring(0, colon), LocalDate.parse(id.substring(colon + 1)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new NotFoundException("occurrence", id);
            }
        }
    }

    /** @return the plans of a reference data file, each checked; every problem of every plan at once */
    List<ObligationPlan> checkAll(List<ObligationPlan> plans) {
        List<se.avtalsvakt.api.Problem> problems = new ArrayList<>();
        PlanValidator validator = validator();
        for (int i = 0; i < plans.size(); i++) {
            validator.problems(plans.get(i), "plans[" + i + "].", problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return plans;
    }
}
