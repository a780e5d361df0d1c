package se.avtalsvakt.persistence;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads reference data sets: each file once per content version (by SHA-256), the file applied and recorded as
 * loaded in one transaction, so a failure midway loads it again, whole, on the next start. The records live in the
 * platform's one table {@code av_reference_data_marker}.
 */
@ProviderType
public interface ReferenceDataLoader {

    /**
     * Loads every file of {@code set} whose current version has not been loaded, in order, and logs one line per
     * file. A file that cannot be read, is refused or fails to apply is logged and skipped; the others load.
     *
     * @param set the set
     * @return what happened to each file, in order
     */
    List<ReferenceDataLoad> load(ReferenceDataSet set);

    /**
     * @param set a set's name
     * @return what the set's last loading did, or empty if it has not been loaded (or is loading now)
     */
    Optional<List<ReferenceDataLoad>> lastLoad(String set);
}
