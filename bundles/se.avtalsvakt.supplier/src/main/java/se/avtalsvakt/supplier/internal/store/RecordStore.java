package se.avtalsvakt.supplier.internal.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hibernate.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;

/**
 * Supplier records in the database, idempotent by (supplier, type, record id): a known id with new content is a
 * correction whose old content goes to the history. Through Aries JPA; every method is one transaction.
 */
@Component(service = RecordStore.class)
public class RecordStore {

    private final JpaTemplate jpa;

    @Activate
    public RecordStore(@Reference(target = "(osgi.unit.name=avtalsvakt-supplier)") JpaTemplate jpa,
            @Reference SupplierSchema schema) {
        this.jpa = jpa;
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
