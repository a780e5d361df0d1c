package se.avtalsvakt.supplier.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.supplier.DeliveryCheck;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;
import se.avtalsvakt.supplier.internal.parse.CheckLineValidator.CheckLine;

/**
 * Deliveries with their checks in the database, through Aries JPA: a check recorded one at a time or a batch of
 * checks from a file. Every method is one transaction; entities never leave it.
 */
@Component(service = DeliveryCheckStore.class)
public class DeliveryCheckStore {

    /** Checks read with one query: below the number of parameters a database takes in one statement. */
    static final int PKS_PER_QUERY = 500;

    /** A stored delivery with its check, if any. */
    public record StoredDelivery(long pk, String supplier, SupplierRecord delivery, DeliveryCheck check,
            String checkedBy) {
    }

    private final JpaTemplate jpa;

    @Activate
    public DeliveryCheckStore(@Reference(target = "(osgi.unit.name=avtalsvakt-supplier)") JpaTemplate jpa,
            @Reference SupplierSchema schema) {
        this.jpa = jpa;
    }

    /**
     * Which deliveries to read: the {@link se.avtalsvakt.api.supplier.DeliveryFilter} with the check day turned
     * into the delivery days whose check deadline it is.
     *
     * @param careProvider only this care provider's, or null
     * @param supplier     only this supplier's, or null
     * @param from         delivered on or after, or null
     * @param to           delivered on or before, or null
     * @param unchecked    only those without a check
     */
    public record Query(String careProvider, String supplier, LocalDate from, LocalDate to, boolean unchecked) {
    }

    /** Where a page starts: after the delivery with this date, supplier and delivery id. */
    public record After(LocalDate date, String supplier, String recordId) {
    }

