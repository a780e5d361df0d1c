package se.avtalsvakt.cases.internal;

import java.util.Optional;

import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationService;

/** Names for people: an organisation's or agreement's name, or its id when it has none. */
final class Names {

    private final OrganisationService organisations;
    private final AgreementService agreements;

    Names(OrganisationService organisations, AgreementService agreements) {
        this.organisations = organisations;
        this.agreements = agreements;
    }

    String organisation(String id) {
        if (id == null) {
            return null;
        }
        return organisations == null ? id : organisations.find(id).map(Organisation::name).orElse(id);
    }

    /** @return the names of several organisations, joined by commas */
    String organisations(java.util.List<String> ids) {
        return ids.stream().map(this::organisation).collect(java.util.stream.Collectors.joining(", "));
    }

    String agreement(String id) {
        Optional<Agreement> a = agreements.find(id);
        return a.map(Agreement::title).orElse(id);
    }
}
