package se.avtalsvakt.api.governance;

import java.time.LocalDate;

/**
 * A notification a leaving representative gives (seed 003: "Representant aviserar till samordningsfunktionen och sin
 * uppdragsgivare").
 *
 * @param recipient     the organisation id told: the coordination function or the principal
 * @param recipientName its name
 * @param role          {@code COORDINATION_FUNCTION} or {@code PRINCIPAL}
 * @param notifiedOn    the day it was told, or null while not recorded
 */
public record Notification(String recipient, String recipientName, String role, LocalDate notifiedOn) {

    /** The role of the coordination function's notification. */
    public static final String COORDINATION_FUNCTION = "COORDINATION_FUNCTION";
    /** The role of the principal's notification. */
    public static final String PRINCIPAL = "PRINCIPAL";
}
