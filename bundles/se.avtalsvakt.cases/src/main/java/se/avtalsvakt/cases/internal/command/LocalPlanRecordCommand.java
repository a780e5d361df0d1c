package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.LocalPlan;
import se.avtalsvakt.console.AgreementIdCompleter;
import se.avtalsvakt.console.OrganisationIdCompleter;

/** {@code local-plan:record}: records a party's local plan for an agreement. */
@Command(scope = "local-plan", name = "record", description = "Records a party's local implementation plan for an agreement")
@Service
public class LocalPlanRecordCommand extends CasesCommandSupport {

    @Argument(index = 0, name = "agreement", required = true, description = "The agreement id")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Argument(index = 1, name = "party", required = true, description = "The party's organisation id")
    @Completion(OrganisationIdCompleter.class)
    String party;

    @Option(name = "--adopted", required = true, description = "The day it was adopted, YYYY-MM-DD")
    String adopted;

    @Option(name = "--by", required = true, description = "Who adopted it, e.g. Socialnämnden")
    String by;

    @Option(name = "--reference", description = "A link or document reference")
    String reference;

    @Override
    protected Map<String, String> fieldOptions() {
        return Map.of("adoptedOn", "--adopted", "adoptedBy", "--by");
    }

    @Override
    protected Object run() {
        LocalPlan p = cases.recordLocalPlan(new LocalPlan(agreement, party, parseDate("--adopted", adopted),
                by, reference, null, null), user());
        System.out.println("Local plan of " + p.party() + " for " + p.agreement() + " adopted " + p.adoptedOn()
                + " by " + p.adoptedBy() + " recorded");
        return null;
    }
}
