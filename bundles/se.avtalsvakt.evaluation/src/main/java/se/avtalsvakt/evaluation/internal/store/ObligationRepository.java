package se.avtalsvakt.evaluation.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.Occurrence;

/** Plans and fulfilments in the database. Every method is one transaction; callers get API records. */
@Component(service = ObligationRepository.class)
public class ObligationRepository {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    @Activate
    public ObligationRepository(@Reference(target = "(osgi.unit.name=avtalsvakt-evaluation)") JpaTemplate jpa,
            @Reference EvaluationSchema schema, @Reference PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /**
     * @param agreement only this agreement's plans, or null
     * @param body      only this body's plans, or null
     * @return the plans by id, their criteria read in the same query
     */
    public List<ObligationPlan> plans(String agreement, String body) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = " where 1 = 1" + (agreement != null ? " and p.agreement = :agreement" : "")
                    + (body != null ? " and p.body = :body" : "");
            var query = em.createQuery("select p from PlanEntity p" + where + " order by p.id", PlanEntity.class);
            // the criteria as selected rows: fetch-joining an element collection takes Hibernate 5.6 time
            // quadratic in its rows
            var criteria = em.createQuery("select p.id, index(c), c from PlanEntity p join p.criteria c" + where,
                    Object[].class);
            if (agreement != null) {
                query.setParameter("agreement", agreement);
                criteria.setParameter("agreement", agreement);
            }
            if (body != null) {
                query.setParameter("body", body);
                criteria.setParameter("body", body);
            }
            Map<String, java.util.TreeMap<Integer, String>> byPlan = new HashMap<>();
            for (Object[] row : criteria.getResultList()) {
                byPlan.computeIfAbsent((String) row[0], k -> new java.util.TreeMap<>())
                        .put(((Number) row[1]).intValue(), (String) row[2]);
            }
            return query.getResultList().stream().map(p -> p.toRecord(List.copyOf(
                    byPlan.getOrDefault(p.id(), new java.util.TreeMap<>()).values()))).toList();
        });
    }

    public Optional<ObligationPlan> plan(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(PlanEntity.class, id)).map(PlanEntity::toRecord));
    }

    /** Inserts or replaces a plan. */
    public ObligationPlan save(ObligationPlan plan) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity e = em.find(PlanEntity.class, plan.id());
            if (e == null) {
                e = new PlanEntity(plan.id());
                e.assign(plan, now());
                em.persist(e);
            } else {
                e.assign(plan, now());
            }
            em.flush();
            return e.toRecord();
        });
    }

    /**
     * Inserts those plans whose id is not taken, in one transaction (or in the caller's, when one is active).
     *
     * @return how many plans were inserted
     */
    public int insertMissing(List<ObligationPlan> plans) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int inserted = 0;
            for (ObligationPlan p : plans) {
                if (em.find(PlanEntity.class, p.id()) == null) {
                    PlanEntity e = new PlanEntity(p.id());
                    e.assign(p, now());
                    em.persist(e);
                    inserted++;
                }
            }
            return inserted;
        });
    }

    /** @return the fulfilments of plans with due dates in {@code [from, to]}, oldest first */
    public List<Fulfilment> fulfilments(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select f from FulfilmentEntity f where f.dueDate >= :from and f.dueDate <= :to "
                        + "order by f.date, f.id", FulfilmentEntity.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(FulfilmentEntity::toRecord).toList());
    }

    /** @return the fulfilments of one occurrence, oldest first */
    public List<Fulfilment> fulfilments(String plan, LocalDate dueDate) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select f from FulfilmentEntity f where f.plan = :plan and f.dueDate = :due "
                        + "order by f.date, f.id", FulfilmentEntity.class)
                .setParameter("plan", plan).setParameter("due", dueDate)
                .getResultList().stream().map(FulfilmentEntity::toRecord).toList());
    }

    /**
     * @return how many fulfilments each occurrence due up to {@code to} has, however old, by occurrence id: one
     *         query, no fulfilment read
     */
    public Map<String, Integer> fulfilmentCounts(LocalDate to) {
        Map<String, Integer> counts = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select f.plan, f.dueDate, count(f) from FulfilmentEntity f where f.dueDate <= :to "
                        + "group by f.plan, f.dueDate", Object[].class)
                .setParameter("to", to).getResultList())
                .forEach(row -> counts.put(Occurrence.idOf((String) row[0], (LocalDate) row[1]),
                        ((Number) row[2]).intValue()));
        return counts;
    }

    /**
     * @return how many fulfilments each occurrence has, for every occurrence with any, as (plan, due date, count)
     *         ordered by plan and due date: one grouped query, no fulfilment read
     */
    public List<Object[]> allFulfilmentCounts() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select f.plan, f.dueDate, count(f) from FulfilmentEntity f "
                        + "group by f.plan, f.dueDate order by f.plan, f.dueDate", Object[].class)
                .getResultList());
    }

    /**
     * @param occurrenceIds occurrence ids ({@code plan:YYYY-MM-DD}), e.g. those of one page
     * @return their fulfilments with their criteria, oldest first, by occurrence id: one query per 500 plans
     */
    public Map<String, List<Fulfilment>> fulfilments(java.util.Collection<String> occurrenceIds) {
        Map<String, List<Fulfilment>> found = new HashMap<>();
        if (occurrenceIds.isEmpty()) {
            return found;
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(occurrenceIds);
        java.util.TreeSet<String> plans = new java.util.TreeSet<>();
        LocalDate min = null;
        LocalDate max = null;
        for (String id : wanted) {
            int colon = id.lastIndexOf(':');
            plans.add(id.substring(0, colon));
            LocalDate due = LocalDate.parse(id.substring(colon + 1));
            min = min == null || due.isBefore(min) ? due : min;
            max = max == null || due.isAfter(max) ? due : max;
        }
        List<String> planList = List.copyOf(plans);
        LocalDate from = min;
        LocalDate to = max;
        for (int i = 0; i < planList.size(); i += 500) {
            List<String> chunk = planList.subList(i, Math.min(planList.size(), i + 500));
            String where = " where f.plan in :plans and f.dueDate >= :from and f.dueDate <= :to";
            List<Fulfilment> rows = jpa.txExpr(TransactionType.Supports, em -> {
                Map<Long, java.util.TreeMap<Integer, se.avtalsvakt.api.obligation.CriterionAssessment>> assessed =
                        new HashMap<>();
                em.createQuery("select f.id, index(c), c from FulfilmentEntity f join f.criteria c" + where,
                        Object[].class).setParameter("plans", chunk).setParameter("from", from)
                        .setParameter("to", to).getResultList()
                        .forEach(row -> assessed.computeIfAbsent((Long) row[0], k -> new java.util.TreeMap<>())
                                .put(((Number) row[1]).intValue(), ((CriterionEmbeddable) row[2]).toRecord()));
                return em.createQuery("select f from FulfilmentEntity f" + where + " order by f.date, f.id",
                        FulfilmentEntity.class).setParameter("plans", chunk).setParameter("from", from)
                        .setParameter("to", to).getResultList().stream()
                        .map(f -> f.toRecord(List.copyOf(assessed.getOrDefault(f.id(), new java.util.TreeMap<>())
                                .values()))).toList();
            });
            for (Fulfilment f : rows) {
                if (wanted.contains(f.occurrence())) {
                    found.computeIfAbsent(f.occurrence(), k -> new java.util.ArrayList<>()).add(f);
                }
            }
        }
        return found;
    }

    public Fulfilment addFulfilment(String plan, LocalDate dueDate, Fulfilment f) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FulfilmentEntity e = new FulfilmentEntity(plan, dueDate, f, now());
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    private Instant now() {
        return clock.now().toInstant();
    }
}
