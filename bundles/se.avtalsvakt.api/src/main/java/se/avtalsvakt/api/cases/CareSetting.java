package se.avtalsvakt.api.cases;

/** Where the aid is used. */
public enum CareSetting {
    /** Förskola. */
    PRESCHOOL,
    /** Skola. */
    SCHOOL,
    /** Daglig verksamhet (LSS). */
    DAILY_ACTIVITY
}
