package se.avtalsvakt.channel.mail.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.KindText;

/** The mail route through the real Camel mail component to a real SMTP server (GreenMail). */
public class MailChannelTest {

    /** The kind's text as the agreement bundle's catalogue gives it (alerting hands it over with the alert). */
    static final KindText NOTICE_DEADLINE = new KindText("Sista dag för uppsägning",
            "Ta ställning till om avtalet ska sägas upp. En uppsägning ska ha kommit fram till motparten senast den "
                    + "praktiska sista dagen; annars förlängs avtalet automatiskt enligt sina villkor.");

    private GreenMail smtp;
    private CamelContext camel;
    private ProducerTemplate producer;
    private MailSettings settings;

    static Alert alert(String addressee) {
        return new Alert(12, "agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal om hjälpmedel",
                "NOTICE_DEADLINE", LocalDate.of(2028, 9, 30), LocalDate.of(2028, 9, 29), "540",
                LocalDate.of(2027, 4, 8), addressee, Severity.INFO, "Last day to give written notice",
                Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of(), NOTICE_DEADLINE);
    }

    static MailChannel.Config config(String host, int port, String security, String from, String defaultTo) {
        return new MailChannel.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MailChannel.Config.class;
            }

            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String security() {
                return security;
            }

            @Override
            public String username() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public String from() {
                return from;
            }

            @Override
            public String defaultTo() {
                return defaultTo;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }

    @Before
    public void startServerAndRoute() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        settings = MailSettings.from(config("localhost", smtp.getSmtp().getPort(), "none", "avtalsvakt@vgregion.se",
                "registrator@vgregion.se"), Map.of("to.politisk-beredningsgrupp", "anna@vgregion.se; bo@kommun.se"));
        camel = MailChannel.start(new DefaultCamelContext(), settings);
        producer = camel.createProducerTemplate();
    }

    @After
    public void stop() {
        camel.stop();
        smtp.stop();
    }

    @Test
    public void anAlertArrivesAsASwedishMailToTheAddresseesPeople() throws Exception {
        MailChannel.send(producer, settings, alert("politisk-beredningsgrupp"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length); // one copy per recipient mailbox
        MimeMessage m = received[0];
        assertEquals("[Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: Samarbetsavtal om hjälpmedel",
                m.getSubject());
        assertEquals("avtalsvakt@vgregion.se", m.getFrom()[0].toString());
        assertEquals(List.of("anna@vgregion.se", "bo@kommun.se"),
                java.util.Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
        String body = m.getContent().toString();
        assertTrue(body, body.contains("Sista dag:              senast fredag 29 september 2028 — sista dag enligt "
                + "avtalet lördag 30 september 2028"));
        assertTrue(body, body.contains("Ta ställning till om avtalet ska sägas upp"));
        assertTrue(body, body.contains("Larm nr 12"));
        assertFalse(body, body.contains("alert:")); // no console commands for officials
    }

    @Test
    public void anAddresseeWithoutAddressesGoesToTheDefault() throws Exception {
        MailChannel.send(producer, settings, alert("ledningsradet"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        assertEquals("registrator@vgregion.se",
                smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0].toString());
    }

    @Test
    public void aServerThatIsDownFailsTheDeliverySoThatItIsRetried() {
        smtp.stop();
        assertThrows(CamelExecutionException.class,
                () -> MailChannel.send(producer, settings, alert("politisk-beredningsgrupp")));
    }

    @Test
    public void badSettingsAreRefusedNamingTheSetting() {
        assertEquals("host: the SMTP server is not set", assertThrows(IllegalArgumentException.class,
                () -> MailSettings.from(config(" ", 25, "none", "a@b.se", ""), Map.of())).getMessage());
        assertEquals("security: 'tls13' is not one of none, starttls, ssl", assertThrows(
                IllegalArgumentException.class,
                () -> MailSettings.from(config("smtp", 25, "tls13", "a@b.se", ""), Map.of())).getMessage());
        assertEquals("to.sro: 'kansliet' is not an e-mail address", assertThrows(IllegalArgumentException.class,
                () -> MailSettings.from(config("smtp", 25, "none", "a@b.se", ""), Map.of("to.sro", "kansliet")))
                .getMessage());
        MailSettings noDefault = MailSettings.from(config("smtp", 587, "starttls", "a@b.se", ""), Map.of());
        assertEquals("no e-mail address for sro: set to.sro (or defaultTo) in etc/se.avtalsvakt.channel.mail.cfg",
                assertThrows(IllegalStateException.class, () -> noDefault.recipients("sro")).getMessage());
        assertTrue(noDefault.endpointUri().contains("mail.smtp.starttls.enable=true"));
    }
}
