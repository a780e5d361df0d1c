package se.avtalsvakt.api.cases;

/** Where a handover case stands. */
public enum HandoverState {
    /** Items remain to be done. */
    OPEN,
    /** Every item is done. */
    DONE,
    /** The end it was opened for no longer stands (e.g. the notice was withdrawn). */
    CANCELLED
}
