package se.avtalsvakt.testsupport;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "probe")
public class ProbeEntity {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "seen_on")
    private LocalDate seenOn;

    protected ProbeEntity() {
    }

    ProbeEntity(String id, LocalDate seenOn) {
        this.id = id;
        this.seenOn = seenOn;
    }

    LocalDate seenOn() {
        return seenOn;
    }
}
