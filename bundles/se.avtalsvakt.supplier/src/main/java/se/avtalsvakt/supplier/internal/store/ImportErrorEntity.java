package se.avtalsvakt.supplier.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.supplier.LineError;

/** One refused line of an import (the reason never holds a personal identity number). */
@Entity
@Table(name = "av_supplier_import_error")
public class ImportErrorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line_no", nullable = false)
    private long line;

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected ImportErrorEntity() {
    }

    ImportErrorEntity(long importId, LineError e) {
        this.importId = importId;
        this.line = e.line();
        this.field = e.field().length() > 64 ? e.field().substring(0, 64) : e.field();
        this.reason = e.reason().length() > 500 ? e.reason().substring(0, 500) : e.reason();
    }

    LineError toError() {
        return new LineError(line, field, reason);
    }
}
