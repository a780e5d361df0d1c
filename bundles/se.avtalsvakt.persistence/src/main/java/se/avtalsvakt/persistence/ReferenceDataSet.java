package se.avtalsvakt.persistence;

import java.util.Arrays;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's reference data: the files it ships or is configured with, and how one file is applied. The bundle
 * hands it to {@link ReferenceDataLoader#load(ReferenceDataSet)} when it starts and registers it as a service, so
 * that the "Reference data" health check knows it. A plug-in with its own reference data does the same.
 */
@ConsumerType
public interface ReferenceDataSet {

    /**
     * @return the set's name, e.g. {@code agreement}; it names the set's load records for good, so never rename it
     */
    String name();

    /** @return what log lines call the data, e.g. {@code Obligation plans} */
    String label();

    /**
     * @return the files to load, in order; empty when loading is switched off. A plain name is a file shipped in
     *         the set's bundle under {@value ReferenceDataFile#BUNDLED}, a name with a slash a path (relative to
     *         Karaf's {@code etc} folder unless absolute), as {@link ReferenceDataFile#read(String, Class)} reads it
     */
    List<String> files();

    /**
     * Parses one file, checks it whole and writes what it adds. Runs in the transaction that records the file as
     * loaded: if this throws, nothing of the file is kept and it is tried again on the next start.
     *
     * @param file the file, with its content
     * @return a short English summary of what was written, e.g. {@code 3 inserted}, for the log
     * @throws se.avtalsvakt.api.ValidationException if the file is refused; nothing is written
     */
    String apply(ReferenceDataFile file);

    /**
     * @param entries the files of a configuration property; "a.json, b.json" in a .cfg file arrives as one string
     * @return the file names, trimmed, in order, without blanks
     */
    static List<String> configured(String... entries) {
        return Arrays.stream(entries).flatMap(entry -> Arrays.stream(entry.split(",")))
                .map(String::trim).filter(file -> !file.isEmpty()).toList();
    }
}
