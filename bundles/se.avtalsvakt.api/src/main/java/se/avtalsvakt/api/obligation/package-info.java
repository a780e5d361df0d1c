/**
 * Obligations: what the agreements and the governance bodies must do on a schedule (evaluations, follow-ups,
 * yearly reports, meetings, decisions), the occurrences computed from each plan and the fulfilments that meet them.
 */
@Version("1.3.0")
package se.avtalsvakt.api.obligation;

import org.osgi.annotation.versioning.Version;
