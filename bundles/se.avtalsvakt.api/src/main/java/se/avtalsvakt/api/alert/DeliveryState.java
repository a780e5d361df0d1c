package se.avtalsvakt.api.alert;

/** Where an alert's delivery through one channel stands. */
public enum DeliveryState {
    /** Not delivered yet: waiting for its first attempt, for a retry after a failure, or for the channel to return. */
    PENDING,
    /** Delivered. */
    DELIVERED
}
