package se.avtalsvakt.agreement.internal;


import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.agreement.internal.store.AgreementRepository;
import se.avtalsvakt.agreement.internal.store.AgreementRepository.ReferenceDataMarker;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ImportResult;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.persistence.ReferenceDataFile;

/**
 * Loads the reference data on start: each configured file once per content version (by SHA-256), with
 * {@link ImportMode#KEEP_EXISTING} so that what users changed or added is kept. The load and its record are one
 * transaction, so a crash midway loads it again, whole, on the next start. Registered as
 * {@link ReferenceDataLoaded} once done, so other bundles' reference data can load after it.
 */
@Component(name = "se.avtalsvakt.agreement.referencedata",
        service = {ReferenceDataLoader.class, ReferenceDataLoaded.class}, immediate = true)
@Designate(ocd = ReferenceDataConfig.class)
public class ReferenceDataLoader implements ReferenceDataLoaded {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final ExchangeService exchange;
    private final AgreementRepository repository;

    @Activate
    public ReferenceDataLoader(@Reference ExchangeService exchange, @Reference AgreementRepository repository,
            ReferenceDataConfig config) {
        this.exchange = exchange;
        this.repository = repository;
        if (config.enabled()) {
            for (String entry : config.files()) {
                // "a.json, b.json" in a .cfg file arrives as one string
                for (String file : entry.split(",")) {
                    if (!file.isBlank()) {
                        loadLoggingFailure(file.trim());
                    }
                }
            }
        }
    }

    private void loadLoggingFailure(String file) {
        try {
            load(file);
        } catch (RuntimeException e) {
            LOG.error("Reference data {} not loaded: {}", file, e.getMessage());
        }
    }

    /** @return what loading did, or null if this version of the file was loaded before */
    ImportResult load(String file) {
        ReferenceDataFile data = ReferenceDataFile.read(file, ReferenceDataLoader.class);
        ReferenceDataMarker marker = new ReferenceDataMarker(file, data.sha256());
        if (repository.isLoaded(marker)) {
            LOG.info("Reference data {} already loaded", file);
            return null;
        }
        try {
            ExchangeDocument doc = exchange.read(data.open());
            ImportResult result = exchange.importDocument(doc, ImportMode.KEEP_EXISTING, marker);
            LOG.info("Reference data {} loaded: {}", file, result);
            return result;
        } catch (ValidationException e) {
            LOG.error("Reference data {} refused, nothing loaded: {}", file, e.getMessage());
            return null;
        }
    }
}
