package se.avtalsvakt.cases.internal.store;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** The key of {@code av_case_local_plan}: agreement and party. */
@Embeddable
public class LocalPlanKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "party_id", nullable = false, length = 64)
    private String party;

    protected LocalPlanKey() {
        // for JPA
    }

    public LocalPlanKey(String agreement, String party) {
        this.agreement = agreement;
        this.party = party;
    }

    String agreement() {
        return agreement;
    }

    String party() {
        return party;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalPlanKey k && k.agreement.equals(agreement) && k.party.equals(party);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreement, party);
    }
}
