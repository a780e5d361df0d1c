/**
 * Types shared by every Avtalsvakt bundle: the platform clock and the errors services report.
 */
@Version("1.1.0")
package se.avtalsvakt.api;

import org.osgi.annotation.versioning.Version;
