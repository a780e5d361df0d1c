package se.avtalsvakt.api.cases;

/** What happened to a dispute. */
public enum DisputeEventKind {
    OPENED, ESCALATED, RESOLVED, WITHDRAWN
}
