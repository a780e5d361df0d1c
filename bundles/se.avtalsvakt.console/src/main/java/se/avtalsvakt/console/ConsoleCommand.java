package se.avtalsvakt.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.avtalsvakt.api.ConflictException;
import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.Problem;
import se.avtalsvakt.api.ValidationException;

/**
 * The base of every Avtalsvakt console command. A command implements {@link #run()}; when the platform refuses
 * what was typed (an unknown id, a value that does not parse, a rule or a conflict, a file that is not there),
 * the user sees one line naming the option and the log gets one line at INFO, with no stack trace. A problem
 * the api reports for a field ({@code checkedOn}) is shown under the option the user typed ({@code --date}): a
 * field with the same name as an {@code @Option} or {@code @Argument} field maps to it by itself, others through
 * {@link #fieldOptions()}. Anything else (a bug, a database down) is left to Karaf, which logs it with its stack
 * trace.
 */
public abstract class ConsoleCommand implements Action {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCommand.class);

    @Reference(optional = true)
    protected Session session;

    /**
     * Does the command's work.
     *
     * @return what Karaf prints after the command, usually null
     * @throws IllegalArgumentException with the sentence to show, for input that cannot be used
     */
    protected abstract Object run() throws Exception;

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (NotFoundException | ConflictException e) {
            throw refused(e.getMessage());
        } catch (ValidationException e) {
            throw refused(describe(e.problems()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null) {
                throw e;
            }
            throw refused(e.getMessage());
        } catch (NoSuchFileException e) {
            throw refused("no such file: " + e.getFile());
        } catch (AccessDeniedException e) {
            throw refused("not allowed to read or write " + e.getFile());
        } catch (UncheckedIOException e) {
            throw refused(e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage());
        } catch (IOException e) {
            throw refused(e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /**
     * @return api field names (as in a {@link Problem}'s path) and the option the user typed for each, for fields
     *         not named like the command's own option fields; e.g. {@code Map.of("checkedOn", "--date")}
     */
    protected Map<String, String> fieldOptions() {
        return Map.of();
    }

    /** @return who runs the command: the session's user, or {@code console} */
    protected String user() {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "console" : user.toString();
    }

    /** @return the problems as one line, each under the option the user typed where one is known */
    String describe(List<Problem> problems) {
        List<String> parts = problems.stream().map(p -> {
            String option = optionFor(p.path());
            return option == null ? p.toString() : option + ": " + p.message();
        }).toList();
        return parts.size() == 1 ? parts.get(0) : parts.size() + " problems: " + String.join("; ", parts);
    }

    /**
     * @param path a problem's path: a field ({@code checkedOn}) or a path ending in one
     *             ({@code revisions[2].diaryNumber}, taken by its last field)
     * @return the option or argument the user typed for it, or null if the command has none
     */
    String optionFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        String option = optionForField(path);
        int dot = path.lastIndexOf('.');
        return option != null || dot < 0 ? option : optionForField(path.substring(dot + 1));
    }

    private String optionForField(String path) {
        String mapped = fieldOptions().get(path);
        if (mapped != null) {
            return mapped;
        }
        for (Class<?> type = getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(path)) {
                    Option option = field.getAnnotation(Option.class);
                    if (option != null) {
                        return option.name();
                    }
                    Argument argument = field.getAnnotation(Argument.class);
                    if (argument != null) {
                        return Argument.DEFAULT.equals(argument.name()) ? field.getName() : argument.name();
                    }
                }
            }
        }
        return null;
    }

    private CommandException refused(String message) {
        Command command = getClass().getAnnotation(Command.class);
        String name = command == null ? getClass().getSimpleName() : command.scope() + ":" + command.name();
        LOG.info("{} by {} refused: {}", name, user(), message);
        return new CommandException(message);
    }
}
