/** The platform's JSON settings, shared by every bundle that reads or writes JSON. */
@Version("1.0.0")
package se.avtalsvakt.api.json;

import org.osgi.annotation.versioning.Version;
