package se.avtalsvakt.supplier.internal.store;

import java.util.List;

import se.avtalsvakt.api.supplier.LineError;

/**
 * What storing a batch of lines did: the counts (read and rejected are 0) and the lines refused while storing (e.g.
 * a check of an unknown delivery).
 */
public record BatchOutcome(Counts counts, List<LineError> errors) {

    /** @return the outcome of a batch where no line can be refused while storing */
    public static BatchOutcome of(Counts counts) {
        return new BatchOutcome(counts, List.of());
    }
}
