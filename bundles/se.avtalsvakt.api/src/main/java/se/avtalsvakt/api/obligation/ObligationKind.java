package se.avtalsvakt.api.obligation;

/** What an {@link ObligationPlan} asks for. */
public enum ObligationKind {
    /** An evaluation, possibly against named criteria (R5, R10). */
    EVALUATION,
    /** A follow-up, e.g. the yearly economic follow-up (R5). */
    FOLLOW_UP,
    /** A report to another body, e.g. the political group's yearly report to SRO. */
    REPORT,
    /** A body's meetings: a number per calendar year, possibly with an invitation lead time. */
    MEETINGS,
    /** A decision to take by a day, e.g. the development funds set before each operating year. */
    DECISION
}
