package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseId;
import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.NoticeWithdrawal;
import se.avtalsvakt.api.agreement.TerminationNotice;

/**
 * {@code agreement:withdraw-notice ID N --reason TEXT [--on DATE]}: withdraws recorded notice N (as numbered by
 * {@code agreement:show}); it stays listed with its withdrawal and has no effect.
 */
@Command(scope = "agreement", name = "withdraw-notice",
        description = "Withdraws a recorded termination notice: it stays in the history with its withdrawal and no longer has any effect")
@Service
public class AgreementWithdrawNoticeCommand extends AgreementCommandSupport {

    @Reference
    PlatformClock clock;

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Argument(index = 1, name = "number", description = "The notice's number (1 for the first recorded)",
            required = true)
    String number;

    @Option(name = "--reason", description = "Why it is withdrawn, in a sentence", required = true)
    String reason;

    @Option(name = "--on", description = "The day it was withdrawn (YYYY-MM-DD); default today")
    String on;

    @Override
    protected Object run() {
        int n0 = (int) parseId("number", number, "a notice number (1 for the first recorded, see agreement:show)");
        Agreement a = agreements.withdrawNotice(id, n0, new NoticeWithdrawal(
                parseDate("--on", on, clock.today()), reason, null));
        TerminationNotice n = a.terminationNotices().get(n0 - 1);
        System.out.println("Notice " + n0 + " from " + n.party() + " (received " + n.receivedOn()
                + ") withdrawn on " + n.withdrawal().on() + "; it no longer has any effect.");
        return null;
    }
}
