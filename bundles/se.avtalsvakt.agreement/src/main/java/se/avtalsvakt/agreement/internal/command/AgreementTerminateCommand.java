package se.avtalsvakt.agreement.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;
import se.avtalsvakt.api.agreement.Agreement;
import se.avtalsvakt.api.agreement.NoticeEffect;
import se.avtalsvakt.api.agreement.TerminationNotice;

/** {@code agreement:terminate ID --party P --received DATE}: records a termination notice and shows its effect. */
@Command(scope = "agreement", name = "terminate",
        description = "Records a termination notice (uppsägning) received from a party, and shows its effect")
@Service
public class AgreementTerminateCommand extends AgreementCommandSupport {

    @Argument(index = 0, name = "id", description = "The agreement's id", required = true)
    @Completion(AgreementIdCompleter.class)
    String id;

    @Option(name = "--party", description = "The organisation giving notice", required = true)
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Option(name = "--received", description = "The day the notice was received (YYYY-MM-DD)", required = true)
    String received;

    @Option(name = "--not-written", description = "The notice was not given in writing")
    boolean notWritten;

    @Option(name = "--diary", description = "The notice's diary number (diarienummer)")
    String diary;

    @Override
    protected java.util.Map<String, String> fieldOptions() {
        return java.util.Map.of("receivedOn", "--received", "diaryNumber", "--diary");
    }

    @Override
    protected Object run() {
        TerminationNotice notice = new TerminationNotice(party, parseDate("--received", received, null), !notWritten,
                diary);
        Agreement a = agreements.recordTermination(id, notice);
        NoticeEffect effect = agreements.effectOf(a, notice);
        System.out.println("Notice from " + party + " recorded on " + id + ".");
        System.out.println((effect.effective() ? "Effect: the agreement ends on " + effect.endsOn()
                : "No effect (flagged)") + ": " + effect.explanation());
        return null;
    }
}
