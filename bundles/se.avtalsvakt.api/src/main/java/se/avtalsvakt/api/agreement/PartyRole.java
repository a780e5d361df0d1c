package se.avtalsvakt.api.agreement;

/** The role an organisation plays in an agreement. */
public enum PartyRole {
    /** Vårdgivare: a care provider bound by the agreement. */
    CARE_PROVIDER,
    /** Utförare: carries out the agreement's services, e.g. Hjälpmedelscentralen. */
    EXECUTOR,
    /** Huvudman: a principal responsible for care, social services or school. */
    PRINCIPAL,
    /** Försörjare: supplies goods or services under the agreement. */
    SUPPLIER,
    /** A party with no more specific role. */
    PARTY
}
