package se.avtalsvakt.agreement.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.TerminationNotice;

/** Row of {@code av_termination_notice}. */
@Entity
@Table(name = "av_termination_notice")
public class TerminationNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "party_id", nullable = false, length = 64)
    private String party;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "written", nullable = false)
    private boolean written;

    @Column(name = "diary_number", length = 64)
    private String diaryNumber;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @Column(name = "withdrawal_recorded_at")
    private Instant withdrawalRecordedAt;

    protected TerminationNoticeEntity() {
        // for JPA
    }

    TerminationNoticeEntity(TerminationNotice n) {
        party = n.party();
        receivedOn = n.receivedOn();
        written = n.written();
        diaryNumber = n.diaryNumber();
        recordedAt = n.recordedAt();
        if (n.withdrawal() != null) {
            withdraw(n.withdrawal());
        }
    }

    void withdraw(NoticeWithdrawal w) {
        withdrawnOn = w.on();
        withdrawalReason = w.reason();
        withdrawalRecordedAt = w.recordedAt();
    }

    TerminationNotice toRecord() {
        return new TerminationNotice(party, receivedOn, written, diaryNumber, recordedAt, withdrawnOn == null ? null
                : new NoticeWithdrawal(withdrawnOn, withdrawalReason, withdrawalRecordedAt));
    }
}
