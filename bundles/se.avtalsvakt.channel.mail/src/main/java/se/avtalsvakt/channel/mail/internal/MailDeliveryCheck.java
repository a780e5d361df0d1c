package se.avtalsvakt.channel.mail.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.avtalsvakt.api.PlatformClock;

/**
 * Health check "E-mail channel": OK while no e-mail channel is configured, or when its last delivery succeeded;
 * WARN with the time and the error of the last delivery when it failed (alerting retries it; the platform stays
 * ready). The channel reports each delivery here; this component runs whether the channel is configured or not.
 */
@Component(service = {HealthCheck.class, MailDeliveryCheck.class}, property = {
        HealthCheck.NAME + "=" + MailDeliveryCheck.NAME,
        HealthCheck.TAGS + "=avtalsvakt"})
public class MailDeliveryCheck implements HealthCheck {

    static final String NAME = "E-mail channel";
    static final int MAX_ERROR_LENGTH = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The last delivery: when, and its error (null when it succeeded). */
    private record Outcome(ZonedDateTime at, String error) {
    }

    private final PlatformClock clock;
    private volatile boolean configured;
    private volatile Outcome last;
    private volatile ZonedDateTime lastSuccess;

    @Activate
    public MailDeliveryCheck(@Reference PlatformClock clock) {
        this.clock = clock;
    }

    /** The channel is configured and running (true) or was stopped (false). */
    void channelActive(boolean active) {
        configured = active;
        if (!active) {
            last = null;
        }
    }

    void delivered() {
        ZonedDateTime now = now();
        lastSuccess = now;
        last = new Outcome(now, null);
    }

    void failed(Exception error) {
        last = new Outcome(now(), describe(error));
    }

    private ZonedDateTime now() {
        return clock.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the innermost cause's message (the SMTP server's answer), at most {@link #MAX_ERROR_LENGTH} long */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text;
    }

    @Override
    public Result execute() {
        if (!configured) {
            return new Result(Result.Status.OK,
                    "not configured: no e-mail is sent (etc/se.avtalsvakt.channel.mail.cfg)");
        }
        Outcome o = last;
        if (o == null) {
            return new Result(Result.Status.OK, "configured; no delivery since start");
        }
        if (o.error() == null) {
            return new Result(Result.Status.OK, "last delivery succeeded at " + TIME.format(o.at()));
        }
        ZonedDateTime success = lastSuccess;
        return new Result(Result.Status.WARN, "last delivery failed at " + TIME.format(o.at()) + ": " + o.error()
                + (success == null ? "" : " (last success " + TIME.format(success) + ")")
                + "; alerting retries it");
    }
}
