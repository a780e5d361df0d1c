package se.avtalsvakt.evaluation.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of {@code av_obligation_reference_load}: a reference data file version (name + SHA-256) that was loaded. */
@Entity
@Table(name = "av_obligation_reference_load")
public class LoadMarkerEntity {

    /** {@code name:checksum}. */
    @Id
    @Column(name = "marker", length = 300)
    private String marker;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "summary", length = 500)
    private String summary;

    protected LoadMarkerEntity() {
        // for JPA
    }

    LoadMarkerEntity(String marker, Instant loadedAt, String summary) {
        this.marker = marker;
        this.loadedAt = loadedAt;
        this.summary = summary;
    }
}
