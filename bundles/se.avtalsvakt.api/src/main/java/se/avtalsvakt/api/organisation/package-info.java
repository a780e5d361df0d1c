/**
 * Organisations: the region, the municipalities and their associations, joint bodies, suppliers and governance bodies.
 */
@Version("1.0.0")
package se.avtalsvakt.api.organisation;

import org.osgi.annotation.versioning.Version;
