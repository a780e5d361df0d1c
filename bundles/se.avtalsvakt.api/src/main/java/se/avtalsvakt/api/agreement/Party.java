package se.avtalsvakt.api.agreement;

/**
 * An organisation's part in an agreement.
 *
 * @param organisation the organisation's id
 * @param role         its role
 */
public record Party(String organisation, PartyRole role) {
}
