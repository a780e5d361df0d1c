package se.avtalsvakt.supplier.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import se.avtalsvakt.api.supplier.RecordType;
import se.avtalsvakt.api.supplier.SupplierRecord;

/** A supplier's record as last reported; earlier content is in {@link RecordHistoryEntity}. */
@Entity
@Table(name = "av_supplier_record")
public class SupplierRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private String supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType type;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "care_provider_id", nullable = false)
    private String careProvider;

    @Column(name = "article")
    private String article;

    @Column(name = "quantity")
    private Integer quantity;

    @Column(name = "record_date", nullable = false)
    private LocalDate date;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(name = "line_no")
    private Integer line;

    @Column(name = "main_area")
    private String mainArea;

    @Column(name = "amount_ore")
    private Long amountOre;

    @Column(name = "patient_ref")
    private String patientRef;

    @Column(name = "fingerprint", nullable = false)
    private String fingerprint;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "first_import_id", nullable = false)
    private long firstImportId;

    @Column(name = "last_import_id", nullable = false)
    private long lastImportId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A delivery with a check: kept beside the check so that unchecked deliveries are an index range. */
    @Column(name = "check_done", nullable = false)
    private boolean checkDone;

    /** The insert of a new record, for JDBC batches; the columns of {@link #bind}. */
    static final String INSERT = "insert into av_supplier_record (supplier_id, record_type, record_id, order_id,"
            + " care_provider_id, article, quantity, record_date, invoice_id, line_no, main_area, amount_ore,"
            + " patient_ref, fingerprint, version, first_import_id, last_import_id, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";

    /** Binds a new record to {@link #INSERT}: the same values the entity's constructor would hold. */
    static void bind(PreparedStatement insert, String supplier, SupplierRecord r, long importId, Instant now)
            throws SQLException {
        insert.setString(1, supplier);
        insert.setString(2, r.type().name());
        insert.setString(3, r.recordId());
        insert.setString(4, r.orderId());
        insert.setString(5, r.careProvider());
        insert.setString(6, r.article());
        setInt(insert, 7, r.quantity());
        insert.setDate(8, java.sql.Date.valueOf(r.date()));
        insert.setString(9, r.invoiceId());
        setInt(insert, 10, r.line());
        insert.setString(11, r.mainArea());
        if (r.amountOre() == null) {
            insert.setNull(12, Types.BIGINT);
        } else {
            insert.setLong(12, r.amountOre());
        }
        insert.setString(13, r.patientRef());
        insert.setString(14, fingerprint(r));
        insert.setLong(15, importId);
        insert.setLong(16, importId);
        Timestamp at = Timestamp.from(now);
        insert.setTimestamp(17, at);
        insert.setTimestamp(18, at);
    }

    private static void setInt(PreparedStatement insert, int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    protected SupplierRecordEntity() {
    }

    SupplierRecordEntity(String supplier, SupplierRecord r, long importId, Instant now) {
        this.supplier = supplier;
        this.type = r.type();
        this.recordId = r.recordId();
        this.version = 1;
        this.firstImportId = importId;
        this.createdAt = now;
        assign(r, importId, now);
    }

    final void assign(SupplierRecord r, long importId, Instant now) {
        orderId = r.orderId();
        careProvider = r.careProvider();
        article = r.article();
        quantity = r.quantity();
        date = r.date();
        invoiceId = r.invoiceId();
        line = r.line();
        mainArea = r.mainArea();
        amountOre = r.amountOre();
        patientRef = r.patientRef();
        fingerprint = fingerprint(r);
        lastImportId = importId;
        updatedAt = now;
    }

    void bumpVersion() {
        version++;
    }

    Long id() {
        return id;
    }

    String recordId() {
        return recordId;
    }

    String supplier() {
        return supplier;
    }

    String fingerprint() {
        return fingerprint;
    }

    int version() {
        return version;
    }

    long lastImportId() {
        return lastImportId;
    }

    LocalDate date() {
        return date;
    }

    /** Marks a delivery as checked (a check never goes away; a later one replaces it). */
    void checked() {
        checkDone = true;
    }

    public SupplierRecord toRecord() {
        return new SupplierRecord(type, recordId, orderId, careProvider, article, quantity, date, invoiceId, line,
                mainArea, amountOre, patientRef);
    }

    /** @return the record's content as one canonical line, kept as history when it is corrected */
    static String canonical(SupplierRecord r) {
        return "{\"order_id\":" + q(r.orderId()) + ",\"care_provider\":" + q(r.careProvider()) + ",\"article\":"
                + q(r.article()) + ",\"quantity\":" + r.quantity() + ",\"date\":" + q(r.date()) + ",\"invoice_id\":"
                + q(r.invoiceId()) + ",\"line\":" + r.line() + ",\"main_area\":" + q(r.mainArea())
                + ",\"amount_ore\":" + r.amountOre() + ",\"patient_ref\":" + q(r.patientRef()) + "}";
    }

    private static String q(Object value) {
        return value == null ? "null"
                : "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** @return the SHA-256 of the canonical content: equal content, equal fingerprint */
    static String fingerprint(SupplierRecord r) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(r).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
