package se.avtalsvakt.governance.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.governance.Decision;
import se.avtalsvakt.api.governance.Meeting;
import se.avtalsvakt.api.governance.Side;

/** Row of {@code av_gov_meeting}, with its attendees and the signers of its minutes. */
@Entity
@Table(name = "av_gov_meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "body_id", nullable = false, length = 64)
    private String body;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "invitation_sent_on")
    private LocalDate invitationSentOn;

    @Column(name = "agenda", length = 4000)
    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_side", length = 32)
    private Side supportBy;

    @Column(name = "notes", length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "av_gov_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "seq")
    @Column(name = "representative_id")
    private List<Long> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "av_gov_minutes_signer", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "seq")
    @Column(name = "representative_id")
    private List<Long> signers = new ArrayList<>();

    protected MeetingEntity() {
        // for JPA
    }

    MeetingEntity(Meeting m) {
        body = m.body();
        date = m.date();
        invitationSentOn = m.invitationSentOn();
        agenda = m.agenda();
        supportBy = m.supportBy();
        notes = m.notes();
        attendees.addAll(m.attendees());
        signers.addAll(m.minutesSignedBy());
    }

    /** Empties the collections; flush before {@link #assign} (Hibernate inserts before it deletes). */
    void clearPeople() {
        attendees.clear();
        signers.clear();
    }

    void assign(Meeting m) {
        date = m.date();
        invitationSentOn = m.invitationSentOn();
        agenda = m.agenda();
        supportBy = m.supportBy();
        notes = m.notes();
        attendees.clear();
        attendees.addAll(m.attendees());
        signers.clear();
        signers.addAll(m.minutesSignedBy());
    }

    Long id() {
        return id;
    }

    /** @return the record with its people read apart */
    Meeting toRecord(List<Long> attendeeIds, List<Long> signerIds, List<Decision> decisions) {
        return new Meeting(id, body, date, invitationSentOn, agenda, attendeeIds, signerIds, supportBy, notes,
                decisions, List.of());
    }

    Meeting toRecord(List<Decision> decisions) {
        return new Meeting(id, body, date, invitationSentOn, agenda, List.copyOf(attendees), List.copyOf(signers),
                supportBy, notes, decisions, List.of());
    }
}
