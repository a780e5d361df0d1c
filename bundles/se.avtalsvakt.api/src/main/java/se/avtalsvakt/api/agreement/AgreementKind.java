package se.avtalsvakt.api.agreement;

/** What kind of document an agreement is. */
public enum AgreementKind {
    /** Samarbetsavtal: a cooperation agreement with a term, e.g. on the supply of personal aids. */
    COOPERATION_AGREEMENT,
    /** Överenskommelse: an agreement between principals, often open-ended. */
    MUTUAL_AGREEMENT,
    /** An agreement other agreements rest on, e.g. Hälso- och sjukvårdsavtalet. */
    FRAMEWORK_AGREEMENT,
    /** A supply or service contract with a supplier. */
    SUPPLY_CONTRACT
}
