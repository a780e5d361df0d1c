package se.avtalsvakt.api.agreement;

/** Where one party's participation in an agreement stands on a given day. Derived, never stored. */
public enum ParticipationStatus {
    /** The agreement, or this party's participation, has not started yet. */
    NOT_STARTED,
    /** The party is bound and no valid notice ends its participation. */
    ACTIVE,
    /** A valid termination notice ends the party's participation at the end of a term. */
    NOTICE_GIVEN,
    /** The party is no longer bound. */
    ENDED
}
