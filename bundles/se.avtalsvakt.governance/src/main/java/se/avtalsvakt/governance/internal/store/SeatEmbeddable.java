package se.avtalsvakt.governance.internal.store;

import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import se.avtalsvakt.api.governance.Seat;
import se.avtalsvakt.api.governance.Side;

/** Row of {@code av_gov_seat}. */
@Embeddable
public class SeatEmbeddable {

    @Column(name = "role", nullable = false, length = 64)
    private String role;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "seat_count", nullable = false)
    private int count;

    @Column(name = "appointed_by", length = 300)
    private String appointedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 32)
    private Side side;

    @Column(name = "chair", nullable = false)
    private boolean chair;

    @Column(name = "appointing_org", length = 64)
    private String appointingOrganisation;

    /** Comma-separated organisation ids. */
    @Column(name = "representing", length = 1000)
    private String representing;

    protected SeatEmbeddable() {
        // for JPA
    }

    SeatEmbeddable(Seat s) {
        role = s.role();
        title = s.title();
        count = s.count();
        appointedBy = s.appointedBy();
        side = s.side();
        chair = s.chair();
        appointingOrganisation = s.appointingOrganisation();
        representing = s.representing().isEmpty() ? null : String.join(",", s.representing());
    }

    Seat toRecord() {
        return new Seat(role, title, count, appointedBy, side, chair, appointingOrganisation,
                representing == null || representing.isBlank() ? List.of() : Arrays.asList(representing.split(",")));
    }
}
