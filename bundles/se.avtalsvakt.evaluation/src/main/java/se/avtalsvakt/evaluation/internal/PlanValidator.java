package se.avtalsvakt.evaluation.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import se.avtalsvakt.api.Ids;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationKind;
import se.avtalsvakt.api.obligation.ObligationPlan;

/** Checks plans and fulfilments; reports every problem with its field. */
final class PlanValidator {

    private final Predicate<String> agreementExists;
    private final Predicate<String> organisationExists;

    /**
     * @param agreementExists    whether an agreement id is registered
     * @param organisationExists whether an organisation (or body) id is registered
     */
    PlanValidator(Predicate<String> agreementExists, Predicate<String> organisationExists) {
        this.agreementExists = agreementExists;
        this.organisationExists = organisationExists;
    }

    /** @throws ValidationException with every problem, paths prefixed by {@code prefix} */
    void check(ObligationPlan p, String prefix) {
        List<Problem> problems = new ArrayList<>();
        problems(p, prefix, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    void problems(ObligationPlan p, String prefix, List<Problem> problems) {
        if (!Ids.isSlug(p.id())) {
            problems.add(new Problem(prefix + "id", "must be a slug (a-z, 0-9, single dashes): '" + p.id() + "'"));
        }
        if (p.title() == null || p.title().isBlank()) {
            problems.add(new Problem(prefix + "title", "is required"));
        }
        if (p.kind() == null) {
            problems.add(new Problem(prefix + "kind", "is required"));
        }
        if (p.type() == null) {
            problems.add(new Problem(prefix + "type", "is required"));
        }
        if (p.agreement() == null && p.body() == null) {
            problems.add(new Problem(prefix + "agreement", "a plan belongs to an agreement or a body: give one"));
        }
        if (p.agreement() != null && !agreementExists.test(p.agreement())) {
            problems.add(new Problem(prefix + "agreement", "no agreement with id '" + p.agreement() + "'"));
        }
        if (p.body() != null && !organisationExists.test(p.body())) {
            problems.add(new Problem(prefix + "body", "no body with id '" + p.body() + "'"));
        }
        if (p.responsible() == null) {
            problems.add(new Problem(prefix + "responsible", "is required"));
        } else if (!organisationExists.test(p.responsible())) {
            problems.add(new Problem(prefix + "responsible", "no organisation with id '" + p.responsible() + "'"));
        }
        if (p.from() != null && p.until() != null && p.until().isBefore(p.from())) {
            problems.add(new Problem(prefix + "until", "must not be before from (" + p.from() + ")"));
        }
        if (p.type() != null) {
            schedule(p, prefix, problems);
        }
        if (p.leadTime() != null && !positive(p.leadTime())) {
            problems.add(new Problem(prefix + "leadTime", "must be a positive period, e.g. P14D"));
        }
        if (p.leadTime() != null && p.kind() != ObligationKind.MEETINGS) {
            problems.add(new Problem(prefix + "leadTime", "only a MEETINGS plan has an invitation lead time"));
        }
        if (p.stopsAtNotice() && p.agreement() == null) {
            problems.add(new Problem(prefix + "stopsAtNotice", "only a plan of an agreement can stop at its "
                    + "termination notice: give the agreement, or leave stopsAtNotice false"));
        }
        if (!p.criteria().isEmpty() && p.kind() != ObligationKind.EVALUATION) {
            problems.add(new Problem(prefix + "criteria", "only an EVALUATION plan has criteria"));
        }
    }

    private static void schedule(ObligationPlan p, String prefix, List<Problem> problems) {
        switch (p.type()) {
            case ONCE -> {
                if (p.date() == null && p.offset() == null) {
                    problems.add(new Problem(prefix + "date", "a ONCE plan needs a date, or an offset from its anchor "
                            + "or the agreement's start"));
                }
                if (p.date() == null && p.offset() != null && !positive(p.offset())) {
                    problems.add(new Problem(prefix + "offset", "must be a positive period, e.g. P2Y"));
                }
                if (p.date() == null && p.anchor() == null && p.agreement() == null) {
                    problems.add(new Problem(prefix + "anchor", "needed: the plan has no agreement whose start "
                            + "the offset could count from"));
                }
            }
            case RECURRING -> {
                if (p.anchor() == null) {
                    problems.add(new Problem(prefix + "anchor", "a RECURRING plan needs its first due date"));
                }
                if (p.every() == null || !positive(p.every())) {
                    problems.add(new Problem(prefix + "every", "a RECURRING plan needs a positive period, e.g. P3Y"));
                }
            }
            case YEARLY -> {
                if (p.dayOfYear() == null) {
                    problems.add(new Problem(prefix + "dayOfYear", "a YEARLY plan needs the day, e.g. --12-31"));
                }
                startOfYearly(p, prefix, problems);
            }
            case COUNT_PER_YEAR -> {
                if (p.minPerYear() == null || p.minPerYear() < 1) {
                    problems.add(new Problem(prefix + "minPerYear", "must be at least 1"));
                }
                if (p.maxPerYear() != null && p.minPerYear() != null && p.maxPerYear() < p.minPerYear()) {
                    problems.add(new Problem(prefix + "maxPerYear", "must not be below minPerYear ("
                            + p.minPerYear() + ")"));
                }
                startOfYearly(p, prefix, problems);
            }
        }
    }

    private static void startOfYearly(ObligationPlan p, String prefix, List<Problem> problems) {
        if (p.from() == null && p.anchor() == null) {
            problems.add(new Problem(prefix + "from", "a yearly plan needs the day tracking starts (from or anchor)"));
        }
    }

    private static boolean positive(Period period) {
        return !period.isNegative() && !period.isZero();
    }

    /** @throws ValidationException unless the fulfilment is complete for the plan */
    static void check(ObligationPlan plan, Fulfilment f) {
        List<Problem> problems = new ArrayList<>();
        if (f.date() == null) {
            problems.add(new Problem("date", "is required"));
        }
        if (f.by() == null || f.by().isBlank()) {
            problems.add(new Problem("by", "is required: who did it"));
        }
        for (int i = 0; i < f.criteria().size(); i++) {
            var c = f.criteria().get(i);
            if (c.criterion() == null || !plan.criteria().contains(c.criterion())) {
                problems.add(new Problem("criteria[" + i + "].criterion", "not a criterion of this plan: '"
                        + c.criterion() + "'; the criteria are " + plan.criteria()));
            } else if (c.assessment() == null || c.assessment().isBlank()) {
                problems.add(new Problem("criteria[" + i + "].assessment", "is required"));
            }
        }
        for (String criterion : plan.criteria()) {
            if (f.criteria().stream().noneMatch(c -> criterion.equals(c.criterion()))) {
                problems.add(new Problem("criteria", "the criterion '" + criterion + "' is not assessed"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
