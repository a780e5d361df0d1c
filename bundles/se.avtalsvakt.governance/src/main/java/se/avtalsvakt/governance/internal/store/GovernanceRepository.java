package se.avtalsvakt.governance.internal.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Representative;

/** Bodies, representatives, meetings and decisions in the database; one transaction per method. */
@Component(service = GovernanceRepository.class)
public class GovernanceRepository {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    @Activate
    public GovernanceRepository(@Reference(target = "(osgi.unit.name=avtalsvakt-governance)") JpaTemplate jpa,
            @Reference GovernanceSchema schema, @Reference PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public List<Body> bodies() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select b from BodyEntity b left join fetch b.seats order by b.level, b.name",
                        BodyEntity.class)
                .getResultList().stream().distinct().map(BodyEntity::toRecord).toList());
    }

    public Optional<Body> body(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(BodyEntity.class, id)).map(BodyEntity::toRecord));
    }

    public Body save(Body body) {
        return jpa.txExpr(TransactionType.Required, em -> saveIn(em, body));
    }

    private static Body saveIn(EntityManager em, Body body) {
        BodyEntity e = em.find(BodyEntity.class, body.id());
        if (e == null) {
            e = new BodyEntity(body.id());
            e.assign(body);
            em.persist(e);
        } else {
            // Hibernate inserts before it deletes orphans: clear the seats and flush first
            e.clearSeats();
            em.flush();
            e.assign(body);
        }
        em.flush();
        return e.toRecord();
    }

    /** Inserts the bodies whose id is free, in one transaction (or in the caller's, when one is active). */
    public int insertMissing(List<Body> bodies) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int inserted = 0;
            for (Body b : bodies) {
                if (em.find(BodyEntity.class, b.id()) == null) {
                    saveIn(em, b);
                    inserted++;
                }
            }
            return inserted;
        });
    }

    /**
     * @param body         only this body's, or null
     * @param organisation only those representing this organisation, or null
     * @param on           only those in office that day, or null
     * @return the matching representatives by body, seat, person and id: one query, bounded by the filter
     */
    public List<Representative> representatives(String body, String organisation, LocalDate on) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            var q = em.createQuery("select r from RepresentativeEntity r where 1 = 1"
                    + (body != null ? " and r.body = :body" : "")
                    + (organisation != null ? " and r.organisation = :organisation" : "")
                    + (on != null ? " and r.from <= :on and (r.to is null or r.to >= :on)" : "")
                    + " order by r.body, r.seat, r.person, r.id", RepresentativeEntity.class);
            if (body != null) {
                q.setParameter("body", body);
            }
            if (organisation != null) {
                q.setParameter("organisation", organisation);
            }
            if (on != null) {
                q.setParameter("on", on);
            }
            return q.getResultList().stream().map(RepresentativeEntity::toRecord).toList();
        });
    }

    /** @return the representatives ever recorded in one seat of a body */
    public List<Representative> representativesInSeat(String body, String seat) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select r from RepresentativeEntity r where r.body = :body and r.seat = :seat"
                        + " order by r.person, r.id", RepresentativeEntity.class)
                .setParameter("body", body).setParameter("seat", seat)
                .getResultList().stream().map(RepresentativeEntity::toRecord).toList());
    }

    public Optional<Representative> representative(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(
                em.find(RepresentativeEntity.class, id)).map(RepresentativeEntity::toRecord));
    }

    /** @return every representative ever recorded: for a computation over every body (vacancies) */
    public List<Representative> representatives() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select r from RepresentativeEntity r order by r.body, r.seat, r.person, r.id",
                        RepresentativeEntity.class)
                .getResultList().stream().map(RepresentativeEntity::toRecord).toList());
    }

    public Representative insert(Representative r) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RepresentativeEntity e = new RepresentativeEntity(r);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    public Representative resign(long id, LocalDate lastDay, LocalDate notifiedOn, String principal,
            LocalDate principalNotifiedOn) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RepresentativeEntity e = em.find(RepresentativeEntity.class, id);
            if (e == null) {
                throw new NotFoundException("representative", String.valueOf(id));
            }
            e.resign(lastDay, notifiedOn, principal, principalNotifiedOn);
            em.flush();
            return e.toRecord();
        });
    }

    /**
     * @param body only this body's, or null
     * @param year only this calendar year's, or null
     * @return the meetings with their people and decisions, by date then id: a bounded query and one query per
     *         collection, not one per meeting
     */
    public List<Meeting> meetings(String body, Integer year) {
        return meetings(body, year, null, null, Integer.MAX_VALUE);
    }

    /** @return the meetings on or after a day, of every body, by date then id */
    public List<Meeting> meetingsFrom(LocalDate since) {
        return meetings(null, null, since, null, Integer.MAX_VALUE);
    }

    /**
     * One page of the meetings by date then id, with a keyset query.
     *
     * @param body only this body's, or null
     * @param year only this calendar year's, or null
     */
    public se.avtalsvakt.api.page.Page<Meeting> meetings(String body, Integer year,
            se.avtalsvakt.api.page.PageRequest request) {
        MeetingKey after = request.after().map(MeetingKey::parse).orElse(null);
        return se.avtalsvakt.api.page.Page.of(meetings(body, year, null, after, request.limit() + 1), request,
                m -> MeetingKey.of(m.date(), m.id()));
    }

    /** @return the meeting with its people and decisions */
    public Optional<Meeting> meeting(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MeetingEntity e = em.find(MeetingEntity.class, id);
            if (e == null) {
                return Optional.<Meeting>empty();
            }
            List<Decision> decisions = em.createQuery("select d from DecisionEntity d where d.meeting = :m"
                    + " order by d.id", DecisionEntity.class).setParameter("m", id).getResultList().stream()
                    .map(DecisionEntity::toRecord).toList();
            return Optional.of(e.toRecord(decisions));
        });
    }

    /** A meeting's place in the list: its day and its id. */
    private record MeetingKey(LocalDate date, long id) {

        static String of(LocalDate date, long id) {
            return date + "\u0000" + String.format("%019d", id);
        }

        static MeetingKey parse(String key) {
            int sep = key.indexOf('\u0000');
            try {
                return new MeetingKey(LocalDate.parse(key.substring(0, sep)), Long.parseLong(key.substring(sep + 1)));
            } catch (RuntimeException e) {
                throw new se.avtalsvakt.api.ValidationException("cursor", "not a cursor of this list: take it from"
                        + " the Link header of the page before");
            }
        }
    }

    private List<Meeting> meetings(String body, Integer year, LocalDate since, MeetingKey after, int max) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = " where 1 = 1" + (body != null ? " and m.body = :body" : "")
                    + (since != null ? " and m.date >= :since" : "")
                    + (year != null ? " and m.date >= :first and m.date <= :last" : "")
                    + (after != null ? " and (m.date > :afterDate or (m.date = :afterDate and m.id > :afterId))" : "");
            var q = em.createQuery("select m from MeetingEntity m" + where + " order by m.date, m.id",
                    MeetingEntity.class);
            bind(q, body, year, after);
            if (since != null) {
                q.setParameter("since", since);
            }
            if (max < Integer.MAX_VALUE) {
                q.setMaxResults(max);
            }
            List<MeetingEntity> found = q.getResultList();
            if (found.isEmpty()) {
                return List.<Meeting>of();
            }
            List<Long> ids = found.stream().map(MeetingEntity::id).toList();
            // the people as selected rows: fetch-joining an element collection takes Hibernate 5.6 time quadratic
            // in its rows
            Map<Long, java.util.TreeMap<Integer, Long>> attendees = people(em, "attendees", ids);
            Map<Long, java.util.TreeMap<Integer, Long>> signers = people(em, "signers", ids);
            Map<Long, List<Decision>> decisions = em
                    .createQuery("select d from DecisionEntity d where d.meeting in :ids order by d.id",
                            DecisionEntity.class)
                    .setParameter("ids", ids).getResultList().stream()
                    .collect(Collectors.groupingBy(DecisionEntity::meeting,
                            Collectors.mapping(DecisionEntity::toRecord, Collectors.toList())));
            return found.stream().map(m -> m.toRecord(
                    List.copyOf(attendees.getOrDefault(m.id(), new java.util.TreeMap<>()).values()),
                    List.copyOf(signers.getOrDefault(m.id(), new java.util.TreeMap<>()).values()),
                    decisions.getOrDefault(m.id(), List.of()))).toList();
        });
    }

    private static Map<Long, java.util.TreeMap<Integer, Long>> people(EntityManager em, String collection,
            List<Long> meetings) {
        Map<Long, java.util.TreeMap<Integer, Long>> byMeeting = new java.util.HashMap<>();
        em.createQuery("select m.id, index(p), p from MeetingEntity m join m." + collection + " p where m.id in :ids",
                Object[].class).setParameter("ids", meetings).getResultList()
                .forEach(row -> byMeeting.computeIfAbsent((Long) row[0], k -> new java.util.TreeMap<>())
                        .put(((Number) row[1]).intValue(), (Long) row[2]));
        return byMeeting;
    }

    private static void bind(javax.persistence.TypedQuery<?> q, String body, Integer year, MeetingKey after) {
        if (body != null) {
            q.setParameter("body", body);
        }
        if (year != null) {
            q.setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
        }
        if (after != null) {
            q.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
        }
    }

    /** @return every meeting with its decisions, by date */
    public List<Meeting> meetings() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, List<Decision>> decisions = em
                    .createQuery("select d from DecisionEntity d order by d.id", DecisionEntity.class)
                    .getResultList().stream()
                    .collect(Collectors.groupingBy(DecisionEntity::meeting,
                            Collectors.mapping(DecisionEntity::toRecord, Collectors.toList())));
            return em.createQuery("select m from MeetingEntity m order by m.date, m.id", MeetingEntity.class)
                    .getResultList().stream()
                    .map(m -> {
                        Meeting plain = m.toRecord(List.of());
                        return m.toRecord(decisions.getOrDefault(plain.id(), List.of()));
                    }).toList();
        });
    }

    public Meeting insert(Meeting m) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity e = new MeetingEntity(m);
            em.persist(e);
            em.flush();
            return e.toRecord(List.of());
        });
    }

    /** Replaces a meeting's record; its body and decisions stay. */
    public void update(long id, Meeting m) {
        jpa.tx(TransactionType.Required, em -> {
            MeetingEntity e = em.find(MeetingEntity.class, id);
            if (e == null) {
                throw new NotFoundException("meeting", String.valueOf(id));
            }
            e.clearPeople();
            em.flush();
            e.assign(m);
            em.flush();
        });
    }

    public Decision insert(long meetingId, Decision d) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(MeetingEntity.class, meetingId) == null) {
                throw new NotFoundException("meeting", String.valueOf(meetingId));
            }
            DecisionEntity e = new DecisionEntity(meetingId, d);
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }
}
