/**
 * Agreements: parties, terms and renewal policy, specifications with their change log, termination notices and
 * the decision history.
 * The records here are also the JSON exchange format (see docs/reference-data.md).
 */
@Version("1.5.0")
package se.avtalsvakt.api.agreement;

import org.osgi.annotation.versioning.Version;
