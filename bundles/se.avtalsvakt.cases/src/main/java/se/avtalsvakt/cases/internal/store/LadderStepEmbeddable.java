package se.avtalsvakt.cases.internal.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.cases.EscalationStep;

/** Row of {@code av_case_ladder_step}. */
@Embeddable
public class LadderStepEmbeddable {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "owner_id", length = 64)
    private String owner;

    @Column(name = "limit_days")
    private Integer limitDays;

    @Column(name = "reference", length = 300)
    private String reference;

    protected LadderStepEmbeddable() {
        // for JPA
    }

    LadderStepEmbeddable(EscalationStep s) {
        this.title = s.title();
        this.owner = s.owner();
        this.limitDays = s.limitDays();
        this.reference = s.reference();
    }

    EscalationStep toRecord(int number) {
        return new EscalationStep(number, title, owner, limitDays, reference);
    }
}
