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
