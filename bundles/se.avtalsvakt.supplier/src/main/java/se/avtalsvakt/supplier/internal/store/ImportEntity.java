package se.avtalsvakt.supplier.internal.store;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.supplier.ImportReceipt;
import se.avtalsvakt.api.supplier.ImportStatus;
import se.avtalsvakt.api.supplier.LineError;
import se.avtalsvakt.api.supplier.RecordType;

/** The receipt of one file. */
@Entity
@Table(name = "av_supplier_import")
public class ImportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private String supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType type;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ImportStatus status;

    @Column(name = "lines_read", nullable = false)
    private long read;

    @Column(name = "lines_stored", nullable = false)
    private long stored;

    @Column(name = "lines_duplicate", nullable = false)
    private long duplicates;

    @Column(name = "lines_corrected", nullable = false)
    private long corrected;

    @Column(name = "lines_rejected", nullable = false)
    private long rejected;

    protected ImportEntity() {
    }

    ImportEntity(String supplier, RecordType type, String source, Instant receivedAt) {
        this.supplier = supplier;
        this.type = type;
        this.source = source.length() > 255 ? source.substring(0, 255) : source;
        this.receivedAt = receivedAt;
        this.status = ImportStatus.RUNNING;
    }

    void finish(ImportStatus status, Counts counts, Instant at) {
        this.status = status;
        this.read = counts.read();
        this.stored = counts.stored();
        this.duplicates = counts.duplicates();
        this.corrected = counts.corrected();
        this.rejected = counts.rejected();
        this.finishedAt = at;
    }

    Long id() {
        return id;
    }

    ImportStatus status() {
        return status;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String supplier() {
        return supplier;
    }

    String source() {
        return source;
    }

    RecordType type() {
        return type;
    }

    ImportReceipt toReceipt(List<LineError> errors) {
        return new ImportReceipt(id, supplier, type, source, receivedAt, status, read, stored, duplicates, corrected,
                rejected, errors);
    }
}
