package se.avtalsvakt.api.cases;

/** The kind of principal (huvudman) responsible for an aid. */
public enum PrincipalKind {
    /** Sjukvårdshuvudmannen. */
    HEALTH_CARE_PRINCIPAL,
    /** Förskolans eller skolans huvudman. */
    SCHOOL,
    /** Den dagliga verksamhetens huvudman (LSS). */
    DAILY_ACTIVITY
}
