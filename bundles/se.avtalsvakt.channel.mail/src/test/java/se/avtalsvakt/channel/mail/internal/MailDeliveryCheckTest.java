package se.avtalsvakt.channel.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.camel.CamelExecutionException;
import org.apache.felix.hc.api.Result;
import org.junit.Test;

import se.avtalsvakt.api.PlatformClock;

/** The health check "E-mail channel": OK unless the channel's last delivery failed, then WARN with when and why. */
public class MailDeliveryCheckTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private Instant now = Instant.parse("2026-11-22T09:15:30.250Z");

    private final MailDeliveryCheck check = new MailDeliveryCheck(new PlatformClock() {
        @Override
        public ZoneId zone() {
            return STOCKHOLM;
        }

        @Override
        public Clock clock() {
            return Clock.fixed(now, STOCKHOLM);
        }
    });

    private static String message(Result result) {
        return result.iterator().next().getMessage();
    }

    @Test
    public void withoutAConfiguredChannelTheCheckIsOk() {
        Result result = check.execute();
        assertEquals(Result.Status.OK, result.getStatus());
        assertTrue(message(result), message(result).startsWith("not configured"));
    }

    @Test
    public void aConfiguredChannelWithoutDeliveriesIsOk() {
        check.channelActive(true);
        assertEquals(Result.Status.OK, check.execute().getStatus());
        assertEquals("configured; no delivery since start", message(check.execute()));
    }

    @Test
    public void aFailedLastDeliveryWarnsWithItsTimeAndTheServersAnswer() {
        check.channelActive(true);
        check.delivered();
        now = now.plusSeconds(3600);
        check.failed(new CamelExecutionException("Exception occurred during execution", null,
                new IllegalStateException("wrapped", new java.net.ConnectException("Connection refused"))));
        Result result = check.execute();
        assertEquals(Result.Status.WARN, result.getStatus());
        assertEquals("last delivery failed at 2026-11-22 11:15:30: ConnectException: Connection refused"
                + " (last success 2026-11-22 10:15:30); alerting retries it", message(result));
    }

    @Test
    public void aSuccessAfterAFailureMakesItOkAgain() {
        check.channelActive(true);
        check.failed(new RuntimeException("554 rejected"));
        assertEquals(Result.Status.WARN, check.execute().getStatus());
        check.delivered();
        Result result = check.execute();
        assertEquals(Result.Status.OK, result.getStatus());
        assertEquals("last delivery succeeded at 2026-11-22 10:15:30", message(result));
    }

    @Test
    public void stoppingTheChannelForgetsItsFailures() {
        check.channelActive(true);
        check.failed(new RuntimeException("554 rejected"));
        check.channelActive(false);
        assertEquals(Result.Status.OK, check.execute().getStatus());
    }

    @Test
    public void longErrorsAreCutAndKeptOnOneLine() {
        String described = MailDeliveryCheck.describe(new RuntimeException("line one\nline two " + "x".repeat(400)));
        assertTrue(described, described.startsWith("RuntimeException: line one line two x"));
        assertEquals(MailDeliveryCheck.MAX_ERROR_LENGTH + 1, described.length());
    }
}
