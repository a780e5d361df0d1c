package se.avtalsvakt.api.obligation;

/** Where an {@link Occurrence} stands on a day. */
public enum OccurrenceState {
    /** Not due yet. */
    UPCOMING,
    /** Due soon: within the configured number of days. */
    DUE,
    /** Its date has passed without enough fulfilments. */
    OVERDUE,
    /** Fulfilled. */
    FULFILLED,
    /**
     * Not fulfilled and no longer due: its plan stops at a valid termination notice and the notice came before its
     * date ({@link Occurrence#cancelledReason()} names it).
     */
    CANCELLED
}
