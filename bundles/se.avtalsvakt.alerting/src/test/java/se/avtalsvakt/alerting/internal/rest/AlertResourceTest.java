package se.avtalsvakt.alerting.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.Test;

import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertFilter;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

public class AlertResourceTest {

    /** Records what it was asked; answers no alerts. */
    private static final class RecordingAlerts implements AlertService {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Alert> list(AlertState state, boolean undeliveredOnly) {
            asked.add("list " + state + " " + undeliveredOnly);
            return List.of();
        }

        @Override
        public Page<Alert> page(AlertFilter filter, PageRequest request) {
            asked.add("page " + filter.state() + " " + filter.undeliveredOnly() + " " + filter.kind() + " "
                    + filter.source() + " " + filter.addressee() + " " + request.limit() + " " + request.cursor());
            return Page.all(List.of());
        }

        @Override
        public Alert get(long id) {
            asked.add("get " + id);
            return null;
        }

        @Override
        public Alert acknowledge(long id, String by) {
            asked.add("acknowledge " + id + " by " + by);
            return null;
        }

        @Override
        public ScanResult scan() {
            asked.add("scan");
            return new ScanResult(0, 0, LocalDate.of(2027, 3, 12), List.of());
        }

        @Override
        public ScanResult scan(boolean confirm) {
            asked.add("scan " + confirm);
            return new ScanResult(0, 0, LocalDate.of(2027, 3, 12), List.of());
        }
    }

    private static SecurityContext caller(String name) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    private final RecordingAlerts alerts = new RecordingAlerts();
    private final AlertResource resource = new AlertResource(alerts);

    @Test
    public void theListIsOnePageOfEveryAlertUnlessAFilterIsAsked() {
        resource.list(null, null, null, null, null, null, null);
        resource.list(AlertState.OPEN, null, "", null, null, 5, null);
        resource.list(null, true, "TERM_END", "agreement", "vgr", 1000, "MTI");
        assertEquals(List.of("page null false null null null 100 null", "page OPEN false null null null 5 null",
                "page null true TERM_END agreement vgr 1000 MTI"), alerts.asked);
    }

    @Test
    public void aLimitOutOfRangeOrABadCursorIsRefusedNamingIt() {
        for (int bad : new int[] {0, 1001}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> resource.list(null, null, null, null, null, bad, null));
            assertEquals("limit", e.problems().get(0).path());
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> new AlertService() {
                    @Override
                    public List<Alert> list(AlertState state, boolean undeliveredOnly) {
                        return List.of();
                    }

                    @Override
                    public Alert get(long id) {
                        return null;
                    }

                    @Override
                    public Alert acknowledge(long id, String by) {
                        return null;
                    }

                    @Override
                    public ScanResult scan() {
                        return null;
                    }
                }.page(AlertFilter.ALL, new PageRequest(10, "bm90LWEtbnVtYmVy")));
        assertEquals("cursor", e.problems().get(0).path());
    }

    @Test
    public void anAlertIsAcknowledgedInTheCallersName() {
        resource.acknowledge("42", caller("operator"));
        assertEquals(List.of("acknowledge 42 by operator"), alerts.asked);
    }

    @Test
    public void anIdThatIsNotANumberIsRefusedNamingIt() {
        for (String bad : List.of("abc", "4.2", "")) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> resource.get(bad));
            assertEquals("id", e.problems().get(0).path());
        }
        assertEquals(List.of(), alerts.asked);
    }

    @Test
    public void aScanIsRunOnRequest() {
        assertEquals(LocalDate.of(2027, 3, 12), resource.scan(null).today());
        resource.scan(true);
        assertEquals(List.of("scan false", "scan true"), alerts.asked);
    }
}
