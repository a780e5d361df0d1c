package se.avtalsvakt.api.alert;

/** The life of an alert: raised, seen by someone, and settled. */
public enum AlertState {
    /** Raised and not yet seen. */
    OPEN,
    /** Someone has seen it (who and when are kept). */
    ACKNOWLEDGED,
    /** Settled: the deadline was met, moved or has gone, or a later step of the ladder took over. */
    RESOLVED
}
