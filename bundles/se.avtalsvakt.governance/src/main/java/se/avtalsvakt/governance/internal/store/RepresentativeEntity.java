package se.avtalsvakt.governance.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.governance.Representative;

/** Row of {@code av_gov_representative}. */
@Entity
@Table(name = "av_gov_representative")
public class RepresentativeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "person", nullable = false, length = 200)
    private String person;

    @Column(name = "organisation_id", nullable = false, length = 64)
    private String organisation;

    @Column(name = "body_id", length = 64)
    private String body;

    @Column(name = "seat_role", length = 64)
    private String seat;

    @Column(name = "network", length = 200)
    private String network;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "principal_id", length = 64)
    private String principal;

    @Column(name = "principal_notified_on")
    private LocalDate principalNotifiedOn;

    protected RepresentativeEntity() {
        // for JPA
    }

    RepresentativeEntity(Representative r) {
        person = r.person();
        organisation = r.organisation();
        body = r.body();
        seat = r.seat();
        network = r.network();
        from = r.from();
        to = r.to();
        notifiedOn = r.notifiedOn();
        notes = r.notes();
        principalNotifiedOn = r.principalNotifiedOn();
    }

    void resign(LocalDate lastDay, LocalDate notified, String principalId, LocalDate principalNotified) {
        to = lastDay;
        notifiedOn = notified;
        principal = principalId;
        principalNotifiedOn = principalNotified;
    }

    Representative toRecord() {
        return new Representative(id, person, organisation, body, seat, network, from, to, notifiedOn, notes,
                principal, principalNotifiedOn, null);
    }
}
