package se.avtalsvakt.api.alert;

import java.time.Instant;

/**
 * An alert's delivery through one channel. A failed delivery is retried with back-off and never dropped.
 *
 * @param channel       the channel's id, e.g. {@code mail}
 * @param state         pending or delivered
 * @param attempts      how many times delivery was tried
 * @param lastError     why the last attempt failed, or null
 * @param nextAttemptAt when the next attempt is due, or null once delivered
 * @param deliveredAt   when it was delivered, or null
 */
public record Delivery(String channel, DeliveryState state, int attempts, String lastError, Instant nextAttemptAt,
                       Instant deliveredAt) {
}
