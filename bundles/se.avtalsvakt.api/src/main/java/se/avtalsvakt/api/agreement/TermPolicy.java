package se.avtalsvakt.api.agreement;

/** How an agreement's term behaves when it runs out. */
public enum TermPolicy {
    /** Ends at the first term end. */
    FIXED,
    /** Extended by the renewal period at a time unless a party gives notice in time (R1). */
    AUTO_EXTEND,
    /** Has no end date; runs until changed by the parties. */
    OPEN_ENDED
}
