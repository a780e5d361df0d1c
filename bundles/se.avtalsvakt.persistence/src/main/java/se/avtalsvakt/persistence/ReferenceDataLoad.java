package se.avtalsvakt.persistence;

/**
 * What loading one reference data file did.
 *
 * @param set     the set's name
 * @param file    the file, as configured
 * @param outcome what happened
 * @param detail  the summary of what was written, or why the file was not loaded; null when unchanged
 */
public record ReferenceDataLoad(String set, String file, Outcome outcome, String detail) {

    /** What happened to a file. */
    public enum Outcome {
        /** This version of the file was applied now. */
        LOADED,
        /** This version of the file was applied before: nothing was done. */
        UNCHANGED,
        /** The file was read and refused as invalid: nothing was written. */
        REFUSED,
        /** The file could not be read or applied: nothing was written. */
        FAILED;

        /** @return whether the file is in the database as it is now */
        public boolean ok() {
            return this == LOADED || this == UNCHANGED;
        }
    }
}
