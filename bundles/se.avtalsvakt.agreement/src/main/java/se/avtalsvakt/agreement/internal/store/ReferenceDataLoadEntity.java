package se.avtalsvakt.agreement.internal.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Row of {@code av_reference_data_load}: a reference-data file (by name and checksum) that has been loaded. */
@Entity
@Table(name = "av_reference_data_load")
@IdClass(ReferenceDataLoadEntity.Key.class)
public class ReferenceDataLoadEntity {

    @Id
    @Column(name = "name", length = 200)
    private String name;

    @Id
    @Column(name = "checksum", length = 64)
    private String checksum;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "summary", length = 500)
    private String summary;

    protected ReferenceDataLoadEntity() {
        // for JPA
    }

    ReferenceDataLoadEntity(String name, String checksum, Instant loadedAt, String summary) {
        this.name = name;
        this.checksum = checksum;
        this.loadedAt = loadedAt;
        this.summary = summary;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String checksum;

        public Key() {
        }

        Key(String name, String checksum) {
            this.name = name;
            this.checksum = checksum;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.name, name) && Objects.equals(k.checksum, checksum);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, checksum);
        }
    }
}
