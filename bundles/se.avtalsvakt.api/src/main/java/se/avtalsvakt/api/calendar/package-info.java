/**
 * The Swedish working-day calendar: public holidays (allmänna helgdagar) and the eves that are non-working by
 * default (I1).
 */
@Version("1.0.0")
package se.avtalsvakt.api.calendar;

import org.osgi.annotation.versioning.Version;
