package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.api.agreement.RenegotiationRequest;

/**
 * {@code agreement:renegotiate --party P --requested DATE [--diary NO] [--reason TEXT] ID}: records a call for
 * renegotiation (R9); without {@code --party}, lists the agreement's calls.
 */
@Command(scope = "agreement", name = "renegotiate",
        description = "Records a party's call for renegotiation, or lists the calls when no --party is given")
@Service
public class AgreementRenegotiateCommand extends AgreementCommandSupport {

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--party", description = "The organisation that calls for renegotiation")
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Option(name = "--requested", description = "The day it was made (YYYY-MM-DD); required with --party")
    String requested;

    @Option(name = "--diary", description = "Its diary number (diarienummer)")
    String diary;

    @Option(name = "--reason", description = "What has changed, in a sentence")
    String reason;

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("requestedOn", "--requested", "diaryNumber", "--diary");
    }

    @Override
    protected Object run() {
        if (party != null) {
            if (requested == null) {
                throw new IllegalArgumentException("--requested: required with --party (YYYY-MM-DD)");
            }
            RenegotiationRequest r = agreements.requestRenegotiation(id, new RenegotiationRequest(party,
                    parseDate("--requested", requested, null), diary, reason, null));
            System.out.println("Renegotiation of " + id + " requested by " + r.party() + " on " + r.requestedOn()
                    + " recorded");
        }
        for (RenegotiationRequest r : agreements.renegotiations(id)) {
            System.out.println(r.requestedOn() + "  " + r.party() + (r.diaryNumber() != null ? "  " + r.diaryNumber()
                    : "") + (r.reason() != null ? "  " + r.reason() : ""));
        }
        return null;
    }
}
