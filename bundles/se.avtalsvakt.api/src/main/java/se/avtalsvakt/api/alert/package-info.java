/**
 * Alerts: what the platform tells people about deadlines. The alerting bundle raises alerts from every
 * {@link se.avtalsvakt.api.deadline.DeadlineSource} along a lead-time ladder per deadline kind and hands each alert
 * to every {@link se.avtalsvakt.api.alert.AlertChannel} (whiteboard) until it is delivered.
 */
@Version("1.3.0")
package se.avtalsvakt.api.alert;

import org.osgi.annotation.versioning.Version;
