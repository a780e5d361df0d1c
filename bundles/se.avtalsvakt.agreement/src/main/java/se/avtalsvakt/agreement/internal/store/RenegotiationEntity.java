package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.agreement.RenegotiationRequest;

/** Row of {@code av_renegotiation_request}: a call for renegotiation (R9). */
@Entity
@Table(name = "av_renegotiation_request")
public class RenegotiationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, length = 64)
    private String agreement;

    @Column(name = "party_id", nullable = false, length = 64)
    private String party;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "diary_number", length = 64)
    private String diaryNumber;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RenegotiationEntity() {
        // for JPA
    }

    RenegotiationEntity(String agreement, RenegotiationRequest r, Instant now) {
        this.agreement = agreement;
        party = r.party();
        requestedOn = r.requestedOn();
        diaryNumber = r.diaryNumber();
        reason = r.reason();
        recordedAt = now;
    }

    String agreement() {
        return agreement;
    }

    RenegotiationRequest toRecord() {
        return new RenegotiationRequest(party, requestedOn, diaryNumber, reason, recordedAt);
    }
}
