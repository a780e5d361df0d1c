package se.avtalsvakt.agreement.internal.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.agreement.Party;
import se.avtalsvakt.api.agreement.PartyRole;

/** Row of {@code av_agreement_party}. */
@Embeddable
public class PartyEmbeddable {

    @Column(name = "organisation_id", nullable = false, length = 64)
    private String organisationId;

    @Column(name = "role", nullable = false, length = 32)
    private String role;

    protected PartyEmbeddable() {
        // for JPA
    }

    PartyEmbeddable(Party party) {
        organisationId = party.organisation();
        role = party.role().name();
    }

    Party toRecord() {
        return new Party(organisationId, PartyRole.valueOf(role));
    }
}
