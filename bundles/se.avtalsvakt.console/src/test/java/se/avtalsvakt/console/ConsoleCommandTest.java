package se.avtalsvakt.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;

public class ConsoleCommandTest {

    @Command(scope = "test", name = "check")
    static class CheckCommand extends ConsoleCommand {

        @Option(name = "--date")
        String date;

        @Option(name = "--note")
        String note;

        @Argument(index = 0, name = "delivery")
        String deliveryId;

        Callable<Object> work = () -> null;

        @Override
        protected Object run() throws Exception {
            return work.call();
        }

        @Override
        protected Map<String, String> fieldOptions() {
            return Map.of("checkedOn", "--date");
        }
    }

    @Test
    public void refusedInputBecomesOneLineForKaraf() {
        CheckCommand c = new CheckCommand();
        c.work = () -> {
            throw new NotFoundException("delivery", "D-1");
        };
        assertEquals("no delivery with id 'D-1'", refusal(c));
        c.work = () -> {
            throw new ConflictException("delivery D-1 was reported by several suppliers");
        };
        assertEquals("delivery D-1 was reported by several suppliers", refusal(c));
        c.work = () -> ConsoleInput.parseYear("--year", "abc");
        assertEquals("--year must be a year, e.g. 2026, not 'abc'", refusal(c));
        c.work = () -> {
            throw new NoSuchFileException("/tmp/costs.csv");
        };
        assertEquals("no such file: /tmp/costs.csv", refusal(c));
    }

    @Test
    public void aProblemIsShownUnderTheOptionTheUserTyped() {
        CheckCommand c = new CheckCommand();
        c.work = () -> {
            throw new ValidationException("checkedOn", "before the delivery (2026-11-02)");
        };
        assertEquals("--date: before the delivery (2026-11-02)", refusal(c));
        c.work = () -> {
            throw new ValidationException(List.of(new Problem("note", "longer than 1000 characters"),
                    new Problem("deliveryId", "unknown"), new Problem("supplier.name", "missing")));
        };
        assertEquals("3 problems: --note: longer than 1000 characters; delivery: unknown; supplier.name: missing",
                refusal(c));
        assertNull(c.optionFor(""));
        assertEquals("--note", c.optionFor("note"));
        assertEquals("--date", c.optionFor("checks[0].checkedOn"));
        assertNull(c.optionFor("checks[0].unknown"));
    }

    @Test
    public void failuresThatAreNotInputAreLeftToKaraf() {
        CheckCommand c = new CheckCommand();
        IllegalStateException bug = new IllegalStateException("database down");
        c.work = () -> {
            throw bug;
        };
        assertSame(bug, assertThrows(IllegalStateException.class, c::execute));
        c.work = () -> {
            throw new IllegalArgumentException();
        };
        assertThrows(IllegalArgumentException.class, c::execute);
    }

    @Test
    public void theUserComesFromTheSessionElseConsole() {
        assertEquals("console", new CheckCommand().user());
    }

    private static String refusal(CheckCommand c) {
        return assertThrows(CommandException.class, c::execute).getMessage();
    }
}
