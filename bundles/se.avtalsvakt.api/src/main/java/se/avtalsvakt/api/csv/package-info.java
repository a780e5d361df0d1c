/** What every CSV file the platform writes has in common: the guard against spreadsheet formulas. */
@Version("1.0.0")
package se.avtalsvakt.api.csv;

import org.osgi.annotation.versioning.Version;
