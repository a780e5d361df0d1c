package se.avtalsvakt.evaluation.internal.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import se.avtalsvakt.api.obligation.CriterionAssessment;

/** Row of {@code av_obligation_fulfilment_criterion}. */
@Embeddable
public class CriterionEmbeddable {

    @Column(name = "criterion", nullable = false, length = 200)
    private String criterion;

    @Column(name = "assessment", length = 4000)
    private String assessment;

    protected CriterionEmbeddable() {
        // for JPA
    }

    CriterionEmbeddable(CriterionAssessment a) {
        criterion = a.criterion();
        assessment = a.assessment();
    }

    CriterionAssessment toRecord() {
        return new CriterionAssessment(criterion, assessment);
    }
}
