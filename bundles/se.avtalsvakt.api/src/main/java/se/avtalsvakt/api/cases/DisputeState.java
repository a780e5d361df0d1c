package se.avtalsvakt.api.cases;

/** Where a dispute stands. */
public enum DisputeState {
    /** Being handled at its current step. */
    OPEN,
    /** Settled. */
    RESOLVED,
    /** Withdrawn by the party that raised it. */
    WITHDRAWN
}
