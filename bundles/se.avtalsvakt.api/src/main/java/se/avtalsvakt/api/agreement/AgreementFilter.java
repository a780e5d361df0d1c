package se.avtalsvakt.api.agreement;

/**
 * Which agreements to list; a null field matches everything.
 *
 * @param status only agreements with this status today
 * @param party  only agreements where this organisation is a party
 * @param kind   only agreements of this kind
 */
public record AgreementFilter(AgreementStatus status, String party, AgreementKind kind) {

    /** Matches every agreement. */
    public static final AgreementFilter ALL = new AgreementFilter(null, null, null);
}
