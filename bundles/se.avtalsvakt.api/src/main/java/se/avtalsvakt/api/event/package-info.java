/**
 * OSGi Event Admin topics the platform posts, so bundles can react to each other without depending on each other.
 */
@Version("1.1.0")
package se.avtalsvakt.api.event;

import org.osgi.annotation.versioning.Version;
