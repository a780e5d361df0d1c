package se.avtalsvakt.api.agreement;

/** Where an agreement stands on a given day. Derived from its dates and notices, never stored. */
public enum AgreementStatus {
    /** Its start lies in the future. */
    NOT_STARTED,
    /** In force. */
    ACTIVE,
    /** In force, but a valid termination notice has been received: it ends at the end of a term. */
    NOTICE_GIVEN,
    /** No longer in force. */
    ENDED,
    /** Registered for reference only; not monitored. */
    REFERENCED
}
