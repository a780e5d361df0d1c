package se.avtalsvakt.supplier.internal.store;

/** Running counts of an import. */
public record Counts(long read, long stored, long duplicates, long corrected, long rejected) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(read + o.read, stored + o.stored, duplicates + o.duplicates, corrected + o.corrected,
                rejected + o.rejected);
    }
}
