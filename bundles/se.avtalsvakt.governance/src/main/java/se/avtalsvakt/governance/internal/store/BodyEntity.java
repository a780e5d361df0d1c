package se.avtalsvakt.governance.internal.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import se.avtalsvakt.api.governance.Body;
import se.avtalsvakt.api.governance.BodyLevel;
import se.avtalsvakt.api.governance.BodyRules;
import se.avtalsvakt.api.governance.Side;

/** Row of {@code av_gov_body}: a body with its rules (one column per rule) and seats. */
@Entity
@Table(name = "av_gov_body")
public class BodyEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level", nullable = false, length = 32)
    private BodyLevel level;

    @Column(name = "parent_id", length = 64)
    private String parent;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "decides", nullable = false)
    private boolean decides;

    @Column(name = "unanimity", nullable = false)
    private boolean unanimity;

    /** Comma-separated sides. */
    @Column(name = "quorum_sides", length = 200)
    private String quorumSides;

    @Column(name = "quorum_percent")
    private Integer quorumPercent;

    @Column(name = "mandate_kind", length = 64)
    private String mandateKind;

    @Column(name = "mandate_limit_sek")
    private Long mandateLimitSek;

    @Column(name = "mandate_escalates_to", length = 64)
    private String mandateEscalatesTo;

    @Column(name = "minutes_chair_other_side", nullable = false)
    private boolean minutesChairOtherSide;

    @Column(name = "alternating_support", nullable = false)
    private boolean alternatingSupport;

    @ElementCollection
    @CollectionTable(name = "av_gov_seat", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "seq")
    private List<SeatEmbeddable> seats = new ArrayList<>();

    protected BodyEntity() {
        // for JPA
    }

    BodyEntity(String id) {
        this.id = id;
    }

    void clearSeats() {
        seats.clear();
    }

    void assign(Body b) {
        name = b.name();
        level = b.level();
        parent = b.parent();
        notes = b.notes();
        BodyRules r = b.rules();
        decides = r.decides();
        unanimity = r.unanimity();
        quorumSides = r.quorumSides().isEmpty() ? null
                : String.join(",", r.quorumSides().stream().map(Side::name).toList());
        quorumPercent = r.quorumPercent();
        mandateKind = r.mandateKind();
        mandateLimitSek = r.mandateLimitSek();
        mandateEscalatesTo = r.mandateEscalatesTo();
        minutesChairOtherSide = r.minutesSignedByChairAndOtherSide();
        alternatingSupport = r.alternatingSupport();
        seats.clear();
        b.seats().forEach(s -> seats.add(new SeatEmbeddable(s)));
    }

    Body toRecord() {
        List<Side> sides = quorumSides == null ? List.of()
                : Arrays.stream(quorumSides.split(",")).map(Side::valueOf).toList();
        return new Body(id, name, level, parent, seats.stream().map(SeatEmbeddable::toRecord).toList(),
                new BodyRules(decides, unanimity, sides, quorumPercent, mandateKind, mandateLimitSek,
                        mandateEscalatesTo, minutesChairOtherSide, alternatingSupport), notes);
    }
}
