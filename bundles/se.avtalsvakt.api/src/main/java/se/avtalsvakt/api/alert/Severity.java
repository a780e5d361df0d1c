package se.avtalsvakt.api.alert;

/** How urgent an alert is, from the time left to its deadline. */
public enum Severity {
    /** Plenty of time, or news without a deadline. */
    INFO,
    /** The deadline is near (90 days or less by default). */
    WARNING,
    /** The deadline is a week or less away, or has passed. */
    CRITICAL
}
