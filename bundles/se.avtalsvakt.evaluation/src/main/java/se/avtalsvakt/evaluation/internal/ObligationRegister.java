package se.avtalsvakt.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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

    @Activate
    public ObligationRegister(@Reference ObligationRepository repository, @Reference AgreementService agreements,
            @Reference OrganisationService organisations, @Reference PlatformClock clock, EvaluationConfig config) {
        this.repository = repository;
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(EvaluationConfig config) {
        dueSoonDays = Math.max(0, config.dueSoonDays());
    }

    @Override
    public List<ObligationPlan> plans(String agreement, String body) {
        return repository.plans(agreement, body);
    }

    @Override
    public Optional<ObligationPlan> plan(String id) {
        return repository.plan(id);
    }

    @Override
    public ObligationPlan savePlan(ObligationPlan plan) {
        validator().check(plan, "");
        return repository.save(plan);
    }

    PlanValidator validator() {
        return new PlanValidator(id -> agreements.find(id).isPresent(), id -> organisations.find(id).isPresent());
    }

    @Override
    public List<Occurrence> occurrences(OccurrenceFilter filter) {
        LocalDate today = clock.today();
        LocalDate to = filter.to() != null ? filter.to() : today;
        if (filter.from() != null && to.isBefore(filter.from())) {
            throw new ValidationException("to", "must not be before from (" + filter.from() + ")");
        }
        // a window reads its fulfilments at once; "however long ago" counts them first and reads only those listed
        OccurrenceCalculator.Recorded recorded = filter.from() != null
                ? OccurrenceCalculator.Recorded.from(repository.fulfilments(filter.from(), to))
                : counted(repository.fulfilmentCounts(to));
        return calculator(today).occurrences(plans(filter.agreement(), filter.body()), recorded, filter.from(), to,
                filter.state());
    }

    private OccurrenceCalculator.Recorded counted(Map<String, Integer> counts) {
        return new OccurrenceCalculator.Recorded() {
            @Override
            public int count(String occurrenceId) {
                return counts.getOrDefault(occurrenceId, 0);
            }

            @Override
            public List<Fulfilment> of(String occurrenceId) {
                if (!counts.containsKey(occurrenceId)) {
                    return List.of();
                }
                OccurrenceKey key = OccurrenceKey.parse(occurrenceId);
                return repository.fulfilments(key.plan(), key.dueDate());
            }
        };
    }

    @Override
    public List<Occurrence> overdue(String agreement, String body) {
        return occurrences(new OccurrenceFilter(null, null, agreement, body, OccurrenceState.OVERDUE));
    }

    @Override
    public Occurrence occurrence(String id) {
        OccurrenceKey key = OccurrenceKey.parse(id);
        ObligationPlan plan = repository.plan(key.plan()).orElseThrow(() -> new NotFoundException("occurrence", id));
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
        ObligationPlan plan = repository.plan(occurrence.plan()).orElseThrow();
        PlanValidator.check(plan, fulfilment);
        repository.addFulfilment(plan.id(), occurrence.dueDate(), fulfilment);
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
