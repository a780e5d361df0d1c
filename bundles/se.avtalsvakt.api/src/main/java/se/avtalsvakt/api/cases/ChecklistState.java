package se.avtalsvakt.api.cases;

/** Where a checklist stands. */
public enum ChecklistState {
    /** Activities remain. */
    OPEN,
    /** Every activity is done. */
    DONE
}
