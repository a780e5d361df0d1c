package se.avtalsvakt.alerting.internal.store;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of {@code av_alert_scan}: per deadline source, the platform date of the last scan that heard from it. */
@Entity
@Table(name = "av_alert_scan")
public class ScanEntity {

    @Id
    @Column(name = "source", length = 64)
    private String source;

    @Column(name = "last_scan_date", nullable = false)
    private LocalDate lastScanDate;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    protected ScanEntity() {
        // for JPA
    }

    ScanEntity(String source, LocalDate date, Instant at) {
        this.source = source;
        lastScanDate = date;
        scannedAt = at;
    }

    String source() {
        return source;
    }

    LocalDate lastScanDate() {
        return lastScanDate;
    }

    void scanned(LocalDate date, Instant at) {
        lastScanDate = date;
        scannedAt = at;
    }
}
