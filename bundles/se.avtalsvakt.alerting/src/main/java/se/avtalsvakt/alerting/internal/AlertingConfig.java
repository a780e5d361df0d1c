package se.avtalsvakt.alerting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of alerting, PID {@code se.avtalsvakt.alerting}. Besides these settings, the configuration holds
 * one {@code ladder.<KIND>} per deadline kind (e.g. {@code ladder.NOTICE_DEADLINE = 540,365,180,90,30,7,0,passed})
 * and one {@code route.<owner>} per owner whose alerts go to someone else (e.g.
 * {@code route.bg-ekonomi = samordningsfunktionen}), and one {@code rescan.<domain>} per event domain whose writes
 * change the deadlines of other sources than the one of the same id (e.g.
 * {@code rescan.agreement = agreement,obligation,governance}).
 */
@ObjectClassDefinition(name = "Avtalsvakt alerting",
        description = "Raises alerts from every deadline source along a lead-time ladder, and delivers them.")
public @interface AlertingConfig {

    @AttributeDefinition(name = "Schedule", description = "When the daily scan runs: a Quartz cron expression in "
            + "the JVM's time zone (Europe/Stockholm in the distribution). Default: every day at 00:15, after the "
            + "renewal job.")
    String scheduler_expression() default "0 15 0 * * ?";

    @AttributeDefinition(name = "Concurrent", description = "Never run two scans at once.")
    boolean scheduler_concurrent() default false;

    @AttributeDefinition(name = "Default ladder", description = "Steps for deadline kinds without a ladder.<KIND>: "
            + "days before the practical deadline, and 'passed' for the day after it.")
    String defaultLadder() default "30,7,0,passed";

    @AttributeDefinition(name = "Event ladder", description = "Steps for events (an agreement renewed, a notice "
            + "received) without a ladder.<KIND>; 0 raises the alert on the event's day.")
    String eventLadder() default "0";

    @AttributeDefinition(name = "Default addressee", description = "Who gets alerts of deadlines without an owner.")
    String defaultAddressee() default "samordningsfunktionen";

    @AttributeDefinition(name = "Warning days", description = "An alert this many days or fewer before its "
            + "deadline is a WARNING.")
    int warningDays() default 90;

    @AttributeDefinition(name = "Critical days", description = "An alert this many days or fewer before its "
            + "deadline, or after it, is CRITICAL.")
    int criticalDays() default 7;

    @AttributeDefinition(name = "Most alerts per kind and scan", description = "A scan raises at most this many "
            + "alerts of one deadline kind, the earliest due first; the rest are raised by the next scans (a scan "
            + "an operator confirmed past the guard is not cut).")
    int maxPerKindPerScan() default 500;

    @AttributeDefinition(name = "Guard", description = "A scan that would raise more alerts than this in all "
            + "raises and resolves nothing and is held until an operator confirms it (alert:scan --confirm, "
            + "POST /api/v1/alerts/scan?confirm=true), which raises all of them at once; the health check "
            + "'Alert scans' warns meanwhile.")
    int guardThreshold() default 1000;

    @AttributeDefinition(name = "First retry (s)", description = "Seconds before a failed delivery is retried; "
            + "doubled after each failure.")
    int retryInitialSeconds() default 30;

    @AttributeDefinition(name = "Longest retry (s)", description = "The longest wait between two attempts.")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(name = "Delivery interval (s)", description = "How often pending deliveries are looked at.")
    int deliveryIntervalSeconds() default 5;
}
