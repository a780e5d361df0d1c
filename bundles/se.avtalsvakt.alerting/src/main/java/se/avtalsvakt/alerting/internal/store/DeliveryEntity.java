package se.avtalsvakt.alerting.internal.store;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import se.avtalsvakt.api.alert.Delivery;
import se.avtalsvakt.api.alert.DeliveryState;

/** Row of {@code av_alert_delivery}: an alert's delivery through one channel. */
@Entity
@Table(name = "av_alert_delivery")
@IdClass(DeliveryEntity.Pk.class)
public class DeliveryEntity {

    /** The composite key. */
    public static class Pk implements Serializable {
        private static final long serialVersionUID = 1L;
        Long alert;
        String channel;

        public Pk() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pk p && Objects.equals(alert, p.alert) && Objects.equals(channel, p.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(alert, channel);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "alert_id", nullable = false)
    private AlertEntity alert;

    @Id
    @Column(name = "channel", nullable = false, length = 64)
    private String channel;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DeliveryEntity() {
        // for JPA
    }

    DeliveryEntity(AlertEntity alert, String channel, Instant firstAttempt) {
        this.alert = alert;
        this.channel = channel;
        state = DeliveryState.PENDING.name();
        nextAttemptAt = firstAttempt;
    }

    public String channel() {
        return channel;
    }

    public AlertEntity alert() {
        return alert;
    }

    void delivered(Instant at) {
        attempts++;
        state = DeliveryState.DELIVERED.name();
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    void failed(String error, Instant at, java.time.Duration firstWait, java.time.Duration longestWait) {
        attempts++;
        lastError = AlertEntity.clip(error, 1000);
        java.time.Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        nextAttemptAt = at.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    Delivery toRecord() {
        return new Delivery(channel, DeliveryState.valueOf(state), attempts, lastError, nextAttemptAt, deliveredAt);
    }
}
