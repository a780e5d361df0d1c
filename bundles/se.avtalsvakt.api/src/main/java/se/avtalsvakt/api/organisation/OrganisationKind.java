package se.avtalsvakt.api.organisation;

/** What kind of organisation an {@link Organisation} is. */
public enum OrganisationKind {
    /** A region, e.g. Västra Götalandsregionen. */
    REGION,
    /** A municipality (kommun). */
    MUNICIPALITY,
    /** A municipal association (kommunalförbund), e.g. Fyrbodal. */
    MUNICIPAL_ASSOCIATION,
    /** A joint body of several principals, e.g. VästKom. */
    JOINT_BODY,
    /** A supplier or executor, e.g. Hjälpmedelscentralen. */
    SUPPLIER,
    /** A body of the cooperation organisation, e.g. Ledningsrådet. */
    GOVERNANCE_BODY
}
