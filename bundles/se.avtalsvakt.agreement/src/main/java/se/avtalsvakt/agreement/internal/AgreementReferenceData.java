package se.avtalsvakt.agreement.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import se.avtalsvakt.api.agreement.ExchangeDocument;
import se.avtalsvakt.api.agreement.ImportMode;
import se.avtalsvakt.api.agreement.ReferenceDataLoaded;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

/**
 * The register's reference data (organisations and agreements), loaded on start by the platform's
 * {@link ReferenceDataLoader}: each configured file once per content version, with {@link ImportMode#KEEP_EXISTING}
 * so that what users changed or added is kept. Registered as {@link ReferenceDataLoaded} once done, so other
 * bundles' reference data can load after it.
 */
@Component(name = "se.avtalsvakt.agreement.referencedata",
        service = {ReferenceDataLoaded.class, ReferenceDataSet.class}, immediate = true)
@Designate(ocd = ReferenceDataConfig.class)
public class AgreementReferenceData implements ReferenceDataLoaded, ReferenceDataSet {

    private final ExchangeService exchange;
    private final List<String> files;

    @Activate
    public AgreementReferenceData(@Reference ExchangeService exchange, @Reference ReferenceDataLoader loader,
            @Reference RegisterCache cache, ReferenceDataConfig config) {
        this.exchange = exchange;
        this.files = config.enabled() ? ReferenceDataSet.configured(config.files()) : List.of();
        loader.load(this);
        // each file is applied in the loader's transaction: read the register again now that it has committed
        cache.invalidate();
    }

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String label() {
        return "Reference data";
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public String apply(ReferenceDataFile file) {
        ExchangeDocument doc = exchange.read(file.open());
        return exchange.importDocument(doc, ImportMode.KEEP_EXISTING).toString();
    }
}
