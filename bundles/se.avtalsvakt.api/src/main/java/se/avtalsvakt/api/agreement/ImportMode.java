package se.avtalsvakt.api.agreement;

/** What an import does with an id that is already registered. */
public enum ImportMode {
    /** Replace the registered organisation or agreement with the file's. */
    REPLACE,
    /** Keep what is registered; only add what is new. Used for reference data, so users' edits survive. */
    KEEP_EXISTING
}
