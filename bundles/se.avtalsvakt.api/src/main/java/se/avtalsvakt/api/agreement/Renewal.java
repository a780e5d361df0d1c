package se.avtalsvakt.api.agreement;

import java.time.Period;

/**
 * An agreement's term policy.
 *
 * @param type                  FIXED, AUTO_EXTEND or OPEN_ENDED
 * @param period                the length of each extension; required for AUTO_EXTEND, otherwise null
 * @param noticePeriod          how long before a term ends notice must be given (e.g. P12M), or null
 * @param writtenNoticeRequired whether a termination notice counts only when given in writing
 */
public record Renewal(TermPolicy type, Period period, Period noticePeriod, boolean writtenNoticeRequired) {

    /** @return a policy for an agreement without an end date */
    public static Renewal openEnded() {
        return new Renewal(TermPolicy.OPEN_ENDED, null, null, false);
    }
}
