package se.avtalsvakt.api.organisation;

/**
 * An organisation taking part in agreements or governance.
 *
 * @param id     slug, e.g. {@code lilla-edet}
 * @param name   display name, e.g. {@code Lilla Edet}
 * @param kind   what it is
 * @param parent id of the organisation it belongs to (a municipality's association, a body's parent body), or null
 */
public record Organisation(String id, String name, OrganisationKind kind, String parent) {
}
