package ${package}.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.alert.Severity;
import se.avtalsvakt.api.deadline.KindText;

public class RouteAlertChannelTest {

    /** The kind's text as the agreement bundle's catalogue gives it (alerting hands it over with the alert). */
    static final KindText NOTICE_DEADLINE = new KindText("Sista dag för uppsägning",
            "Ta ställning till om avtalet ska sägas upp. En uppsägning ska ha kommit fram till motparten senast den "
                    + "praktiska sista dagen; annars förlängs avtalet automatiskt enligt sina villkor.");

    private CamelContext camel;

    static Alert alert() {
        return new Alert(1, "agreement", "samarbetsavtal-hjalpmedel", "Samarbetsavtal om hjälpmedel",
                "NOTICE_DEADLINE", LocalDate.of(2028, 9, 30), LocalDate.of(2028, 9, 29), "540",
                LocalDate.of(2027, 4, 8), "politisk-beredningsgrupp", Severity.INFO, "Notice deadline",
                Instant.EPOCH, AlertState.OPEN, null, null, null, null, List.of(), NOTICE_DEADLINE);
    }

    @Before
    public void start() throws Exception {
        camel = RouteAlertChannel.start(new DefaultCamelContext(), "test");
    }

    @After
    public void stop() {
        camel.stop();
    }

    @Test
    public void anAlertGoesThroughTheRoute() {
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            Object sent = producer.requestBody(RouteAlertChannel.ENDPOINT, RouteAlertChannel.line(alert()));
            assertEquals("politisk-beredningsgrupp: [Avtalsvakt] Sista dag för uppsägning om 540 dagar, 2028-09-29: "
                    + "Samarbetsavtal om hjälpmedel", sent);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals("Started", camel.getRouteController().getRouteStatus("${artifactId}").name());
    }
}
