package se.avtalsvakt.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The alert channels in the running distribution: e-mail to a real SMTP server (GreenMail, started by the test
 * inside the container), retried while the server is down; and the webhook channel installed and uninstalled at
 * runtime, posting to a servlet the test registers. The clock walks the seed agreement's notice ladder.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@org.junit.FixMethodOrder(org.junit.runners.MethodSorters.NAME_ASCENDING)
public class AlertChannelsIT extends AvtalsvaktTestSupport {

    static final String AGREEMENT = "samarbetsavtal-hjalpmedel";
    static final String OWNER_MAIL = "beredningsgruppen@vgregion.se";

    /** Survives from method to method: one container per class. */
    private static MailServer smtp;
    private static int smtpPort;

    @Inject
    protected ConfigurationAdmin configurationAdmin;


    @Before
    public void platformAndMailServerAreUp() throws Exception {
        awaitPlatform();
        if (smtp == null) {
            // installed now rather than at boot: the boot set stays the distribution's own
            bundleContext.installBundle("mvn:com.icegreen/greenmail/" + version("greenmail")).start();
            smtpPort = Integer.parseInt(freeTcpPort());
            smtp = new MailServer(smtpPort);
            // retry quickly, so the test sees a failed delivery go out once the server is back
            update("se.avtalsvakt.alerting", "retryInitialSeconds", "1", "retryMaxSeconds", "2",
                    "deliveryIntervalSeconds", "1");
            update("se.avtalsvakt.channel.mail", "host", "127.0.0.1", "port", String.valueOf(smtpPort),
                    "security", "none", "from", "avtalsvakt@vgregion.se",
                    "to.politisk-beredningsgrupp", OWNER_MAIL, "defaultTo", "registrator@vgregion.se");
            await().atMost(Duration.ofSeconds(60)).until(() -> serviceOfComponent("se.avtalsvakt.channel.mail"));
        }
    }

    private void update(String pid, String... keyValues) throws Exception {
        org.osgi.service.cm.Configuration c = configurationAdmin.getConfiguration(pid, null);
        Dictionary<String, Object> props = c.getProperties() != null ? c.getProperties() : new Hashtable<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        c.update(props);
    }

