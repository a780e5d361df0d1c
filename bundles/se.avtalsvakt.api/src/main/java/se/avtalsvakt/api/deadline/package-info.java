/**
 * Deadlines, the platform's common currency: each domain publishes its deadlines through a
 * {@link se.avtalsvakt.api.deadline.DeadlineSource}; {@link se.avtalsvakt.api.deadline.Deadlines} gathers them all.
 * Each source also names its kinds in Swedish ({@link se.avtalsvakt.api.deadline.KindText}), from its bundle's
 * message catalogue ({@link se.avtalsvakt.api.deadline.KindTexts}).
 */
@Version("1.4.0")
package se.avtalsvakt.api.deadline;

import org.osgi.annotation.versioning.Version;
