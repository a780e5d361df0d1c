package se.avtalsvakt.supplier.internal.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.hibernate.Session;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator.CheckLine;

/**
 * Supplier records, receipts and delivery checks in the database, through Aries JPA. Every method is one
 * transaction; entities never leave it.
 */
@Component(service = SupplierRepository.class)
public class SupplierRepository {

    /** A stored delivery with its check, if any. */
    public record StoredDelivery(long pk, String supplier, SupplierRecord delivery, DeliveryCheck check,
            String checkedBy) {
    }

    private final JpaTemplate jpa;

    @Activate
    public SupplierRepository(@Reference(target = "(osgi.unit.name=avtalsvakt-supplier)") JpaTemplate jpa,
            @Reference SupplierSchema schema) {
        this.jpa = jpa;
    }

    /** @return the id of a new receipt, RUNNING */
    public long startImport(String supplier, RecordType type, String source, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ImportEntity e = new ImportEntity(supplier, type, source, now);
            em.persist(e);
            em.flush();
            return e.id();
        });
    }

    /**
     * Stores a batch of valid records of one import: new ids are inserted, equal content is a duplicate, other
     * content a correction (the old content goes to the history). New records are inserted with one JDBC batch
     * statement in the same transaction: their ids come from an identity column, which keeps Hibernate from
     * batching, and a bulk import is nearly all new records.
     *
     * @return the counts of this batch (read and rejected are 0)
     */
    public Counts storeBatch(String supplier, RecordType type, long importId, List<SupplierRecord> batch,
            Instant now) {
        if (batch.isEmpty()) {
            return Counts.ZERO;
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            batch.forEach(r -> ids.add(r.recordId()));
            Map<String, SupplierRecordEntity> known = new HashMap<>();
            em.createQuery("select r from SupplierRecordEntity r where r.supplier = :s and r.type = :t"
                    + " and r.recordId in :ids", SupplierRecordEntity.class)
                    .setParameter("s", supplier).setParameter("t", type).setParameter("ids", ids)
                    .getResultList().forEach(e -> known.put(e.recordId(), e));
            Map<String, SupplierRecord> inserts = new LinkedHashMap<>();
            long stored = 0;
            long duplicates = 0;
            long corrected = 0;
            for (SupplierRecord r : batch) {
                SupplierRecordEntity e = known.get(r.recordId());
                SupplierRecord pending = inserts.get(r.recordId());
                if (e == null && pending == null) {
                    inserts.put(r.recordId(), r);
                    stored++;
                } else if (e == null && SupplierRecordEntity.fingerprint(pending)
                        .equals(SupplierRecordEntity.fingerprint(r))) {
                    duplicates++;
                } else {
                    if (e == null) {
                        // the same id twice in one batch with other content: store the first, then correct it
                        insert(em, supplier, importId, now, inserts.values());
                        inserts.clear();
                        e = find(em, supplier, type, r.recordId());
                        known.put(r.recordId(), e);
                    }
                    if (e.fingerprint().equals(SupplierRecordEntity.fingerprint(r))) {
                        duplicates++;
                        continue;
                    }
                    em.persist(new RecordHistoryEntity(e.id(), e.version(),
                            SupplierRecordEntity.canonical(e.toRecord()), e.lastImportId(), now, importId));
                    e.assign(r, importId, now);
                    e.bumpVersion();
                    corrected++;
                }
            }
            insert(em, supplier, importId, now, inserts.values());
            em.flush();
            return new Counts(0, stored, duplicates, corrected, 0);
        });
    }

    private static SupplierRecordEntity find(EntityManager em, String supplier, RecordType type, String recordId) {
        return em.createQuery("select r from SupplierRecordEntity r where r.supplier = :s and r.type = :t"
                + " and r.recordId = :id", SupplierRecordEntity.class).setParameter("s", supplier)
                .setParameter("t", type).setParameter("id", recordId).getSingleResult();
    }

    /** Inserts new records with one JDBC batch, on the transaction's connection. */
    private static void insert(EntityManager em, String supplier, long importId, Instant now,
            Collection<SupplierRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(SupplierRecordEntity.INSERT)) {
                for (SupplierRecord r : records) {
                    SupplierRecordEntity.bind(insert, supplier, r, importId, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Ends an import: its counts, status and the errors to keep. */
    public ImportReceipt finishImport(long importId, ImportStatus status, Counts counts, List<LineError> errors,
            Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ImportEntity e = em.find(ImportEntity.class, importId);
            e.finish(status, counts, now);
            for (LineError error : errors) {
                em.persist(new ImportErrorEntity(importId, error));
            }
            em.flush();
            return e.toReceipt(errors);
        });
    }

    /** @return receipts, newest first, each with its kept errors */
    public List<ImportReceipt> imports(String supplier, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ImportEntity> q = supplier == null
                    ? em.createQuery("select i from ImportEntity i order by i.id desc", ImportEntity.class)
                    : em.createQuery("select i from ImportEntity i where i.supplier = :s order by i.id desc",
                            ImportEntity.class).setParameter("s", supplier);
            return q.setMaxResults(limit).getResultList().stream().map(i -> i.toReceipt(errors(em, i.id())))
                    .toList();
        });
    }

    /** @return failed imports received in the window (instants), oldest first */
    public List<ImportReceipt> failedImports(Instant from, Instant to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select i from ImportEntity i"
                + " where i.status = :st and i.receivedAt >= :f and i.receivedAt < :t order by i.id",
                ImportEntity.class).setParameter("st", ImportStatus.FAILED).setParameter("f", from)
                .setParameter("t", to).getResultList().stream().map(i -> i.toReceipt(errors(em, i.id()))).toList());
    }

    private static List<LineError> errors(EntityManager em, long importId) {
        return em.createQuery("select e from ImportErrorEntity e where e.importId = :i order by e.line, e.id",
                ImportErrorEntity.class).setParameter("i", importId).setMaxResults(1000).getResultList().stream()
                .map(ImportErrorEntity::toError).toList();
    }

    /**
     * @param careProvider only this care provider's, or null
     * @param from         delivered on or after, or null
     * @param to           delivered on or before, or null
     * @param unchecked    only those without a check
     * @return deliveries by delivery date
     */
    public List<StoredDelivery> deliveries(String careProvider, LocalDate from, LocalDate to, boolean unchecked) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // checks are read separately: an outer join on an unrelated entity is not JPA 2.2
            StringBuilder jpql = new StringBuilder("select r from SupplierRecordEntity r where r.type = :t");
            Map<String, Object> params = new HashMap<>();
            params.put("t", RecordType.DELIVERIES);
            if (careProvider != null) {
                jpql.append(" and r.careProvider = :cp");
                params.put("cp", careProvider);
            }
            if (from != null) {
                jpql.append(" and r.date >= :from");
                params.put("from", from);
            }
            if (to != null) {
                jpql.append(" and r.date <= :to");
                params.put("to", to);
            }
            if (unchecked) {
                jpql.append(" and not exists (select c from DeliveryCheckEntity c where c.recordPk = r.id)");
            }
            jpql.append(" order by r.date, r.supplier, r.recordId");
            TypedQuery<SupplierRecordEntity> q = em.createQuery(jpql.toString(), SupplierRecordEntity.class);
            params.forEach(q::setParameter);
            List<SupplierRecordEntity> records = q.getResultList();
            Map<Long, DeliveryCheckEntity> checks = new HashMap<>();
            if (!unchecked && !records.isEmpty()) {
                em.createQuery("select c from DeliveryCheckEntity c", DeliveryCheckEntity.class).getResultList()
                        .forEach(c -> checks.put(c.recordPk(), c));
            }
            List<StoredDelivery> result = new ArrayList<>();
            for (SupplierRecordEntity r : records) {
                DeliveryCheckEntity c = checks.get(r.id());
                result.add(new StoredDelivery(r.id(), r.supplier(), r.toRecord(), c == null ? null : c.toCheck(),
                        c == null ? null : c.checkedBy()));
            }
            return result;
        });
    }

    /** @return the deliveries with this id, one per supplier that uses it */
    /**
     * @param prefix what the ids start with; empty for any
     * @param limit  at most this many
     * @return the ids of deliveries without a check, in order, each once: one bounded query
     */
    public List<String> uncheckedDeliveryIds(String prefix, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select distinct r.recordId"
                + " from SupplierRecordEntity r where r.type = :t and r.recordId >= :from and r.recordId < :to"
                + " and not exists (select c from DeliveryCheckEntity c where c.recordPk = r.id)"
                + " order by r.recordId", String.class)
                .setParameter("t", RecordType.DELIVERIES).setParameter("from", prefix)
                .setParameter("to", prefix + Character.MAX_VALUE).setMaxResults(limit).getResultList());
    }

    public List<StoredDelivery> deliveriesWithId(String deliveryId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select r from SupplierRecordEntity r"
                + " where r.type = :t and r.recordId = :id order by r.supplier", SupplierRecordEntity.class)
                .setParameter("t", RecordType.DELIVERIES).setParameter("id", deliveryId).getResultList().stream()
                .map(r -> {
                    DeliveryCheckEntity c = em.find(DeliveryCheckEntity.class, r.id());
                    return new StoredDelivery(r.id(), r.supplier(), r.toRecord(), c == null ? null : c.toCheck(),
                            c == null ? null : c.checkedBy());
                }).toList());
    }

    /** Records (or replaces) the check of a stored delivery. */
    public StoredDelivery check(long pk, DeliveryCheck check, String user, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SupplierRecordEntity r = Optional.ofNullable(em.find(SupplierRecordEntity.class, pk))
                    .orElseThrow(() -> new NotFoundException("delivery", String.valueOf(pk)));
            DeliveryCheckEntity c = em.find(DeliveryCheckEntity.class, pk);
            r.checked();
            if (c == null) {
                c = new DeliveryCheckEntity(pk);
                c.assign(check, user, now);
                em.persist(c);
            } else {
                c.assign(check, user, now);
            }
            em.flush();
            return new StoredDelivery(pk, r.supplier(), r.toRecord(), c.toCheck(), c.checkedBy());
        });
    }

    /** What storing a batch of checks did: counts (read and rejected are 0) and the lines refused. */
    public record CheckOutcome(Counts counts, List<LineError> errors) {
    }

    /**
     * Stores a batch of checks of one supplier's deliveries in one transaction: a check of an unknown delivery, or
     * dated before its delivery, is refused for its line; a delivery without a check gets it (stored), one with the
     * same check is a duplicate, one with another check has it replaced (corrected).
     */
    public CheckOutcome storeChecks(String supplier, List<CheckLine> batch, String user, Instant now) {
        if (batch.isEmpty()) {
            return new CheckOutcome(Counts.ZERO, List.of());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            batch.forEach(c -> ids.add(c.deliveryId()));
            Map<String, SupplierRecordEntity> deliveries = new HashMap<>();
            em.createQuery("select r from SupplierRecordEntity r where r.supplier = :s and r.type = :t"
                    + " and r.recordId in :ids", SupplierRecordEntity.class)
                    .setParameter("s", supplier).setParameter("t", RecordType.DELIVERIES).setParameter("ids", ids)
                    .getResultList().forEach(e -> deliveries.put(e.recordId(), e));
            Map<Long, DeliveryCheckEntity> checks = new HashMap<>();
            if (!deliveries.isEmpty()) {
                em.createQuery("select c from DeliveryCheckEntity c where c.recordPk in :pks",
                        DeliveryCheckEntity.class)
                        .setParameter("pks", deliveries.values().stream().map(SupplierRecordEntity::id).toList())
                        .getResultList().forEach(c -> checks.put(c.recordPk(), c));
            }
            long stored = 0;
            long duplicates = 0;
            long corrected = 0;
            List<LineError> errors = new ArrayList<>();
            for (CheckLine line : batch) {
                SupplierRecordEntity d = deliveries.get(line.deliveryId());
                if (d == null) {
                    errors.add(new LineError(line.line(), "delivery_id", "no delivery '" + line.deliveryId()
                            + "' from " + supplier));
                    continue;
                }
                if (line.check().checkedOn().isBefore(d.date())) {
                    errors.add(new LineError(line.line(), "checked_on", "before the delivery (" + d.date() + ")"));
                    continue;
                }
                DeliveryCheckEntity c = checks.get(d.id());
                d.checked();
                if (c == null) {
                    c = new DeliveryCheckEntity(d.id());
                    c.assign(line.check(), user, now);
                    em.persist(c);
                    checks.put(d.id(), c);
                    stored++;
                } else if (c.toCheck().equals(line.check())) {
                    duplicates++;
                } else {
                    c.assign(line.check(), user, now);
                    corrected++;
                }
            }
            em.flush();
            return new CheckOutcome(new Counts(0, stored, duplicates, corrected, 0), errors);
        });
    }

    /** @return the content a record had before each correction, oldest first (for tests and audits) */
    public List<String> history(String supplier, RecordType type, String recordId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select h.content from"
                + " RecordHistoryEntity h, SupplierRecordEntity r where h.recordPk = r.id and r.supplier = :s"
                + " and r.type = :t and r.recordId = :id order by h.version", String.class)
                .setParameter("s", supplier).setParameter("t", type).setParameter("id", recordId).getResultList());
    }

    /** @return the stored record, if any */
    public Optional<SupplierRecord> record(String supplier, RecordType type, String recordId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select r from SupplierRecordEntity r"
                + " where r.supplier = :s and r.type = :t and r.recordId = :id", SupplierRecordEntity.class)
                .setParameter("s", supplier).setParameter("t", type).setParameter("id", recordId).getResultList()
                .stream().findFirst().map(SupplierRecordEntity::toRecord));
    }
}
