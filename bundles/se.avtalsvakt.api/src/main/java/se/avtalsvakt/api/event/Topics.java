package se.avtalsvakt.api.event;

/**
 * Event Admin topics. Every event carries the property {@link #ID} naming its subject.
 */
public final class Topics {

    /** Property: the id of the event's subject (an agreement id for agreement events). */
    public static final String ID = "id";

    /** An agreement was registered. */
    public static final String AGREEMENT_CREATED = "se/avtalsvakt/agreement/CREATED";
    /** An agreement's registration was replaced. */
    public static final String AGREEMENT_UPDATED = "se/avtalsvakt/agreement/UPDATED";
    /** A specification revision was logged. */
    public static final String AGREEMENT_REVISED = "se/avtalsvakt/agreement/REVISED";
    /**
     * A file of organisations and agreements was imported and changed something (import, reference data); properties
     * {@code agreementsCreated}, {@code agreementsUpdated}, {@code organisationsCreated}, {@code organisationsUpdated}.
     */
    public static final String IMPORTED = "se/avtalsvakt/agreement/IMPORTED";
    /** A call for renegotiation was recorded (R9). */
    public static final String RENEGOTIATION_REQUESTED = "se/avtalsvakt/agreement/RENEGOTIATION_REQUESTED";
    /** A termination notice was recorded. */
    public static final String TERMINATION_RECORDED = "se/avtalsvakt/agreement/TERMINATION_RECORDED";
    /** An agreement was extended by its renewal period; properties {@code termNumber} and {@code effectiveOn}. */
    public static final String AGREEMENT_EXTENDED = "se/avtalsvakt/agreement/EXTENDED";
    /** An agreement ended; properties {@code termNumber} (the last term) and {@code effectiveOn}. */
    public static final String AGREEMENT_ENDED = "se/avtalsvakt/agreement/ENDED";
    /** Every agreement topic. */
    public static final String AGREEMENT_ALL = "se/avtalsvakt/agreement/*";

    /** The platform clock was set to another date or zone; property {@code today} holds the new date. */
    public static final String CLOCK_CHANGED = "se/avtalsvakt/clock/CHANGED";

    private Topics() {
    }
}