    private static String freeTcpPort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return String.valueOf(s.getLocalPort());
        }
    }

    private JsonNode alert(String kind, String threshold) throws Exception {
        for (JsonNode a : json(get("/api/v1/alerts?limit=1000", "viewer"))) {
            if (a.get("subject").asText().equals(AGREEMENT) && a.get("kind").asText().equals(kind)
                    && a.get("threshold").asText().equals(threshold)) {
                return a;
            }
        }
        return null;
    }

    private String deliveryState(long id, String channel) throws Exception {
        for (JsonNode d : json(get("/api/v1/alerts/" + id, "viewer")).get("deliveries")) {
            if (d.get("channel").asText().equals(channel)) {
                return d.get("state").asText();
            }
        }
        return "NONE";
    }

    private void setClock(String date) throws Exception {
        setDate(configurationAdmin.getConfiguration("se.avtalsvakt.clock", null), date);
    }

    private static List<MailServer.Mail> mailsWithSubject(String part) {
        return smtp.received().stream().filter(m -> m.subject().contains(part)).toList();
    }

    @Test
    public void a_theOwnerGetsOneSwedishMailWhenTheFirstStepFallsDue() throws Exception {
        setClock("2027-04-08");
        await().atMost(Duration.ofSeconds(60)).until(() -> alert("NOTICE_DEADLINE", "540") != null);
        long id = alert("NOTICE_DEADLINE", "540").get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveryState(id, "mail").equals("DELIVERED"));

        List<MailServer.Mail> mails = mailsWithSubject("om 540 dagar");
        assertEquals(1, mails.size());
        MailServer.Mail mail = mails.get(0);
        String title = json(get("/api/v1/agreements/" + AGREEMENT, "viewer")).get("title").asText();
        assertEquals("[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: " + title, mail.subject());
        assertEquals(List.of(OWNER_MAIL), mail.to());
        String body = quotedPrintable(mail.body());
        assertTrue(body, body.contains("senast fredag 29 september 2028 — sista dag enligt avtalet lördag 30 september "
                + "2028"));
        assertFalse(body, body.contains("alert:ack")); // a plain sentence, no console command

        // scanning again changes nothing: still one mail for the step
        assertTrue(console("alert:run").contains("0 alert(s) raised"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> mailsWithSubject("om 540 dagar").size() == 1);
    }

    @Test
    public void b_aMailThatCannotBeSentWaitsVisiblyAndGoesOutWhenTheServerIsBack() throws Exception {
        smtp.stop();
        setClock("2027-09-30"); // the 365-day step
        await().atMost(Duration.ofSeconds(60)).until(() -> alert("NOTICE_DEADLINE", "365") != null);
        long id = alert("NOTICE_DEADLINE", "365").get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> json(get("/api/v1/alerts/" + id, "viewer"))
                .at("/deliveries").findValues("attempts").stream().anyMatch(a -> a.asInt() >= 1)
                && deliveryState(id, "mail").equals("PENDING"));
        String undelivered = console("alert:list --undelivered");
        assertTrue(undelivered, undelivered.lines().anyMatch(l -> l.contains("365") && l.contains("mail pending")));
        assertEquals("DELIVERED", deliveryState(id, "log"));

        smtp = new MailServer(smtpPort);
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveryState(id, "mail").equals("DELIVERED"));
        assertEquals(1, mailsWithSubject("om 365 dagar").size());
        assertFalse(console("alert:list --undelivered").contains(" 365 "));
    }

    @Test
    public void c_theWebhookChannelIsInstalledAndRemovedAtRuntime() throws Exception {
        List<String> posts = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", "/itest-webhook");
        ServiceRegistration<Servlet> receiver = bundleContext.registerService(Servlet.class, new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                posts.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                resp.setStatus(204);
            }
        }, props);
        try {
            update("se.avtalsvakt.channel.webhook", "url", "http://localhost:" + httpPort() + "/itest-webhook");
            String installed = asAdmin("feature:install avtalsvakt-channel-webhook");
            assertFalse(installed, installed.contains("Error"));
            await().atMost(Duration.ofSeconds(90)).until(() -> serviceOfComponent("se.avtalsvakt.channel.webhook"));

            setClock("2028-04-02"); // the 180-day step
            await().atMost(Duration.ofSeconds(60)).until(() -> alert("NOTICE_DEADLINE", "180") != null);
            long id = alert("NOTICE_DEADLINE", "180").get("id").asLong();
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveryState(id, "webhook").equals("DELIVERED"));
            // other sources (obligations, governance) raise alerts of their own on the way: count this one's posts
            List<JsonNode> ofThisAlert = new java.util.ArrayList<>();
            for (String post : posts) {
                JsonNode node = JSON.readTree(post);
                if (node.get("id").asLong() == id) {
                    ofThisAlert.add(node);
                }
            }
            assertEquals(1, ofThisAlert.size());
            JsonNode posted = ofThisAlert.get(0);
            assertEquals("2028-09-29", posted.get("practicalDate").asText());
            assertTrue(posted.get("title").asText().startsWith("[Avtalsvakt] Sista dag för uppsägning om 180 dagar"));

            String removed = asAdmin("feature:uninstall avtalsvakt-channel-webhook");
            assertFalse(removed, removed.contains("Error"));
            await().atMost(Duration.ofSeconds(60)).until(() -> java.util.Arrays.stream(bundleContext.getBundles())
                    .noneMatch(b -> b.getSymbolicName().equals("se.avtalsvakt.channel.webhook")));
            assertFalse(serviceOfComponent("se.avtalsvakt.channel.webhook"));
            int postedBefore = posts.size();

            setClock("2028-07-01"); // the 90-day step: no webhook any more, the others still deliver
            await().atMost(Duration.ofSeconds(60)).until(() -> alert("NOTICE_DEADLINE", "90") != null);
            long next = alert("NOTICE_DEADLINE", "90").get("id").asLong();
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveryState(next, "mail").equals("DELIVERED"));
            assertEquals("NONE", deliveryState(next, "webhook"));
            assertEquals(postedBefore, posts.size());
            assertEquals(200, get("/api/v1/agreements/" + AGREEMENT, "viewer").statusCode());
        } finally {
            receiver.unregister();
        }
    }

    /** @return a quoted-printable mail body as text: soft line breaks joined, {@code =XX} bytes decoded as UTF-8 */
    private static String quotedPrintable(String body) {
        String joined = body.replaceAll("=\\r?\\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && joined.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
