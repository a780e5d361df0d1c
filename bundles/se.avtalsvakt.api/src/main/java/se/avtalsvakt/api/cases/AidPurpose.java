package se.avtalsvakt.api.cases;

/** What an aid is for, which decides who is responsible for it (the school agreement's "Ansvarsfördelning"). */
public enum AidPurpose {
    /** Personligt förskrivet hjälpmedel. */
    PERSONAL,
    /** Pedagogiskt hjälpmedel. */
    PEDAGOGICAL,
    /** Grundutrustning. */
    BASIC_EQUIPMENT
}
