package se.avtalsvakt.alerting.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.DeliveryState;

/**
 * Alerts, their deliveries and the last scan, through Aries JPA. Every method is one transaction; callers get API
 * records.
 */
@Component(service = AlertStore.class)
public class AlertStore {

    /** A raised step, as the scan needs it. */
    public record Step(long id, String source, String subject, String kind, LocalDate dueDate, String threshold,
                       AlertState state) {
    }

    /** An alert to resolve, and why. */
    public record Resolution(long id, String reason) {
    }

    /** A delivery that is due: the alert and the channel to hand it to. */
    public record DueDelivery(Alert alert, String channel) {
    }

    static final int SUBJECTS_PER_QUERY = 500;

    private final JpaTemplate jpa;

    @Activate
    public AlertStore(@Reference(target = "(osgi.unit.name=avtalsvakt-alerting)") JpaTemplate jpa,
            @Reference AlertingSchema schema) {
        this.jpa = jpa;
    }

    /** @return per deadline source, the platform date of the last scan that heard from it */
    public java.util.Map<String, LocalDate> lastScans() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select s from ScanEntity s", ScanEntity.class).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(ScanEntity::source, ScanEntity::lastScanDate)));
    }

    /**
     * @return the earliest practical date of an alert that is not resolved, {@code overdue} alerts aside (they are
     *         checked against the sources' overdue deadlines, whatever their date)
     */
    public Optional<LocalDate> earliestUnresolved() {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select min(a.practicalDate) from AlertEntity a where a.state <> :resolved and a.threshold <> :overdue",
                LocalDate.class).setParameter("resolved", AlertState.RESOLVED.name())
                .setParameter("overdue", Alert.OVERDUE).getSingleResult()));
    }

    /** @return the latest practical date of an alert that is not resolved, {@code overdue} alerts aside */
    public Optional<LocalDate> latestUnresolved() {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select max(a.practicalDate) from AlertEntity a where a.state <> :resolved and a.threshold <> :overdue",
                LocalDate.class).setParameter("resolved", AlertState.RESOLVED.name())
                .setParameter("overdue", Alert.OVERDUE).getSingleResult()));
    }

    /** @return every step raised for deadlines whose practical date is on or after {@code from}, in any state */
    public List<Step> stepsFrom(LocalDate from) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select a.id, a.source, a.subject, a.kind, a.dueDate, a.threshold, a.state from AlertEntity a "
                        + "where a.practicalDate >= :from", Object[].class)
                .setParameter("from", from).getResultList().stream()
                .map(r -> new Step((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                        (String) r[5], AlertState.valueOf((String) r[6])))
                .toList());
    }

    /** @return every {@code overdue} alert that is not resolved */
    public List<Step> openOverdue() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select a.id, a.source, a.subject, a.kind, a.dueDate, a.threshold, a.state from AlertEntity a "
                        + "where a.threshold = :overdue and a.state <> :resolved", Object[].class)
                .setParameter("overdue", Alert.OVERDUE).setParameter("resolved", AlertState.RESOLVED.name())
                .getResultList().stream().map(AlertStore::step).toList());
    }

    /**
     * @param source   a deadline source
     * @param subjects subjects of that source
     * @return every step raised for those subjects, in any state, whatever its date (looked up
     *         {@value #SUBJECTS_PER_QUERY} subjects at a time)
     */
    public List<Step> stepsOf(String source, Collection<String> subjects) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(subjects));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SUBJECTS_PER_QUERY) {
            List<String> part = all.subList(i, Math.min(all.size(), i + SUBJECTS_PER_QUERY));
            steps.addAll(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select a.id, a.source, a.subject, a.kind, a.dueDate, a.threshold, a.state from AlertEntity a "
                            + "where a.source = :source and a.subject in :subjects", Object[].class)
                    .setParameter("source", source).setParameter("subjects", part)
                    .getResultList().stream().map(AlertStore::step).toList()));
        }
        return steps;
    }

    private static Step step(Object[] r) {
        return new Step((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (String) r[5],
                AlertState.valueOf((String) r[6]));
    }

    /**
     * Records one scan: raises the new alerts (each with a pending delivery per channel), resolves the others and
     * remembers the scan's date for each source it heard from — all or nothing.
     *
     * @return the alerts raised
     */
    public List<Alert> recordScan(List<NewAlert> raise, List<Resolution> resolve, Collection<String> channels,
            Collection<String> sources, LocalDate scanDate, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AlertEntity> created = new ArrayList<>();
            for (NewAlert n : raise) {
                AlertEntity e = new AlertEntity(n, now);
                for (String channel : channels) {
                    e.deliveries().add(new DeliveryEntity(e, channel, now));
                }
                if (n.resolution() != null) {
                    e.resolve(n.resolution(), now);
                }
                em.persist(e);
                created.add(e);
            }
            for (Resolution r : resolve) {
                AlertEntity e = em.find(AlertEntity.class, r.id());
                if (e != null && e.state() != AlertState.RESOLVED) {
                    e.resolve(r.reason(), now);
                }
            }
            for (String source : sources) {
                ScanEntity scan = em.find(ScanEntity.class, source);
                if (scan == null) {
                    em.persist(new ScanEntity(source, scanDate, now));
                } else {
                    scan.scanned(scanDate, now);
                }
            }
            em.flush();
            return created.stream().map(AlertEntity::toRecord).toList();
        });
    }

    /**
     * @param state           only this state, or null
     * @param undeliveredOnly only alerts with a pending delivery
     * @return the alerts, newest first
     */
    public List<Alert> list(AlertState state, boolean undeliveredOnly) {
        return list(state, undeliveredOnly, Integer.MAX_VALUE);
    }

    /**
     * @param limit at most this many, the newest
     * @return the alerts, newest first
     */
    public List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        StringBuilder q = new StringBuilder("select a from AlertEntity a where 1 = 1");
        if (state != null) {
            q.append(" and a.state = :state");
        }
        if (undeliveredOnly) {
            q.append(" and exists (select d.channel from DeliveryEntity d where d.alert = a and d.state = :pending)");
        }
        q.append(" order by a.raisedFor desc, a.id desc");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery(q.toString(), AlertEntity.class);
            if (state != null) {
                query.setParameter("state", state.name());
            }
            if (undeliveredOnly) {
                query.setParameter("pending", DeliveryState.PENDING.name());
            }
            if (limit < Integer.MAX_VALUE) {
                query.setMaxResults(limit);
            }
            return query.getResultList().stream().map(AlertEntity::toRecord).toList();
        });
    }

    public Alert get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toRecord());
    }

    /** Acknowledges an open alert; an acknowledged one is returned as it is. */
    public Alert acknowledge(long id, String by, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AlertEntity e = find(em, id);
            switch (e.state()) {
                case OPEN -> e.acknowledge(by, now);
                case RESOLVED -> throw new ConflictException("alert " + id + " is already resolved");
                default -> {
                    // acknowledged before: nothing changes
                }
            }
            em.flush();
            return e.toRecord();
        });
    }

    /** @return the pending deliveries of these channels whose next attempt is due, oldest first */
    public List<DueDelivery> dueDeliveries(Collection<String> channels, Instant now, int max) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select d from DeliveryEntity d where d.state = :pending and d.channel in :channels "
                        + "and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.alert.id", DeliveryEntity.class)
                .setParameter("pending", DeliveryState.PENDING.name()).setParameter("channels", channels)
                .setParameter("now", now).setMaxResults(max).getResultList().stream()
                .map(d -> new DueDelivery(d.alert().toRecord(), d.channel())).toList());
    }

    public void delivered(long alertId, String channel, Instant now) {
        jpa.tx(TransactionType.Required, em -> delivery(em, alertId, channel).delivered(now));
    }

    public void failed(long alertId, String channel, String error, Instant now, Duration firstWait,
            Duration longestWait) {
        jpa.tx(TransactionType.Required,
                em -> delivery(em, alertId, channel).failed(error, now, firstWait, longestWait));
    }

    private static DeliveryEntity delivery(javax.persistence.EntityManager em, long alertId, String channel) {
        return find(em, alertId).deliveries().stream().filter(d -> d.channel().equals(channel)).findFirst()
                .orElseThrow(() -> new NotFoundException("delivery", alertId + "/" + channel));
    }

    private static AlertEntity find(javax.persistence.EntityManager em, long id) {
        AlertEntity e = em.find(AlertEntity.class, id);
        if (e == null) {
            throw new NotFoundException("alert", Long.toString(id));
        }
        return e;
    }
}
