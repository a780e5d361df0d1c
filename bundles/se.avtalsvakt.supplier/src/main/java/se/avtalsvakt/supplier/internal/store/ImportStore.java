package se.avtalsvakt.supplier.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;

/**
 * The receipts of imports in the database, each with the errors kept for it, through Aries JPA. Every method is one
 * transaction; entities never leave it.
 */
@Component(service = ImportStore.class)
public class ImportStore {

    /** Errors read back with a receipt. */
    static final int ERRORS_SHOWN = 1000;

    private final JpaTemplate jpa;

    @Activate
    public ImportStore(@Reference(target = "(osgi.unit.name=avtalsvakt-supplier)") JpaTemplate jpa,
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

    /**
     * @return one page of receipts, newest first (by id, descending), each with its kept errors: a keyset query
     *         below the last id of the page before
     */
    public Page<ImportReceipt> imports(String supplier, PageRequest page) {
        Optional<Long> below = page.afterNumber();
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ImportEntity> q = em.createQuery("select i from ImportEntity i where 1 = 1"
                    + (supplier == null ? "" : " and i.supplier = :s") + (below.isEmpty() ? "" : " and i.id < :below")
                    + " order by i.id desc", ImportEntity.class);
            if (supplier != null) {
                q.setParameter("s", supplier);
            }
            below.ifPresent(b -> q.setParameter("below", b));
            List<ImportReceipt> fetched = q.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(i -> i.toReceipt(errors(em, i.id()))).toList();
            return Page.of(fetched, page, r -> String.valueOf(r.id()));
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
                ImportErrorEntity.class).setParameter("i", importId).setMaxResults(ERRORS_SHOWN).getResultList()
                .stream().map(ImportErrorEntity::toError).toList();
    }
}
