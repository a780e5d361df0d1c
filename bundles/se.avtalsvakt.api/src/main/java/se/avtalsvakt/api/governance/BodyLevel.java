package se.avtalsvakt.api.governance;

/** Where a body sits in the cooperation organisation. */
public enum BodyLevel {
    /** Politicians: SRO, the political preparation group. */
    POLITICAL,
    /** Officials leading the cooperation: Ledningsrådet. */
    MANAGEMENT,
    /** Officials preparing questions: the beredningsgrupper. */
    PREPARATORY,
    /** Dialogue only: Hjälpmedelsforum. */
    FORUM,
    /** Support: the coordination function. */
    SUPPORT
}
