package se.avtalsvakt.channel.log.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertChannel;
import se.avtalsvakt.api.alert.Severity;

/**
 * The channel that is always there: each alert as one line on the logger {@code se.avtalsvakt.alerts}, at WARN
 * for critical alerts and INFO for the others; line breaks in a description are folded and a long one is cut, so
 * an alert never takes more than one line. Operations can send that logger to a file of its own in
 * {@code etc/org.ops4j.pax.logging.cfg}. The log is not the record of the alerts: the alerts table is (REST
 * {@code /api/v1/alerts}, {@code alert:list}), with each delivery's state; a rotated log loses nothing.
 */
@Component(name = "se.avtalsvakt.channel.log", service = AlertChannel.class)
@Designate(ocd = LogChannel.Config.class)
public class LogChannel implements AlertChannel {

    /** Configuration PID {@code se.avtalsvakt.channel.log}. */
    @ObjectClassDefinition(name = "Avtalsvakt alert channel: log",
            description = "Writes each alert as one line to the log (not the record: the alerts table is).")
    public @interface Config {
        @AttributeDefinition(name = "Logger", description = "The logger the alerts are written to.")
        String logger() default "se.avtalsvakt.alerts";
    }

    private final Logger log;

    @Activate
    public LogChannel(Config config) {
        this.log = LoggerFactory.getLogger(config.logger());
    }

    @Override
    public String id() {
        return "log";
    }

    @Override
    public void deliver(Alert alert) {
        String line = line(alert);
        if (alert.severity() == Severity.CRITICAL) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    /** @return the alert as one line */
    static String line(Alert a) {
        return "ALERT " + a.id() + " " + a.severity() + " " + a.kind() + " " + a.subject()
                + (a.subjectTitle() != null ? " (" + oneLine(a.subjectTitle(), 200) + ")" : "")
                + " due " + a.practicalDate() + (a.dueDate().equals(a.practicalDate()) ? "" : " [" + a.dueDate() + "]")
                + ", step " + a.threshold() + ", raised for " + a.raisedFor() + ", to " + a.addressee()
                + (a.description() != null ? ": " + oneLine(a.description(), MAX_DESCRIPTION) : "");
    }

    /** The longest description written; the alert itself keeps the whole text. */
    static final int MAX_DESCRIPTION = 300;

    private static String oneLine(String text, int max) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
