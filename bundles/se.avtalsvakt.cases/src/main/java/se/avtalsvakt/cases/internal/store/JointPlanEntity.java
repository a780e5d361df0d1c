package se.avtalsvakt.cases.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.cases.JointPlan;

/** Row of {@code av_case_joint_plan}. No column names the individual. */
@Entity
@Table(name = "av_case_joint_plan")
public class JointPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "organisation_id", nullable = false, length = 64)
    private String organisation;

    @Column(name = "mapped_by", nullable = false, length = 300)
    private String mappedBy;

    @Column(name = "how_met", nullable = false, length = 2000)
    private String howMet;

    @Column(name = "follow_up", nullable = false, length = 2000)
    private String followUp;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "consent", nullable = false)
    private boolean consent;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    protected JointPlanEntity() {
        // for JPA
    }

    JointPlanEntity(JointPlan p) {
        this.agreement = p.agreement();
        this.organisation = p.organisation();
        this.mappedBy = p.mappedBy();
        this.howMet = p.howMet();
        this.followUp = p.followUp();
        this.followUpOn = p.followUpOn();
        this.consent = p.consent();
        this.consentOn = p.consentOn();
        this.createdOn = p.createdOn();
    }

    void followedUp(LocalDate on, LocalDate next) {
        this.followedUpOn = on;
        this.followUpOn = next;
    }

    JointPlan toRecord() {
        return new JointPlan(id, agreement, organisation, mappedBy, howMet, followUp, followUpOn, consent, consentOn,
                createdOn, followedUpOn);
    }
}
