package se.avtalsvakt.console;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.Test;

import se.avtalsvakt.api.agreement.AgreementService;
import se.avtalsvakt.api.alert.Alert;
import se.avtalsvakt.api.alert.AlertService;
import se.avtalsvakt.api.alert.AlertState;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;
import se.avtalsvakt.api.supplier.SupplierService;

public class CompletersTest {

    @Test
    public void agreementIdsAreAskedForByPrefixAndBounded() {
        List<Object[]> asked = new ArrayList<>();
        AgreementIdCompleter completer = new AgreementIdCompleter();
        completer.agreements = fake(AgreementService.class, "ids", args -> {
            asked.add(args);
            return List.of("samarbetsavtal-a", "samarbetsavtal-b");
        });
        assertEquals(List.of("samarbetsavtal-a ", "samarbetsavtal-b "), complete(completer, "agreement:show saMar", "sam"));
        assertEquals("sam", asked.get(0)[0]);
        assertEquals(BoundedCompleter.LIMIT, asked.get(0)[1]);
    }

    @Test
    public void uncheckedDeliveriesAreAskedForByPrefix() {
        UncheckedDeliveryIdCompleter completer = new UncheckedDeliveryIdCompleter();
        completer.suppliers = fake(SupplierService.class, "uncheckedDeliveryIds",
                args -> List.of("D-100", "D-101").stream().filter(id -> id.startsWith((String) args[0])).toList());
        assertEquals(List.of("D-100 ", "D-101 "), complete(completer, "delivery:check D-1", "D-1"));
        assertEquals(List.of(), complete(completer, "delivery:check X", "X"));
    }

    @Test
    public void openAlertsAreTheNewestPage() {
        AtomicInteger limit = new AtomicInteger();
        OpenAlertIdCompleter completer = new OpenAlertIdCompleter();
        completer.alerts = fake(AlertService.class, "list", args -> {
            assertEquals(AlertState.OPEN, args[0]);
            limit.set((Integer) args[2]);
            return List.of(alert(12), alert(117), alert(11));
        });
        assertEquals(List.of("11 ", "117 ", "12 "), complete(completer, "alert:ack 1", "1"));
        assertEquals(List.of("11 ", "117 "), complete(completer, "alert:ack 11", "11"));
        assertEquals(BoundedCompleter.LIMIT, limit.get());
    }

    @Test
    public void occurrencesAreReadOneAgreementAtATimeUntilThereAreEnough() {
        List<Object> scopes = new ArrayList<>();
        OccurrenceIdCompleter completer = new OccurrenceIdCompleter();
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Stockholm");
        java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T10:00:00Z"), zone);
        completer.clock = new se.avtalsvakt.api.PlatformClock() {
            @Override
            public java.time.ZoneId zone() {
                return zone;
            }

            @Override
            public java.time.Clock clock() {
                return fixed;
            }
        };
        completer.obligations = (ObligationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ObligationService.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "plans" -> List.of(plan("eval-a", "avtal-a"), plan("eval-b", "avtal-b"),
                            plan("ekonomi-a", "avtal-a"));
                    case "occurrences" -> {
                        OccurrenceFilter f = (OccurrenceFilter) args[0];
                        scopes.add(f.agreement());
                        yield "avtal-a".equals(f.agreement())
                                ? List.of(occurrence("eval-a", "2025-06-30", OccurrenceState.OVERDUE),
                                        occurrence("eval-a", "2024-06-30", OccurrenceState.FULFILLED),
                                        occurrence("ekonomi-a", "2026-12-31", OccurrenceState.DUE))
                                : List.of(occurrence("eval-b", "2027-03-31", OccurrenceState.DUE));
                    }
                    default -> throw new AssertionError("unexpected call " + m.getName());
                });
        assertEquals(List.of("eval-a:2025-06-30 ", "eval-b:2027-03-31 "),
                complete(completer, "obligation:fulfil eval", "eval"));
        assertEquals(List.of("avtal-a", "avtal-b"), scopes);
        scopes.clear();
        assertEquals(List.of("eval-a:2025-06-30 "), complete(completer, "obligation:fulfil eval-a:2025", "eval-a:2025"));
        assertEquals(List.of("avtal-a"), scopes);
    }

    private static ObligationPlan plan(String id, String agreement) {
        return new ObligationPlan(id, id, null, agreement, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static Occurrence occurrence(String plan, String due, OccurrenceState state) {
        return new Occurrence(plan + ":" + due, plan, plan, null, null, null, null, java.time.LocalDate.parse(due),
                state, 1, null, List.of(), null);
    }

    @Test
    public void aCompleterWhoseServiceIsNotInstalledOffersNothing() {
        assertEquals(List.of(), complete(new AgreementIdCompleter(), "agreement:show ", ""));
        assertEquals(List.of(), complete(new BodyIdCompleter(), "body:show ", ""));
        assertEquals(List.of(), complete(new ReportKindCompleter(), "report:run ", ""));
        assertEquals(List.of(), complete(new OpenAlertIdCompleter(), "alert:ack ", ""));
    }

    private static Alert alert(long id) {
        return new Alert(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** @return the candidates offered for the last word of {@code buffer}, typed up to the cursor as {@code typed} */
    static List<String> complete(BoundedCompleter completer, String buffer, String typed) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, new Line(buffer, typed), candidates);
        return candidates;
    }

    /** A fake of a service interface answering one method; any other call fails the test. */
    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, String method, java.util.function.Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method) && args != null && args.length >= 2) {
                return answer.apply(args);
            }
            throw new AssertionError("unexpected call " + m);
        });
    }

    /** The command line as Karaf hands it to a completer, with the cursor at the end. */
    record Line(String buffer, String typed) implements CommandLine {

        @Override
        public int getCursorArgumentIndex() {
            return getArguments().length - 1;
        }

        @Override
        public String getCursorArgument() {
            return typed;
        }

        @Override
        public int getArgumentPosition() {
            return typed.length();
        }

        @Override
        public String[] getArguments() {
            return buffer.split(" ", -1);
        }

        @Override
        public int getBufferPosition() {
            return buffer.length();
        }

        @Override
        public String getBuffer() {
            return buffer;
        }
    }
}
