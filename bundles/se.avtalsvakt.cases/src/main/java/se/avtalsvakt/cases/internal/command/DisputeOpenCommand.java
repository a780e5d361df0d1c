package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.NewDispute;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code dispute:open}: raises a dispute at the first step of its agreement's ladder. */
@Command(scope = "dispute", name = "open", description = "Opens a dispute at the first step of the agreement's escalation ladder")
@Service
public class DisputeOpenCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "agreement", required = true, description = "The agreement id")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Argument(index = 1, name = "subject", required = true, description = "What the dispute is about")
    String subject;

    @Option(name = "--parties", required = true, description = "The parties in dispute, comma-separated ids")
    @Completion(OrganisationIdCompleter.class)
    String parties;

    @Option(name = "--situation", description = "The individual's situation in focus (never a personal identity number)")
    String situation;

    @Option(name = "--opened-on", description = "The day it was raised, YYYY-MM-DD (default today)")
    String openedOn;

    @Option(name = "--owner", description = "Who handles it at steps without an owner (default the first party)")
    @Completion(OrganisationIdCompleter.class)
    String owner;

    @Override
    protected Map<String, String> fieldOptions() {
        Map<String, String> options = new java.util.HashMap<>(Map.of("openedOn", "--opened-on"));
        for (int i = 0; i < 64; i++) {
            options.put("parties[" + i + "]", "--parties");
        }
        return options;
    }

    @Override
    protected Object run() {
        List<String> ids = Arrays.stream(parties.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        print(cases.openDispute(new NewDispute(agreement, ids, subject, situation,
                parseDate("--opened-on", openedOn, null), owner), user()));
        return null;
    }
}
