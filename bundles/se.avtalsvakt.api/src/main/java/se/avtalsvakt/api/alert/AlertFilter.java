package se.avtalsvakt.api.alert;

/**
 * Which alerts a list shows. Every part is optional (null or false: any).
 *
 * @param state           only alerts in this state
 * @param undeliveredOnly only alerts with a delivery still pending
 * @param kind            only alerts of this deadline kind, e.g. {@code NOTICE_DEADLINE}
 * @param source          only alerts of this deadline source, e.g. {@code agreement}
 * @param addressee       only alerts to this organisation or body (its id)
 */
public record AlertFilter(AlertState state, boolean undeliveredOnly, String kind, String source, String addressee) {

    /** Every alert. */
    public static final AlertFilter ALL = new AlertFilter(null, false, null, null, null);

    public AlertFilter {
        kind = blankToNull(kind);
        source = blankToNull(source);
        addressee = blankToNull(addressee);
    }

    /** @return the alerts in one state (null: any), or only those with a pending delivery */
    public static AlertFilter of(AlertState state, boolean undeliveredOnly) {
        return new AlertFilter(state, undeliveredOnly, null, null, null);
    }

    /** @return whether the alert passes this filter */
    public boolean matches(Alert a) {
        return (state == null || a.state() == state)
                && (!undeliveredOnly || a.deliveries().stream().anyMatch(d -> d.state() == DeliveryState.PENDING))
                && (kind == null || kind.equals(a.kind()))
                && (source == null || source.equals(a.source()))
                && (addressee == null || addressee.equals(a.addressee()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
