package se.avtalsvakt.supplier.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierService.Format;
import se.avtalsvakt.api.supplier.UnreadableFileException;
import se.avtalsvakt.supplier.internal.parse.RawLine;
import se.avtalsvakt.supplier.internal.parse.RecordReader;
import se.avtalsvakt.supplier.internal.store.BatchOutcome;
import se.avtalsvakt.supplier.internal.store.Counts;

/**
 * One pass over a file: reads it line by line, validates each line, hands the valid ones to the store
 * {@link #BATCH} at a time (one transaction each, so a file of any size goes through in bounded memory; the store
 * may still refuse a line, e.g. a check of an unknown delivery), and counts. Keeps at most {@link #KEPT_ERRORS}
 * errors for the receipt; every error also goes to the caller's sink (the error file beside a dropped file).
 *
 * @param <T> a valid line: a supplier record or a check
 */
final class ImportRun<T> {

    static final int BATCH = 500;
    /** Errors kept with a receipt (the error file beside a dropped file has them all). */
    static final int KEPT_ERRORS = 1000;

    /** A line as validated: the value, or why it was refused. */
    record Validated<T>(T value, List<LineError> errors) {
    }

    /** The counts of a run and the errors kept for its receipt. */
    record Result(Counts counts, List<LineError> kept) {
    }

    private final Function<RawLine, Validated<T>> validate;
    private final Function<List<T>, BatchOutcome> store;
    private final Consumer<LineError> errorSink;
    private final List<LineError> kept = new ArrayList<>();
    private Counts counts = Counts.ZERO;
    private long read;
    private long rejected;

    /**
     * @param validate  a raw line to its value or its errors
     * @param store     stores a batch of valid values in one transaction
     * @param errorSink gets every refused line
     */
    ImportRun(Function<RawLine, Validated<T>> validate, Function<List<T>, BatchOutcome> store,
            Consumer<LineError> errorSink) {
        this.validate = validate;
        this.store = store;
        this.errorSink = errorSink;
    }

    /**
     * @return the counts and the errors kept, by line
     * @throws UnreadableFileException if the file cannot be read (to its end): what was stored so far stays, and
     *         {@link #sofar()} has the counts with the reason as the last error
     */
    Result run(Format format, RecordType type, InputStream content) {
        List<T> batch = new ArrayList<>(BATCH);
        try (RecordReader reader = RecordReader.open(format, type, content)) {
            while (reader.hasNext()) {
                read++;
                Validated<T> line = validate.apply(reader.next());
                if (line.value() == null) {
                    rejected++;
                    line.errors().forEach(this::refuse);
                    continue;
                }
                batch.add(line.value());
                if (batch.size() == BATCH) {
                    store(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                store(batch);
            }
        } catch (UnreadableFileException e) {
            kept.add(new LineError(0, "", e.getMessage()));
            errorSink.accept(new LineError(0, "", e.getMessage()));
            throw e;
        }
        kept.sort(Comparator.comparingLong(LineError::line));
        return sofar();
    }

    /** @return the counts and the errors kept so far */
    Result sofar() {
        return new Result(counts.plus(new Counts(read, 0, 0, 0, rejected)), kept);
    }

    private void store(List<T> batch) {
        BatchOutcome outcome = store.apply(batch);
        counts = counts.plus(outcome.counts());
        rejected += outcome.errors().size();
        outcome.errors().forEach(this::refuse);
    }

    private void refuse(LineError e) {
        errorSink.accept(e);
        if (kept.size() < KEPT_ERRORS) {
            kept.add(e);
        }
    }
}
