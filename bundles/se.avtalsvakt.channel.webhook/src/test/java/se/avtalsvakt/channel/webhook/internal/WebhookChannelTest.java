package se.avtalsvakt.channel.webhook.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.KindText;

/** The webhook route through the real Camel HTTP component to a local HTTP server. */
public class WebhookChannelTest {

    /** The kind's text as the agreement bundle's catalogue gives it (alerting hands it over with the alert). */
    static final KindText NOTICE_DEADLINE = new KindText("Sista dag för uppsägning",
            "Ta ställning till om avtalet ska sägas upp. En uppsägning ska ha kommit fram till motparten senast den "
                    + "praktiska sista dagen; annars förlängs avtalet automatiskt enligt sina villkor.");

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private CamelContext camel;
    private ProducerTemplate producer;

    static Alert alert() {
        return new Alert(3, "agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal om hjälpmedel",
                "NOTICE_DEADLINE", LocalDate.of(2028, 9, 30), LocalDate.of(2028, 9, 29), "passed",
                LocalDate.of(2028, 9, 30), "politisk-beredningsgrupp", Severity.CRITICAL, "Notice deadline",
                Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of(), NOTICE_DEADLINE);
    }

    @Before
    public void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        camel = WebhookChannel.start(new DefaultCamelContext(), WebhookChannel.endpoint(url), 5);
        producer = camel.createProducerTemplate();
    }

    @After
    public void stop() {
        camel.stop();
        server.stop(0);
    }

    @Test
    public void anAlertIsPostedAsJsonWithASwedishTitleAndText() throws Exception {
        WebhookChannel.post(producer, "Bearer hemligt", alert());
        assertEquals(1, bodies.size());
        JsonNode json = new ObjectMapper().readTree(bodies.get(0));
        assertEquals("[Avtalsvakt] Sista dag för uppsägning passerad 2028-09-29: Samarbetsavtal om hjälpmedel",
                json.get("title").asText());
        assertTrue(json.get("text").asText().contains("Läge:                   tidsfristen har passerat"));
        assertEquals("2028-09-29", json.get("practicalDate").asText());
        assertEquals("passed", json.get("threshold").asText());
        assertEquals(3, json.get("id").asLong());
        assertEquals("Bearer hemligt", authorizations.get(0));
    }

    @Test
    public void anErrorAnswerFailsTheDeliverySoThatItIsRetried() {
        status.set(503);
        assertThrows(CamelExecutionException.class, () -> WebhookChannel.post(producer, "", alert()));
        assertEquals(1, bodies.size());
    }

    @Test
    public void theUrlMustBeAnHttpAddress() {
        assertEquals("url: 'ftp://x/y' is not an http or https address", assertThrows(
                IllegalArgumentException.class, () -> WebhookChannel.endpoint("ftp://x/y")).getMessage());
        assertEquals("url: '' is not an http or https address", assertThrows(IllegalArgumentException.class,
                () -> WebhookChannel.endpoint(" ")).getMessage());
        assertEquals("https://teams.example/hook?a=1", WebhookChannel.endpoint(" https://teams.example/hook?a=1"));
    }
}
