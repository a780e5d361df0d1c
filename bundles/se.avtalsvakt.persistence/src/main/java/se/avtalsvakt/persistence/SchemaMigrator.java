package se.avtalsvakt.persistence;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings the platform datasource's schema up to a domain bundle's changelog. Each changeset runs once, ever;
 * running the same changelog again changes nothing. Several bundles may migrate at the same time.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Runs every changeset of a changelog that has not run yet.
     *
     * @param changelog the changelog's path inside the bundle, e.g. {@code db/agreement/changelog.xml}; it names the
     *                  changesets for good, so never rename it
     * @param resources the class loader to read the changelog and the files it includes from (the domain
     *                  bundle's own)
     * @return how many changesets ran now
     * @throws IllegalStateException if a migration fails; the failed changeset has been rolled back
     */
    int migrate(String changelog, ClassLoader resources);

    /**
     * @return every changelog migrated since start, the migrator's own first, with its state: what the "Database
     *         migrations" health check reports
     */
    List<Migration> migrations();
}
