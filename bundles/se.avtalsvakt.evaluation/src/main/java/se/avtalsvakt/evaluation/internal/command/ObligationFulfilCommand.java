package se.avtalsvakt.evaluation.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseDate;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.obligation.CriterionAssessment;
import se.avtalsvakt.api.obligation.Fulfilment;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.console.OccurrenceIdCompleter;

/** {@code obligation:fulfil}: records that an occurrence was met. */
@Command(scope = "obligation", name = "fulfil", description = "Records a fulfilment of an obligation occurrence")
@Service
public class ObligationFulfilCommand extends ObligationCommandSupport {

    @Option(name = "--date", description = "When it was done (default: today)")
    String date;

    @Option(name = "--reference", description = "Diary number or document reference")
    String reference;

    @Option(name = "--by", description = "Who did it (default: the responsible body)")
    String by;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Option(name = "--criterion", multiValued = true,
            description = "An assessed criterion as NAME=ASSESSMENT; repeat for each criterion of an evaluation")
    List<String> criteria;

    @Argument(index = 0, name = "occurrence", required = true, description = "The occurrence, planId:YYYY-MM-DD")
    @Completion(OccurrenceIdCompleter.class)
    String occurrence;

    @Override
    protected Object run() {
        List<CriterionAssessment> assessed = new ArrayList<>();
        if (criteria != null) {
            for (String c : criteria) {
                int eq = c.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--criterion: write NAME=ASSESSMENT, not '" + c + "'");
                }
                assessed.add(new CriterionAssessment(c.substring(0, eq).trim(), c.substring(eq + 1).trim()));
            }
        }
        String who = by != null ? by : obligations.occurrence(occurrence).responsible();
        Occurrence o = obligations.fulfil(occurrence, new Fulfilment(0, occurrence,
                parseDate("--date", date, clock.today()), reference, who, notes, assessed, null));
        System.out.println("Recorded: " + o.id() + " " + o.title() + " is " + o.state() + " ("
                + o.fulfilments().size() + "/" + o.required() + ")");
        return null;
    }
}
