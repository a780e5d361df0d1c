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
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.DeliveryState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

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
     * @param sources only alerts of these deadline sources, or null for all
     * @return the earliest practical date of an alert that is not resolved, {@code overdue} alerts aside (they are
     *         checked against the sources' overdue deadlines, whatever their date)
     */
    public Optional<LocalDate> earliestUnresolved(Collection<String> sources) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> bySources(em.createQuery(
                "select min(a.practicalDate) from AlertEntity a where a.state <> :resolved and a.threshold <> :overdue"
                        + inSources(sources), LocalDate.class), sources)
                .setParameter("resolved", AlertState.RESOLVED.name())
                .setParameter("overdue", Alert.OVERDUE).getSingleResult()));
    }

    /** @return the earliest practical date of any source's alert that is not resolved, {@code overdue} aside */
    public Optional<LocalDate> earliestUnresolved() {
        return earliestUnresolved(null);
    }

    /**
     * @param sources only alerts of these deadline sources, or null for all
     * @return the latest practical date of an alert that is not resolved, {@code overdue} alerts aside
     */
    public Optional<LocalDate> latestUnresolved(Collection<String> sources) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> bySources(em.createQuery(
                "select max(a.practicalDate) from AlertEntity a where a.state <> :resolved and a.threshold <> :overdue"
                        + inSources(sources), LocalDate.class), sources)
                .setParameter("resolved", AlertState.RESOLVED.name())
                .setParameter("overdue", Alert.OVERDUE).getSingleResult()));
    }

    /** @return the latest practical date of any source's alert that is not resolved, {@code overdue} aside */
    public Optional<LocalDate> latestUnresolved() {
        return latestUnresolved(null);
    }

    private static String inSources(Collection<String> sources) {
        return sources == null ? "" : " and a.source in :sources";
    }

    private static <Q extends javax.persistence.TypedQuery<?>> Q bySources(Q query, Collection<String> sources) {
        if (sources != null) {
            query.setParameter("sources", sources.isEmpty() ? List.of("") : sources);
        }
        return query;
    }

    /** @return every step raised for deadlines whose practical date is on or after {@code from}, in any state */
    public List<Step> stepsFrom(LocalDate from) {
        return stepsFrom(from, null);
    }

    /**
     * @param sources only alerts of these deadline sources, or null for all
     * @return every step raised for deadlines whose practical date is on or after {@code from}, in any state
     */
    public List<Step> stepsFrom(LocalDate from, Collection<String> sources) {
        return jpa.txExpr(TransactionType.Supports, em -> bySources(em.createQuery(
                "select a.id, a.source, a.subject, a.kind, a.dueDate, a.threshold, a.state from AlertEntity a "
                        + "where a.practicalDate >= :from" + inSources(sources), Object[].class), sources)
                .setParameter("from", from).getResultList().stream().map(AlertStore::step).toList());
    }

    /** @return every {@code overdue} alert that is not resolved */
    public List<Step> openOverdue() {
        return openOverdue(null);
    }

    /**
     * @param sources only alerts of these deadline sources, or null for all
     * @return every {@code overdue} alert that is not resolved
     */
    public List<Step> openOverdue(Collection<String> sources) {
        return jpa.txExpr(TransactionType.Supports, em -> bySources(em.createQuery(
                "select a.id, a.source, a.subject, a.kind, a.dueDate, a.threshold, a.state from AlertEntity a "
                        + "where a.threshold = :overdue and a.state <> :resolved" + inSources(sources),
                Object[].class), sources)
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
        java.util.Map<String, LocalDate> scanned = new java.util.LinkedHashMap<>();
        sources.forEach(source -> scanned.put(source, scanDate));
        return recordScan(raise, resolve, channels, scanned, now);
    }

    /**
     * As {@link #recordScan(List, List, Collection, Collection, LocalDate, Instant)}, with the date to remember per
     * source: a source whose scan was cut short keeps an earlier date, so that the next scan raises what was left.
     */
    public List<Alert> recordScan(List<NewAlert> raise, List<Resolution> resolve, Collection<String> channels,
            java.util.Map<String, LocalDate> scanned, Instant now) {
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
            for (java.util.Map.Entry<String, LocalDate> s : scanned.entrySet()) {
                ScanEntity scan = em.find(ScanEntity.class, s.getKey());
                if (scan == null) {
                    em.persist(new ScanEntity(s.getKey(), s.getValue(), now));
                } else {
                    scan.scanned(s.getValue(), now);
                }
            }
            em.flush();
            return created.stream().map(AlertEntity::toRecord).toList();
        });
    }

    /**
     * @param limit at most this many, the newest
     * @return the alerts, newest first (by id)
     */
    public List<Alert> list(AlertState state, boolean undeliveredOnly, int limit) {
        return page(AlertFilter.of(state, undeliveredOnly), PageRequest.first(limit)).items();
    }

    /**
     * One page of alerts, newest first: a keyset query on the id (the cursor is the id of the last alert of the page
     * before), then the page's alerts with their deliveries in one query.
     */
    public Page<Alert> page(AlertFilter filter, PageRequest request) {
        Optional<Long> before = request.afterNumber();
        return jpa.txExpr(TransactionType.Supports, em -> {
            var ids = where(em.createQuery("select a.id from AlertEntity a where "
                    + conditions(filter, before.isPresent()) + " order by a.id desc", Long.class), filter);
            before.ifPresent(id -> ids.setParameter("before", id));
            List<Long> fetched = ids.setMaxResults(request.limit() + 1).getResultList();
            if (fetched.isEmpty()) {
                return Page.<Alert>all(List.of());
            }
            java.util.Map<Long, Alert> byId = new java.util.HashMap<>();
            em.createQuery("select distinct a from AlertEntity a left join fetch a.deliveries where a.id in :ids",
                    AlertEntity.class).setParameter("ids", fetched).getResultList()
                    .forEach(e -> byId.put(e.id(), e.toRecord()));
            List<Alert> alerts = fetched.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            return Page.of(alerts, request, a -> Long.toString(a.id()));
        });
    }

    /** @return how many alerts pass the filter */
    public long count(AlertFilter filter) {
        return jpa.txExpr(TransactionType.Supports, em -> where(em.createQuery(
                "select count(a) from AlertEntity a where " + conditions(filter, false), Long.class), filter)
                .getSingleResult());
    }

    private static String conditions(AlertFilter f, boolean before) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (f.state() != null) {
            q.append(" and a.state = :state");
        }
        if (f.undeliveredOnly()) {
            q.append(" and exists (select d.channel from DeliveryEntity d where d.alert = a and d.state = :pending)");
        }
        if (f.kind() != null) {
            q.append(" and a.kind = :kind");
        }
        if (f.source() != null) {
            q.append(" and a.source = :source");
        }
        if (f.addressee() != null) {
            q.append(" and a.addressee = :addressee");
        }
        if (before) {
            q.append(" and a.id < :before");
        }
        return q.toString();
    }

    private static <T> javax.persistence.TypedQuery<T> where(javax.persistence.TypedQuery<T> query, AlertFilter f) {
        if (f.state() != null) {
            query.setParameter("state", f.state().name());
        }
        if (f.undeliveredOnly()) {
            query.setParameter("pending", DeliveryState.PENDING.name());
        }
        if (f.kind() != null) {
            query.setParameter("kind", f.kind());
        }
        if (f.source() != null) {
            query.setParameter("source", f.source());
        }
        if (f.addressee() != null) {
            query.setParameter("addressee", f.addressee());
        }
        return query;
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
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> due = em.createQuery(
                    "select d.alert.id, d.channel from DeliveryEntity d where d.state = :pending "
                            + "and d.channel in :channels and d.nextAttemptAt <= :now "
                            + "order by d.nextAttemptAt, d.alert.id", Object[].class)
                    .setParameter("pending", DeliveryState.PENDING.name()).setParameter("channels", channels)
                    .setParameter("now", now).setMaxResults(max).getResultList();
            if (due.isEmpty()) {
                return List.<DueDelivery>of();
            }
            // the alerts with their deliveries in one query, not one per alert
            java.util.Map<Long, Alert> alerts = new java.util.HashMap<>();
            em.createQuery("select distinct a from AlertEntity a left join fetch a.deliveries where a.id in :ids",
                    AlertEntity.class).setParameter("ids", due.stream().map(r -> (Long) r[0]).distinct().toList())
                    .getResultList().forEach(e -> alerts.put(e.id(), e.toRecord()));
            return due.stream().filter(r -> alerts.containsKey((Long) r[0]))
                    .map(r -> new DueDelivery(alerts.get((Long) r[0]), (String) r[1])).toList();
        });
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
