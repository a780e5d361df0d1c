package se.avtalsvakt.persistence;

/**
 * The state of one changelog's migration since the platform started.
 *
 * @param changelog the changelog's path inside its bundle
 * @param state     where it is
 * @param ran       how many changesets ran in the last migration
 * @param error     why the last migration failed, or null
 */
public record Migration(String changelog, State state, int ran, String error) {

    /** Where a migration is. */
    public enum State {
        /** Running now. */
        RUNNING,
        /** Every changeset has run. */
        DONE,
        /** The last attempt failed; the failed changeset was rolled back. */
        FAILED
    }
}
