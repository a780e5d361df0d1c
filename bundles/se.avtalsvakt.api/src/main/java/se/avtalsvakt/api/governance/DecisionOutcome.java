package se.avtalsvakt.api.governance;

/** What became of a question. */
public enum DecisionOutcome {
    /** Decided. */
    ADOPTED,
    /** Forwarded as a proposal to the body that decides (e.g. above a mandate). */
    PROPOSED,
    /** Sent back for renewed preparation. */
    REMITTED,
    /** Dropped. */
    DROPPED
}
