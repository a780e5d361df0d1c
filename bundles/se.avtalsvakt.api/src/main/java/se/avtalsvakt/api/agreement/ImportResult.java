package se.avtalsvakt.api.agreement;

/**
 * What an import did.
 *
 * @param organisations counts for organisations
 * @param agreements    counts for agreements
 */
public record ImportResult(Counts organisations, Counts agreements) {

    /**
     * @param created   newly registered
     * @param updated   replaced because the file differed
     * @param unchanged already registered as in the file, or kept because of {@link ImportMode#KEEP_EXISTING}
     */
    public record Counts(int created, int updated, int unchanged) {
    }

    @Override
    public String toString() {
        return "organisations: " + describe(organisations) + "; agreements: " + describe(agreements);
    }

    private static String describe(Counts c) {
        return c.created() + " created, " + c.updated() + " updated, " + c.unchanged() + " unchanged";
    }
}
