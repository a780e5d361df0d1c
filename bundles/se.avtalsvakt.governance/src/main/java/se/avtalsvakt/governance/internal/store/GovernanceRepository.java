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
                .createQuery("select b from BodyEntity b order by b.level, b.name", BodyEntity.class)
                .getResultList().stream().map(BodyEntity::toRecord).toList());
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
