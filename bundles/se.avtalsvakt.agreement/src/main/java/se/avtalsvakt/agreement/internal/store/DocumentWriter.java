package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;

import javax.persistence.EntityManager;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;
import se.avtalsvakt.api.organisation.Organisation;

/** Writes an exchange document inside one transaction, counting what it created, replaced or left alone. */
final class DocumentWriter {

    private final EntityManager em;
    private final ImportMode mode;
    private final Instant now;

    DocumentWriter(EntityManager em, ImportMode mode, Instant now) {
        this.em = em;
        this.mode = mode;
        this.now = now;
    }

    ImportResult write(ExchangeDocument doc) {
        Tally orgs = new Tally();
        for (Organisation o : doc.organisations()) {
            OrganisationEntity e = em.find(OrganisationEntity.class, o.id());
            if (e == null) {
                e = new OrganisationEntity(o.id());
                e.assign(o);
                em.persist(e);
                orgs.created++;
            } else if (mode == ImportMode.KEEP_EXISTING || e.toRecord().equals(o)) {
                orgs.unchanged++;
            } else {
                e.assign(o);
                orgs.updated++;
            }
        }
        // organisations first, so that agreements' foreign keys find them
        em.flush();
        Tally agreements = new Tally();
        for (Agreement a : doc.agreements()) {
            AgreementEntity e = em.find(AgreementEntity.class, a.id());
            if (e == null) {
                e = new AgreementEntity(a.id(), now);
                e.assign(a, now);
                em.persist(e);
                agreements.created++;
            } else if (mode == ImportMode.KEEP_EXISTING || e.toRecord().equals(a)) {
                agreements.unchanged++;
            } else {
                e.clearChildren();
                em.flush();
                e.assign(a, now);
                agreements.updated++;
            }
        }
        em.flush();
        return new ImportResult(orgs.counts(), agreements.counts());
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;

        ImportResult.Counts counts() {
            return new ImportResult.Counts(created, updated, unchanged);
        }
    }
}