    /**
     * One page of deliveries in the list's order (delivery date, supplier, delivery id), read with a keyset query:
     * only the rows after {@code after}, at most {@code limit} of them, so a page costs the same however deep.
     *
     * @param after where the page starts, or null for the first page
     * @param limit at most this many (ask one more than the page to learn whether there is a next one)
     * @return the deliveries, in the list's order
     */
    public List<StoredDelivery> deliveries(Query query, After after, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // SQL, not JPQL, for the index to read by (below); checks are read separately
            StringBuilder sql = new StringBuilder("select r.* from av_supplier_record r --DERBY-PROPERTIES index=")
                    .append(index(query)).append("\n where r.record_type = :t");
            Map<String, Object> params = new HashMap<>();
            params.put("t", RecordType.DELIVERIES.name());
            if (query.careProvider() != null) {
                sql.append(" and r.care_provider_id = :cp");
                params.put("cp", query.careProvider());
            }
            if (query.supplier() != null) {
                sql.append(" and r.supplier_id = :s");
                params.put("s", query.supplier());
            }
            LocalDate from = query.from();
            if (after != null && (from == null || after.date().isAfter(from))) {
                from = after.date(); // a range start for the index, not only a filter
            }
            if (from != null) {
                sql.append(" and r.record_date >= :from");
                params.put("from", java.sql.Date.valueOf(from));
            }
            if (query.to() != null) {
                sql.append(" and r.record_date <= :to");
                params.put("to", java.sql.Date.valueOf(query.to()));
            }
            if (after != null) {
                sql.append(" and (r.record_date > :ad or (r.record_date = :ad and (r.supplier_id > :as"
                        + " or (r.supplier_id = :as and r.record_id > :ar))))");
                params.put("ad", java.sql.Date.valueOf(after.date()));
                params.put("as", after.supplier());
                params.put("ar", after.recordId());
            }
            if (query.unchecked()) {
                // the flag is set in the transaction that stores the check: with it the unchecked deliveries are
                // an index range in the list's order (no probe of the checks table, which would be a hash join)
                sql.append(" and r.check_done = false");
            }
            sql.append(" order by r.record_date, r.supplier_id, r.record_id");
            javax.persistence.Query q = em.createNativeQuery(sql.toString(), SupplierRecordEntity.class);
            params.forEach(q::setParameter);
            @SuppressWarnings("unchecked")
            List<SupplierRecordEntity> records = q.setMaxResults(limit).getResultList();
            Map<Long, DeliveryCheckEntity> checks = query.unchecked() ? Map.of()
                    : checksOf(em, records.stream().map(SupplierRecordEntity::id).toList());
            List<StoredDelivery> result = new ArrayList<>(records.size());
            for (SupplierRecordEntity r : records) {
                result.add(stored(r, checks.get(r.id())));
            }
            return result;
        });
    }

    /**
     * The index a page is read by. Derby's optimizer does not weigh {@code FETCH FIRST}: left alone, it reads the
     * whole table and sorts it for the first page of all deliveries. So the query names its index (a Derby
     * comment, which other databases ignore). Each ends with the list's order (date, supplier, delivery id) after
     * the columns the filter fixes: one care provider's deliveries by care provider, the unchecked ones by the
     * check flag, all deliveries by type only; so a page is the next entries of the index, with no sort, however
     * many deliveries there are.
     */
    static String index(Query query) {
        if (query.careProvider() != null) {
            return "ix_av_supplier_record_provider";
        }
        return query.unchecked() ? "ix_av_supplier_record_unchecked" : "ix_av_supplier_record_list";
    }

    /** @return the checks of these deliveries, by delivery key: only theirs, never the whole table */
    private static Map<Long, DeliveryCheckEntity> checksOf(EntityManager em, List<Long> pks) {
        Map<Long, DeliveryCheckEntity> checks = new HashMap<>();
        for (int i = 0; i < pks.size(); i += PKS_PER_QUERY) {
            em.createQuery("select c from DeliveryCheckEntity c where c.recordPk in :pks", DeliveryCheckEntity.class)
                    .setParameter("pks", pks.subList(i, Math.min(pks.size(), i + PKS_PER_QUERY)))
                    .getResultList().forEach(c -> checks.put(c.recordPk(), c));
        }
        return checks;
    }

    private static StoredDelivery stored(SupplierRecordEntity r, DeliveryCheckEntity c) {
        return new StoredDelivery(r.id(), r.supplier(), r.toRecord(), c == null ? null : c.toCheck(),
                c == null ? null : c.checkedBy());
    }

    /** @return the deliveries with this id, one per supplier that uses it */
    public List<StoredDelivery> deliveriesWithId(String deliveryId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select r from SupplierRecordEntity r"
                + " where r.type = :t and r.recordId = :id order by r.supplier", SupplierRecordEntity.class)
                .setParameter("t", RecordType.DELIVERIES).setParameter("id", deliveryId).getResultList().stream()
                .map(r -> stored(r, em.find(DeliveryCheckEntity.class, r.id()))).toList());
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
            return stored(r, c);
        });
    }

    /**
     * Stores a batch of checks of one supplier's deliveries in one transaction: a check of an unknown delivery, or
     * dated before its delivery, is refused for its line; a delivery without a check gets it (stored), one with the
     * same check is a duplicate, one with another check has it replaced (corrected).
     */
    public BatchOutcome storeChecks(String supplier, List<CheckLine> batch, String user, Instant now) {
        if (batch.isEmpty()) {
            return BatchOutcome.of(Counts.ZERO);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            batch.forEach(c -> ids.add(c.deliveryId()));
            Map<String, SupplierRecordEntity> deliveries = new HashMap<>();
            em.createQuery("select r from SupplierRecordEntity r where r.supplier = :s and r.type = :t"
                    + " and r.recordId in :ids", SupplierRecordEntity.class)
                    .setParameter("s", supplier).setParameter("t", RecordType.DELIVERIES).setParameter("ids", ids)
                    .getResultList().forEach(e -> deliveries.put(e.recordId(), e));
            Map<Long, DeliveryCheckEntity> checks = deliveries.isEmpty() ? new HashMap<>()
                    : checksOf(em, deliveries.values().stream().map(SupplierRecordEntity::id).toList());
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
            return new BatchOutcome(new Counts(0, stored, duplicates, corrected, 0), errors);
        });
    }

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
}
