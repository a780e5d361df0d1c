package se.avtalsvakt.agreement.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;

/** The register of organisations. Organisations are written through the exchange format (import). */
@Component(service = OrganisationService.class)
public class OrganisationRegister implements OrganisationService {

    private final RegisterCache cache;

    @Activate
    public OrganisationRegister(@Reference RegisterCache cache) {
        this.cache = cache;
    }

    /** Names sort as in Swedish: Vänersborg after Vårgårda, Åmål and Öckerö last. */
    private static final Comparator<Organisation> BY_NAME = Comparator.comparing(Organisation::name,
            Collator.getInstance(Locale.forLanguageTag("sv-SE")));

    @Override
    public List<Organisation> list() {
        return cache.organisations().stream()
                .sorted(Comparator.comparing(Organisation::kind).thenComparing(BY_NAME)).toList();
    }

    @Override
    public List<Organisation> list(OrganisationKind kind) {
        return cache.organisations().stream().filter(o -> o.kind() == kind).sorted(BY_NAME).toList();
    }

    @Override
    public Optional<Organisation> find(String id) {
        return id == null ? Optional.empty() : cache.organisation(id);
    }
}
