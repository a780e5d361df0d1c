package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * A completer that asks for at most {@link #LIMIT} candidates starting with what has been typed, so completing an
 * id reads a bounded page however large the register is. A completer whose service is not installed (its
 * feature is not) offers nothing.
 */
public abstract class BoundedCompleter implements Completer {

    /** The most candidates offered at once: more would not help anyone choose. */
    public static final int LIMIT = 100;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        delegate.getStrings().addAll(candidates(typed(commandLine), LIMIT));
        return delegate.complete(session, commandLine, candidates);
    }

    /**
     * @param prefix what has been typed of the value so far, possibly empty
     * @param limit  at most this many
     * @return the values that start with {@code prefix}
     */
    protected abstract Collection<String> candidates(String prefix, int limit);

    /** @return the part of the argument under the cursor that was typed before it */
    static String typed(CommandLine commandLine) {
        String argument = commandLine.getCursorArgument();
        if (argument == null) {
            return "";
        }
        return argument.substring(0, Math.min(commandLine.getArgumentPosition(), argument.length()));
    }
}
