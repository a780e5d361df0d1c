package se.avtalsvakt.agreement.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.agreement.DecisionStep;

/** Row of {@code av_agreement_decision}: one step of an agreement's decision history. */
@Embeddable
public class DecisionStepEmbeddable {

    @Column(name = "decided_on", nullable = false)
    private LocalDate on;

    @Column(name = "body", nullable = false, length = 200)
    private String body;

    @Column(name = "organisation_id", length = 64)
    private String organisation;

    @Column(name = "step", length = 500)
    private String step;

    protected DecisionStepEmbeddable() {
        // for JPA
    }

    DecisionStepEmbeddable(DecisionStep s) {
        on = s.on();
        body = s.body();
        organisation = s.organisation();
        step = s.step();
    }

    DecisionStep toRecord() {
        return new DecisionStep(on, body, organisation, step);
    }
}
