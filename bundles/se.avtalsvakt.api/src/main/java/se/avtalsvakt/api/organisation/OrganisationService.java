package se.avtalsvakt.api.organisation;

import java.util.List;
import java.util.Optional;

/** The register of organisations. */
public interface OrganisationService {

    /** @return every organisation, ordered by kind and name */
    List<Organisation> list();

    /**
     * @param kind only organisations of this kind
     * @return those organisations, ordered by name
     */
    List<Organisation> list(OrganisationKind kind);

    /**
     * @param id an organisation id
     * @return the organisation, if it exists
     */
    Optional<Organisation> find(String id);
}
