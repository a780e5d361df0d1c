package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;
import se.avtalsvakt.api.cases.DisputeEvent;
import se.avtalsvakt.api.cases.DisputeState;
import se.avtalsvakt.api.cases.EscalationLadder;
import se.avtalsvakt.api.cases.HandoverCase;
import se.avtalsvakt.api.cases.HandoverState;
import se.avtalsvakt.api.cases.ResponsibilityRule;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** Ladders, disputes, rules of responsibility and handover cases in the database; one transaction per method. */
@Component(service = CasesRepository.class)
public class CasesRepository {

    private final JpaTemplate jpa;

    @Activate
    public CasesRepository(@Reference(target = "(osgi.unit.name=avtalsvakt-cases)") JpaTemplate jpa,
            @Reference CasesSchema schema) {
        this.jpa = jpa;
    }

    // ---- ladders

    public Page<EscalationLadder> ladders(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<String> after = page.after();
            TypedQuery<LadderEntity> q = em.createQuery("select l from LadderEntity l"
                    + (after.isPresent() ? " where l.agreement > :after" : "") + " order by l.agreement",
                    LadderEntity.class);
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(LadderEntity::toRecord).toList(), page, EscalationLadder::agreement);
        });
    }

    public Optional<EscalationLadder> ladder(String agreement) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(LadderEntity.class, agreement)).map(LadderEntity::toRecord));
    }

    public EscalationLadder save(EscalationLadder ladder) {
        return jpa.txExpr(TransactionType.Required, em -> saveIn(em, ladder));
    }

    private static EscalationLadder saveIn(EntityManager em, EscalationLadder ladder) {
        LadderEntity e = em.find(LadderEntity.class, ladder.agreement());
        if (e == null) {
            e = new LadderEntity(ladder.agreement());
            e.assign(ladder);
            em.persist(e);
        } else {
            // Hibernate inserts before it deletes orphans: clear the steps and flush first
            e.clearSteps();
            em.flush();
            e.assign(ladder);
        }
        em.flush();
        return e.toRecord();
    }

    /** Inserts the ladders of agreements that have none; in the caller's transaction when one is active. */
    public int insertMissingLadders(List<EscalationLadder> ladders) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int inserted = 0;
            for (EscalationLadder l : ladders) {
                if (em.find(LadderEntity.class, l.agreement()) == null) {
                    saveIn(em, l);
                    inserted++;
                }
            }
            return inserted;
        });
    }

    // ---- responsibility

    public List<ResponsibilityRule> responsibilities(String agreement) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select r from ResponsibilityEntity r "
                + "where r.key.agreement = :agreement order by r.key.purpose, r.key.setting", ResponsibilityEntity.class)
                .setParameter("agreement", agreement).getResultList().stream()
                .map(ResponsibilityEntity::toRecord).toList());
    }

    public Optional<ResponsibilityRule> responsibility(String agreement, AidPurpose purpose, CareSetting setting) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ResponsibilityEntity.class,
                new ResponsibilityKey(agreement, purpose, setting))).map(ResponsibilityEntity::toRecord));
    }

    /** Inserts the rules whose agreement, purpose and setting have none; in the caller's transaction if any. */
    public int insertMissingRules(List<ResponsibilityRule> rules) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int inserted = 0;
            for (ResponsibilityRule r : rules) {
                if (em.find(ResponsibilityEntity.class, new ResponsibilityKey(r.agreement(), r.purpose(),
                        r.setting())) == null) {
                    em.persist(new ResponsibilityEntity(r));
                    inserted++;
                }
            }
            em.flush();
            return inserted;
        });
    }

    // ---- disputes

    public Page<DisputeEntity.Stored> disputes(String agreement, DisputeState state, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Long> after = page.afterNumber();
            List<String> where = new ArrayList<>();
            if (agreement != null) {
                where.add("d.agreement = :agreement");
            }
            if (state != null) {
                where.add("d.state = :state");
            }
            after.ifPresent(a -> where.add("d.id > :after"));
            TypedQuery<DisputeEntity> q = em.createQuery("select d from DisputeEntity d"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by d.id",
                    DisputeEntity.class);
            if (agreement != null) {
                q.setParameter("agreement", agreement);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream().map(DisputeEntity::toStored)
                    .toList(), page, d -> String.valueOf(d.id()));
        });
    }

    /** @return every open dispute, for deadlines (open disputes are few: each is a negotiation between parties) */
    public List<DisputeEntity.Stored> openDisputes() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select d from DisputeEntity d where d.state = :state order by d.id", DisputeEntity.class)
                .setParameter("state", DisputeState.OPEN).getResultList().stream().map(DisputeEntity::toStored)
                .toList());
    }

    public Optional<DisputeEntity.Stored> dispute(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(DisputeEntity.class, id)).map(DisputeEntity::toStored));
    }

    public DisputeEntity.Stored insert(DisputeEntity dispute, Function<Long, DisputeEvent> opened) {
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(dispute);
            em.flush();
            dispute.record(opened.apply(dispute.id()), DisputeState.OPEN);
            em.flush();
            return dispute.toStored();
        });
    }

    /**
     * Applies a change to a dispute in one transaction.
     *
     * @param change checks the dispute as it is and records the event, or throws
     */
    public DisputeEntity.Stored change(long id, java.util.function.Consumer<DisputeEntity> change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DisputeEntity e = em.find(DisputeEntity.class, id);
            if (e == null) {
                throw new NotFoundException("dispute", String.valueOf(id));
            }
            change.accept(e);
            em.flush();
            return e.toStored();
        });
    }

    // ---- handovers

    public Page<HandoverCase> handovers(String agreement, String party, HandoverState state, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Long> after = page.afterNumber();
            List<String> where = new ArrayList<>();
            if (agreement != null) {
                where.add("h.agreement = :agreement");
            }
            if (party != null) {
                where.add("h.scope = :party");
            }
            if (state != null) {
                where.add("h.state = :state");
            }
            after.ifPresent(a -> where.add("h.id > :after"));
            TypedQuery<HandoverEntity> q = em.createQuery("select h from HandoverEntity h"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by h.id",
                    HandoverEntity.class);
            if (agreement != null) {
                q.setParameter("agreement", agreement);
            }
            if (party != null) {
                q.setParameter("party", party);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream().map(HandoverEntity::toRecord)
                    .toList(), page, h -> String.valueOf(h.id()));
        });
    }

    /** @return the open cases, for deadlines (one per party leaving an agreement: few) */
    public List<HandoverCase> openHandovers() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select h from HandoverEntity h where h.state = :state order by h.id", HandoverEntity.class)
                .setParameter("state", HandoverState.OPEN).getResultList().stream().map(HandoverEntity::toRecord)
                .toList());
    }

    public Optional<HandoverCase> handover(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(HandoverEntity.class, id)).map(HandoverEntity::toRecord));
    }

    /**
     * Brings an agreement's cases in line with the ends it has now, in one transaction: a scope (a party, or
     * {@link HandoverEntity#WHOLE}) with an end and no case gets one; a case whose end moved is re-dated; a case whose
     * end is gone is cancelled. A case done stays done.
     *
     * @param ends    each scope's end, for the scopes that have one
     * @param newCase makes the case for a scope and end, or null when none is to be opened
     * @param dueOf   an item's due day for an end: (end, item key) → day
     * @return the cases opened now
     */
    public List<HandoverCase> sync(String agreement, java.util.Map<String, LocalDate> ends,
            java.util.function.BiFunction<String, LocalDate, HandoverCase> newCase,
            java.util.function.BiFunction<LocalDate, String, LocalDate> dueOf) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<HandoverEntity> existing = em.createQuery(
                    "select h from HandoverEntity h where h.agreement = :agreement order by h.id", HandoverEntity.class)
                    .setParameter("agreement", agreement).getResultList();
            java.util.Map<String, HandoverEntity> latest = new java.util.HashMap<>();
            for (HandoverEntity h : existing) {
                latest.put(h.scope(), h); // by id: the last one per scope
            }
            List<HandoverCase> opened = new ArrayList<>();
            for (var end : ends.entrySet()) {
                HandoverEntity h = latest.get(end.getKey());
                if (h == null) {
                    HandoverCase fresh = newCase.apply(end.getKey(), end.getValue());
                    if (fresh == null) {
                        continue;
                    }
                    HandoverEntity e = new HandoverEntity(fresh);
                    em.persist(e);
                    em.flush();
                    opened.add(e.toRecord());
                } else if (!h.endsOn().equals(end.getValue()) || h.state() == HandoverState.CANCELLED) {
                    if (h.state() != HandoverState.DONE) {
                        LocalDate newEnd = end.getValue();
                        h.redate(newEnd, key -> dueOf.apply(newEnd, key));
                    }
                }
            }
            for (HandoverEntity h : latest.values()) {
                if (!ends.containsKey(h.scope()) && h.state() == HandoverState.OPEN) {
                    h.cancel();
                }
            }
            em.flush();
            return opened;
        });
    }

    public HandoverCase completeItem(long id, int number, LocalDate on, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            HandoverEntity e = em.find(HandoverEntity.class, id);
            if (e == null) {
                throw new NotFoundException("handover", String.valueOf(id));
            }
            if (!e.complete(number, on, by)) {
                throw new NotFoundException("handover item", id + "/" + number);
            }
            em.flush();
            return e.toRecord();
        });
    }

    // ---- checklists

    public Page<se.avtalsvakt.api.cases.ChecklistTemplate> templates(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<String> after = page.after();
            TypedQuery<ChecklistTemplateEntity> q = em.createQuery("select t from ChecklistTemplateEntity t"
                    + (after.isPresent() ? " where t.id > :after" : "") + " order by t.id",
                    ChecklistTemplateEntity.class);
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(ChecklistTemplateEntity::toRecord).toList(), page, se.avtalsvakt.api.cases.ChecklistTemplate::id);
        });
    }

    public Optional<se.avtalsvakt.api.cases.ChecklistTemplate> template(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(
                em.find(ChecklistTemplateEntity.class, id)).map(ChecklistTemplateEntity::toRecord));
    }

    /** Inserts the templates whose id is free; in the caller's transaction when one is active. */
    public int insertMissingTemplates(List<se.avtalsvakt.api.cases.ChecklistTemplate> templates) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int inserted = 0;
            for (var t : templates) {
                if (em.find(ChecklistTemplateEntity.class, t.id()) == null) {
                    em.persist(new ChecklistTemplateEntity(t));
                    inserted++;
                }
            }
            em.flush();
            return inserted;
        });
    }

    public Page<se.avtalsvakt.api.cases.Checklist> checklists(String organisation,
            se.avtalsvakt.api.cases.ChecklistState state, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Long> after = page.afterNumber();
            List<String> where = new ArrayList<>();
            if (organisation != null) {
                where.add("c.organisation = :organisation");
            }
            if (state != null) {
                where.add("c.state = :state");
            }
            after.ifPresent(a -> where.add("c.id > :after"));
            TypedQuery<ChecklistEntity> q = em.createQuery("select c from ChecklistEntity c"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by c.id",
                    ChecklistEntity.class);
            if (organisation != null) {
                q.setParameter("organisation", organisation);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream().map(ChecklistEntity::toRecord)
                    .toList(), page, c -> String.valueOf(c.id()));
        });
    }

    /**
     * @return the open checklists' items that have a due day and are not done, with their checklist: for deadlines
     *         (one query; items without a due day are not deadlines)
     */
    public List<se.avtalsvakt.api.cases.Checklist> openChecklists() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select c from ChecklistEntity c where c.state = :state order by c.id", ChecklistEntity.class)
                .setParameter("state", se.avtalsvakt.api.cases.ChecklistState.OPEN).getResultList().stream()
                .map(ChecklistEntity::toRecord).toList());
    }

    public Optional<se.avtalsvakt.api.cases.Checklist> checklist(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(ChecklistEntity.class, id)).map(ChecklistEntity::toRecord));
    }

    public se.avtalsvakt.api.cases.Checklist insert(se.avtalsvakt.api.cases.Checklist checklist) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ChecklistEntity e = new ChecklistEntity(checklist);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    public se.avtalsvakt.api.cases.Checklist assignItem(long id, int number, String owner, LocalDate due) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ChecklistEntity e = em.find(ChecklistEntity.class, id);
            if (e == null) {
                throw new NotFoundException("checklist", String.valueOf(id));
            }
            if (!e.assign(number, owner, due)) {
                throw new NotFoundException("checklist item", id + "/" + number);
            }
            em.flush();
            return e.toRecord();
        });
    }

    public se.avtalsvakt.api.cases.Checklist completeChecklistItem(long id, int number, LocalDate on, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ChecklistEntity e = em.find(ChecklistEntity.class, id);
            if (e == null) {
                throw new NotFoundException("checklist", String.valueOf(id));
            }
            if (!e.complete(number, on, by)) {
                throw new NotFoundException("checklist item", id + "/" + number);
            }
            em.flush();
            return e.toRecord();
        });
    }

    // ---- local plans

    /** @return the agreement's local plans, by party */
    public java.util.Map<String, se.avtalsvakt.api.cases.LocalPlan> localPlans(String agreement) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            java.util.Map<String, se.avtalsvakt.api.cases.LocalPlan> plans = new java.util.TreeMap<>();
            em.createQuery("select p from LocalPlanEntity p where p.key.agreement = :agreement", LocalPlanEntity.class)
                    .setParameter("agreement", agreement).getResultList()
                    .forEach(p -> plans.put(p.toRecord().party(), p.toRecord()));
            return plans;
        });
    }

    public se.avtalsvakt.api.cases.LocalPlan save(se.avtalsvakt.api.cases.LocalPlan plan) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LocalPlanKey key = new LocalPlanKey(plan.agreement(), plan.party());
            LocalPlanEntity e = em.find(LocalPlanEntity.class, key);
            if (e == null) {
                e = new LocalPlanEntity(key);
                e.assign(plan);
                em.persist(e);
            } else {
                e.assign(plan);
            }
            em.flush();
            return e.toRecord();
        });
    }

    // ---- development issues

    public Page<se.avtalsvakt.api.cases.DevelopmentIssue> developmentIssues(String owner,
            se.avtalsvakt.api.cases.DevelopmentIssueState state, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Long> after = page.afterNumber();
            List<String> where = new ArrayList<>();
            if (owner != null) {
                where.add("i.owner = :owner");
            }
            if (state != null) {
                where.add("i.state = :state");
            }
            after.ifPresent(a -> where.add("i.id > :after"));
            TypedQuery<DevelopmentIssueEntity> q = em.createQuery("select i from DevelopmentIssueEntity i"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by i.id",
                    DevelopmentIssueEntity.class);
            if (owner != null) {
                q.setParameter("owner", owner);
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(DevelopmentIssueEntity::toRecord).toList(), page, i -> String.valueOf(i.id()));
        });
    }

    /** @return the issues not done or dropped that have a next review day, for deadlines */
    public List<se.avtalsvakt.api.cases.DevelopmentIssue> reviewsDue() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select i from DevelopmentIssueEntity i "
                + "where i.nextReview is not null and i.state in :states order by i.id", DevelopmentIssueEntity.class)
                .setParameter("states", List.of(se.avtalsvakt.api.cases.DevelopmentIssueState.OPEN,
                        se.avtalsvakt.api.cases.DevelopmentIssueState.IN_PROGRESS))
                .getResultList().stream().map(DevelopmentIssueEntity::toRecord).toList());
    }

    public Optional<se.avtalsvakt.api.cases.DevelopmentIssue> developmentIssue(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(
                em.find(DevelopmentIssueEntity.class, id)).map(DevelopmentIssueEntity::toRecord));
    }

    public se.avtalsvakt.api.cases.DevelopmentIssue insert(se.avtalsvakt.api.cases.DevelopmentIssue issue) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DevelopmentIssueEntity e = new DevelopmentIssueEntity(issue);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    public se.avtalsvakt.api.cases.DevelopmentIssue update(long id, se.avtalsvakt.api.cases.DevelopmentIssue issue) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DevelopmentIssueEntity e = em.find(DevelopmentIssueEntity.class, id);
            if (e == null) {
                throw new NotFoundException("development issue", String.valueOf(id));
            }
            // Hibernate inserts before it deletes orphans: clear the decisions and flush first
            e.clearDecisions();
            em.flush();
            e.assign(issue);
            em.flush();
            return e.toRecord();
        });
    }

    // ---- joint plans

    public Page<se.avtalsvakt.api.cases.JointPlan> jointPlans(String organisation, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Long> after = page.afterNumber();
            List<String> where = new ArrayList<>();
            if (organisation != null) {
                where.add("p.organisation = :organisation");
            }
            after.ifPresent(a -> where.add("p.id > :after"));
            TypedQuery<JointPlanEntity> q = em.createQuery("select p from JointPlanEntity p"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by p.id",
                    JointPlanEntity.class);
            if (organisation != null) {
                q.setParameter("organisation", organisation);
            }
            after.ifPresent(a -> q.setParameter("after", a));
            return Page.of(q.setMaxResults(page.limit() + 1).getResultList().stream().map(JointPlanEntity::toRecord)
                    .toList(), page, p -> String.valueOf(p.id()));
        });
    }

    /** @return the plans whose follow-up falls in the window (from null: every one up to {@code to}) */
    public List<se.avtalsvakt.api.cases.JointPlan> followUpsDue(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<JointPlanEntity> q = em.createQuery("select p from JointPlanEntity p where p.followUpOn <= :to"
                    + (from != null ? " and p.followUpOn >= :from" : "") + " order by p.followUpOn, p.id",
                    JointPlanEntity.class).setParameter("to", to);
            if (from != null) {
                q.setParameter("from", from);
            }
            return q.getResultList().stream().map(JointPlanEntity::toRecord).toList();
        });
    }

    public Optional<se.avtalsvakt.api.cases.JointPlan> jointPlan(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(JointPlanEntity.class, id)).map(JointPlanEntity::toRecord));
    }

    public se.avtalsvakt.api.cases.JointPlan insert(se.avtalsvakt.api.cases.JointPlan plan) {
        return jpa.txExpr(TransactionType.Required, em -> {
            JointPlanEntity e = new JointPlanEntity(plan);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    public se.avtalsvakt.api.cases.JointPlan followUp(long id, LocalDate on, LocalDate next) {
        return jpa.txExpr(TransactionType.Required, em -> {
            JointPlanEntity e = em.find(JointPlanEntity.class, id);
            if (e == null) {
                throw new NotFoundException("joint plan", String.valueOf(id));
            }
            e.followedUp(on, next);
            em.flush();
            return e.toRecord();
        });
    }
}
