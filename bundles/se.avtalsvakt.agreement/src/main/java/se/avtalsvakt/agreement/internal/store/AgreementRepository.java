package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.RenegotiationRequest;
import se.avtalsvakt.api.agreement.Revision;
import se.avtalsvakt.api.agreement.TermChange;
import se.avtalsvakt.api.agreement.TerminationNotice;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.PlatformClock;

/**
 * Organisations and agreements in the database, through Aries JPA. Every method is one transaction; the
 * entities never leave it: callers get API records.
 */
@Component(service = AgreementRepository.class)
public class AgreementRepository {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    @Activate
    public AgreementRepository(
            @Reference(target = "(osgi.unit.name=avtalsvakt-agreement)") JpaTemplate jpa,
            @Reference AgreementSchema schema,
            @Reference PlatformClock platformClock) {
        this.jpa = jpa;
        this.clock = platformClock;
    }

    public List<Organisation> organisations() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select o from OrganisationEntity o order by o.kind, o.name", OrganisationEntity.class)
                .getResultList().stream().map(OrganisationEntity::toRecord).toList());
    }

    public Optional<Organisation> organisation(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(OrganisationEntity.class, id)).map(OrganisationEntity::toRecord));
    }

    /**
     * @return every agreement by id, read with its collections in a fixed number of queries however many there are
     *         (the agreements, then one query per collection: no lazy loading one agreement at a time, and no
     *         cartesian product of the collections)
     */
    public List<Agreement> agreements() {
        return jpa.txExpr(TransactionType.Supports, em -> loaded(em, null));
    }

    /**
     * @param ids agreement ids (at most a page's worth)
     * @return those that exist, by id, read with their collections in a fixed number of queries
     */
    public List<Agreement> agreements(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> loaded(em, ids));
    }

    /**
     * Reads agreements and each of their collections with one query per collection, as (owner id, position,
     * element) rows, and puts the records together. The collections are selected, not fetch-joined: Hibernate
     * 5.6 takes time quadratic in the number of rows to fetch-join an element collection (50 s for 16 000 parties
     * on a loaded machine, against 0.1 s for the same rows selected).
     *
     * @param ids the agreements to read, or null for every agreement
     */
    private static List<Agreement> loaded(EntityManager em, java.util.Collection<String> ids) {
        String where = ids == null ? "" : " where a.id in :ids";
        List<Object[]> roots = bind(em.createQuery("select " + AgreementEntity.COLUMNS + " from AgreementEntity a"
                + where + " order by a.id", Object[].class), ids).getResultList();
        if (roots.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, List<se.avtalsvakt.api.agreement.Party>> parties = indexed(bind(em.createQuery(
                "select a.id, index(p), p from AgreementEntity a join a.parties p" + where, Object[].class), ids)
                .getResultList(), row -> ((PartyEmbeddable) row[2]).toRecord());
        java.util.Map<String, List<String>> references = indexed(bind(em.createQuery(
                "select a.id, index(r), r from AgreementEntity a join a.references r" + where, Object[].class), ids)
                .getResultList(), row -> (String) row[2]);
        java.util.Map<String, List<se.avtalsvakt.api.agreement.DecisionStep>> decisions = indexed(bind(em.createQuery(
                "select a.id, index(d), d from AgreementEntity a join a.decisions d" + where, Object[].class), ids)
                .getResultList(), row -> ((DecisionStepEmbeddable) row[2]).toRecord());
        java.util.Map<Long, List<se.avtalsvakt.api.agreement.Revision>> revisions = indexed(bind(em.createQuery(
                "select s.id, index(r), r from AgreementEntity a join a.specifications s join s.revisions r" + where,
                Object[].class), ids).getResultList(), row -> ((RevisionEntity) row[2]).toRecord());
        java.util.Map<String, List<se.avtalsvakt.api.agreement.Specification>> specifications = indexed(bind(
                em.createQuery("select a.id, index(s), s from AgreementEntity a join a.specifications s" + where,
                        Object[].class), ids).getResultList(), row -> {
                            SpecificationEntity spec = (SpecificationEntity) row[2];
                            return spec.toRecord(revisions.getOrDefault(spec.id(), List.of()));
                        });
        java.util.Map<String, List<se.avtalsvakt.api.agreement.TerminationNotice>> notices =
                new java.util.HashMap<>();
        bind(em.createQuery("select a.id, n from AgreementEntity a join a.notices n" + where
                + " order by n.receivedOn, n.id", Object[].class), ids).getResultList()
                .forEach(row -> notices.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>())
                        .add(((TerminationNoticeEntity) row[1]).toRecord()));
        List<Agreement> found = new java.util.ArrayList<>(roots.size());
        for (Object[] a : roots) {
            String id = (String) a[0];
            found.add(AgreementEntity.toRecord(a, parties.getOrDefault(id, List.of()),
                    references.getOrDefault(id, List.of()), specifications.getOrDefault(id, List.of()),
                    notices.getOrDefault(id, List.of()), decisions.getOrDefault(id, List.of())));
        }
        return found;
    }

    private static <T> javax.persistence.TypedQuery<T> bind(javax.persistence.TypedQuery<T> query,
            java.util.Collection<String> ids) {
        return ids == null ? query : query.setParameter("ids", ids);
    }

    /** @return rows of (owner, position, element) as each owner's elements in position order */
    private static <K, V> java.util.Map<K, List<V>> indexed(List<Object[]> rows,
            java.util.function.Function<Object[], V> element) {
        java.util.Map<K, java.util.TreeMap<Integer, V>> byOwner = new java.util.HashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            K owner = (K) row[0];
            byOwner.computeIfAbsent(owner, k -> new java.util.TreeMap<>()).put(((Number) row[1]).intValue(),
                    element.apply(row));
        }
        java.util.Map<K, List<V>> lists = new java.util.HashMap<>();
        byOwner.forEach((owner, positions) -> lists.put(owner, List.copyOf(positions.values())));
        return lists;
    }

    /** @return at most {@code limit} agreement ids that start with {@code prefix}, in order: one bounded query */
    public List<String> agreementIds(String prefix, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select a.id from AgreementEntity a"
                + " where a.id >= :from and a.id < :to order by a.id", String.class)
                .setParameter("from", prefix).setParameter("to", prefix + Character.MAX_VALUE)
                .setMaxResults(limit).getResultList());
    }

    public Optional<Agreement> agreement(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(AgreementEntity.class, id)).map(AgreementEntity::toRecord));
    }

    /** Inserts a new agreement; the caller has checked that the id is free. */
    public Agreement insert(Agreement a) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AgreementEntity e = new AgreementEntity(a.id(), now());
            e.assign(a, now());
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    /** Replaces an existing agreement's registration. */
    public Agreement replace(Agreement a) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AgreementEntity e = existing(em, a.id());
            e.clearChildren();
            em.flush();
            e.assign(a, now());
            em.flush();
            return e.toRecord();
        });
    }

    public Agreement addRevision(String agreementId, String specificationId, Revision revision) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AgreementEntity e = existing(em, agreementId);
            SpecificationEntity s = e.specification(specificationId);
            if (s == null) {
                throw new NotFoundException("specification", agreementId + "/" + specificationId);
            }
            s.addRevision(revision);
            e.touch(now());
            em.flush();
            return e.toRecord();
        });
    }

    /** Records a validated notice, stamped with the platform clock's time of recording. */
    public Agreement addNotice(String agreementId, TerminationNotice notice) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AgreementEntity e = existing(em, agreementId);
            e.addNotice(notice.recorded(now()));
            e.touch(now());
            em.flush();
            return e.toRecord();
        });
    }

    /**
     * Records the withdrawal of notice {@code index} (0-based), stamped with the time of recording.
     *
     * @throws NotFoundException if there is no such notice
     */
    public Agreement withdrawNotice(String agreementId, int index, NoticeWithdrawal withdrawal) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AgreementEntity e = existing(em, agreementId);
            TerminationNoticeEntity n = e.notice(index);
            if (n == null) {
                throw new NotFoundException("termination notice", agreementId + "/" + (index + 1));
            }
            n.withdraw(new NoticeWithdrawal(withdrawal.on(), withdrawal.reason(), now()));
            e.touch(now());
            em.flush();
            return e.toRecord();
        });
    }

    /** Records a validated renegotiation request of an existing agreement. */
    public RenegotiationRequest addRenegotiation(String agreementId, RenegotiationRequest request) {
        return jpa.txExpr(TransactionType.Required, em -> {
            existing(em, agreementId);
            RenegotiationEntity e = new RenegotiationEntity(agreementId, request, now());
            em.persist(e);
            em.flush();
            return e.toRecord();
        });
    }

    /** @return the renegotiation requests of one agreement, or of all (null), oldest first, with their agreement */
    public java.util.Map<String, List<RenegotiationRequest>> renegotiations(String agreementId) {
        return jpa.txExpr(TransactionType.Supports, em -> (agreementId == null
                ? em.createQuery("select r from RenegotiationEntity r order by r.requestedOn, r.id",
                        RenegotiationEntity.class)
                : em.createQuery("select r from RenegotiationEntity r where r.agreement = :agreement "
                        + "order by r.requestedOn, r.id", RenegotiationEntity.class)
                        .setParameter("agreement", agreementId))
                .getResultList().stream().collect(java.util.stream.Collectors.groupingBy(
                        RenegotiationEntity::agreement, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(RenegotiationEntity::toRecord,
                                java.util.stream.Collectors.toList()))));
    }

    /** Writes a validated document in one transaction (or in the caller's, when one is active). */
    public ImportResult importDocument(ExchangeDocument doc, ImportMode mode) {
        return jpa.txExpr(TransactionType.Required, em -> new DocumentWriter(em, mode, now()).write(doc));
    }

    /** @return the recorded term changes of one agreement, or of all when {@code agreementId} is null */
    public List<TermChange> termChanges(String agreementId) {
        return jpa.txExpr(TransactionType.Supports, em -> (agreementId == null
                ? em.createQuery("select c from TermChangeEntity c order by c.effectiveOn, c.agreement, c.id",
                        TermChangeEntity.class)
                : em.createQuery("select c from TermChangeEntity c where c.agreement = :agreement "
                        + "order by c.effectiveOn, c.id", TermChangeEntity.class).setParameter("agreement", agreementId))
                .getResultList().stream().map(TermChangeEntity::toRecord).toList());
    }

    /** @return the recorded term changes of every agreement effective in {@code [from, to]}: one indexed query */
    public List<TermChange> termChanges(java.time.LocalDate from, java.time.LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select c from TermChangeEntity c"
                + " where c.effectiveOn >= :from and c.effectiveOn <= :to order by c.effectiveOn, c.agreement, c.id",
                TermChangeEntity.class).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(TermChangeEntity::toRecord).toList());
    }

    /**
     * One page of the recorded term changes, in the order of {@link #termChanges(String)}: a keyset query on
     * (effective day, agreement, row id), however long the history.
     *
     * @param agreementId one agreement's, or null for every agreement's
     */
    public se.avtalsvakt.api.page.Page<TermChange> termChanges(String agreementId,
            se.avtalsvakt.api.page.PageRequest request) {
        java.util.Optional<String> after = request.after();
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("select c from TermChangeEntity c where 1 = 1");
            if (agreementId != null) {
                jpql.append(" and c.agreement = :agreement");
            }
            TermChangeKey key = after.map(TermChangeKey::parse).orElse(null);
            if (key != null) {
                jpql.append(" and (c.effectiveOn > :on or (c.effectiveOn = :on and (c.agreement > :a"
                        + " or (c.agreement = :a and c.id > :id))))");
            }
            jpql.append(" order by c.effectiveOn, c.agreement, c.id");
            var q = em.createQuery(jpql.toString(), TermChangeEntity.class).setMaxResults(request.limit() + 1);
            if (agreementId != null) {
                q.setParameter("agreement", agreementId);
            }
            if (key != null) {
                q.setParameter("on", key.on()).setParameter("a", key.agreement()).setParameter("id", key.id());
            }
            List<TermChangeEntity> rows = q.getResultList();
            se.avtalsvakt.api.page.Page<TermChangeEntity> page = se.avtalsvakt.api.page.Page.of(rows, request,
                    TermChangeKey::of);
            return page.map(TermChangeEntity::toRecord);
        });
    }

    /** A term change's place in the history: its day, its agreement and its row id. */
    private record TermChangeKey(java.time.LocalDate on, String agreement, long id) {

        static String of(TermChangeEntity e) {
            return e.effectiveOn() + "\u0000" + e.agreement() + "\u0000" + String.format("%019d", e.id());
        }

        static TermChangeKey parse(String key) {
            String[] parts = key.split("\u0000", -1);
            try {
                return new TermChangeKey(java.time.LocalDate.parse(parts[0]), parts[1], Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new se.avtalsvakt.api.ValidationException("cursor", "not a cursor of this list: take it from"
                        + " the Link header of the page before");
            }
        }
    }

    /**
     * Records those of {@code changes} not recorded yet, in one transaction.
     *
     * @return the ones recorded now
     */
    public List<TermChange> recordNew(List<TermChange> changes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            em.createQuery("select c from TermChangeEntity c", TermChangeEntity.class).getResultList()
                    .forEach(c -> known.add(key(c.toRecord())));
            List<TermChange> recorded = new java.util.ArrayList<>();
            for (TermChange c : changes) {
                if (known.add(key(c))) {
                    em.persist(new TermChangeEntity(c));
                    recorded.add(c);
                }
            }
            return recorded;
        });
    }

    private static String key(TermChange c) {
        return c.agreement() + "/" + c.kind() + "/" + c.termNumber() + (c.party() == null ? "" : "/" + c.party());
    }

    private Instant now() {
        return clock.now().toInstant();
    }

    private static AgreementEntity existing(EntityManager em, String id) {
        AgreementEntity e = em.find(AgreementEntity.class, id);
        if (e == null) {
            throw new NotFoundException("agreement", id);
        }
        return e;
    }
}
