/**
 * Schema migrations for domain bundles. A domain bundle keeps its own Liquibase changelog and asks
 * {@link se.avtalsvakt.persistence.SchemaMigrator} to bring the shared datasource up to it before it uses its tables.
 * {@link se.avtalsvakt.persistence.ReferenceDataFile} reads the reference data a bundle loads once per version.
 */
@Version("1.1.0")
package se.avtalsvakt.persistence;

import org.osgi.annotation.versioning.Version;
