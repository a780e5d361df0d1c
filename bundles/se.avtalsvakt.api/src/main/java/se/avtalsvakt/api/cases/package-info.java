/**
 * Casework from the agreements: disputes along each agreement's escalation ladder, the division of responsibility
 * for aids (who is the responsible principal for a purpose in a setting), and handover cases when a party's
 * participation or a whole agreement ends. No personal identity number is ever stored: fields that hold one are
 * refused ({@link se.avtalsvakt.api.PersonalIdentityNumbers}).
 */
@Version("1.0.0")
package se.avtalsvakt.api.cases;

import org.osgi.annotation.versioning.Version;
