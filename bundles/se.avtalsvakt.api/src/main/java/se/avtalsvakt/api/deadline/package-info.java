/**
 * Deadlines, the platform's common currency: each domain publishes its deadlines through a
 * {@link se.avtalsvakt.api.deadline.DeadlineSource}; {@link se.avtalsvakt.api.deadline.Deadlines} gathers them all.
 */
@Version("1.2.0")
package se.avtalsvakt.api.deadline;

import org.osgi.annotation.versioning.Version;
