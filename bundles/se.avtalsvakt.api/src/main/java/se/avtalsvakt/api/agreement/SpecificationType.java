package se.avtalsvakt.api.agreement;

/** Which part of an agreement's documents a {@link Specification} is. */
public enum SpecificationType {
    /** Huvuddokument: the agreement itself; changed only when the agreement is extended (R4). */
    MAIN_DOCUMENT,
    /** Specifikation: may be revised during the term; every revision is diarised and logged (R4). */
    SPECIFICATION
}
