/**
 * Schema migrations for domain bundles. A domain bundle keeps its own Liquibase changelog and asks
 * {@link se.avtalsvakt.persistence.SchemaMigrator} to bring the shared datasource up to it before it uses its tables.
 * {@link se.avtalsvakt.persistence.ReferenceDataLoader} loads a bundle's {@link se.avtalsvakt.persistence.ReferenceDataSet}
 * once per file version, {@link se.avtalsvakt.persistence.ReferenceDataFile} is one such file as read.
 */
@Version("1.2.0")
package se.avtalsvakt.persistence;

import org.osgi.annotation.versioning.Version;
