package se.avtalsvakt.cases.internal.command;

import static se.avtalsvakt.console.ConsoleInput.parseEnum;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import se.avtalsvakt.api.cases.AidPurpose;
import se.avtalsvakt.api.cases.CareSetting;
import se.avtalsvakt.api.cases.ResponsibilityRule;
import se.avtalsvakt.console.AgreementIdCompleter;

/** {@code responsibility:lookup}: who is responsible for an aid with a purpose in a setting. */
@Command(scope = "responsibility", name = "lookup", description = "Tells who is responsible for an aid by its purpose and setting")
@Service
public class ResponsibilityLookupCommand extends CasesCommandSupport {

    @Option(name = "--agreement", description = "The agreement (default overenskommelse-skola)")
    @Completion(AgreementIdCompleter.class)
    String agreement;

    @Option(name = "--purpose", required = true, description = "personal, pedagogical or basic-equipment")
    @Completion(value = StringsCompleter.class, values = {"personal", "pedagogical", "basic-equipment"})
    String purpose;

    @Option(name = "--setting", required = true, description = "preschool, school or daily-activity")
    @Completion(value = StringsCompleter.class, values = {"preschool", "school", "daily-activity"})
    String setting;

    @Override
    protected Object run() {
        ResponsibilityRule r = cases.responsibility(agreement == null ? "overenskommelse-skola" : agreement,
                parseEnum("--purpose", purpose, AidPurpose.class), parseEnum("--setting", setting, CareSetting.class));
        System.out.println(r.principal() + ": " + r.principalName());
        System.out.println("  " + r.reason() + (r.source() != null ? " (" + r.source() + ")" : ""));
        if (r.publicAndPrivate()) {
            System.out.println("  Applies to public and private operations alike.");
        }
        return null;
    }
}
