/**
 * Governance: the bodies of the cooperation organisation with their seats and rules (as data), the representatives
 * in them, meetings and decisions, and each body's compliance with its rules.
 */
@Version("1.2.0")
package se.avtalsvakt.api.governance;

import org.osgi.annotation.versioning.Version;
