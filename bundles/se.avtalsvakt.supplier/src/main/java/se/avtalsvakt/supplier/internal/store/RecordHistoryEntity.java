package se.avtalsvakt.supplier.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A record's content before a correction replaced it. */
@Entity
@Table(name = "av_supplier_record_history")
public class RecordHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "record_pk", nullable = false)
    private long recordPk;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by_import_id", nullable = false)
    private long replacedByImportId;

    protected RecordHistoryEntity() {
    }

    RecordHistoryEntity(long recordPk, int version, String content, long importId, Instant replacedAt,
            long replacedByImportId) {
        this.recordPk = recordPk;
        this.version = version;
        this.content = content;
        this.importId = importId;
        this.replacedAt = replacedAt;
        this.replacedByImportId = replacedByImportId;
    }

    int version() {
        return version;
    }

    String content() {
        return content;
    }
}
