package se.avtalsvakt.api.alert;

/**
 * A way to tell people about alerts: e-mail, a webhook, a file for a case-management system. Register an
 * implementation as an OSGi service (whiteboard); every alert raised while the channel is registered is handed to
 * it until {@link #deliver} returns normally. A channel that is removed keeps its pending deliveries; they go out
 * when it returns.
 */
public interface AlertChannel {

    /** @return the channel's id, stable across restarts, e.g. {@code mail}; it names the channel's deliveries */
    String id();

    /**
     * Delivers one alert. Called from the alerting bundle's delivery thread, never concurrently for one channel.
     *
     * @param alert the alert, with its addressee
     * @throws Exception if it could not be delivered now; the delivery is retried with back-off
     */
    void deliver(Alert alert) throws Exception;
}
