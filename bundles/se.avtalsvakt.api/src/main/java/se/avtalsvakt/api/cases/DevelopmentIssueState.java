package se.avtalsvakt.api.cases;

/** Where a development issue stands. */
public enum DevelopmentIssueState {
    /** Raised, not yet taken up. */
    OPEN,
    /** Being worked on by its owner body. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Dropped by its owner body. */
    DROPPED
}
