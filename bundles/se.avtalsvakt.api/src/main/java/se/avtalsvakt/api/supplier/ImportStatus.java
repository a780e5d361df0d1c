package se.avtalsvakt.api.supplier;

/** How a file's import ended. */
public enum ImportStatus {
    /**
     * Being read. A receipt still RUNNING after a restart belongs to an import that was interrupted; the file is
     * read again from the start, and since records are idempotent the end state is the same.
     */
    RUNNING,
    /** Every line was read; good lines are stored, bad ones listed in the errors. */
    COMPLETED,
    /** The file could not be read (no or wrong header, wrong encoding, not JSON) or storing failed for good. */
    FAILED
}
