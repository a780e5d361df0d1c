package se.avtalsvakt.cases.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;

/** {@code dispute:escalate}: Moves a dispute to the next step of its escalation ladder; recorded with who and when. */
@Command(scope = "dispute", name = "escalate", description = "Moves a dispute to the next step of its escalation ladder")
@Service
public class DisputeEscalateCommand extends DisputeStepCommand {

    @Override
    Dispute take(CaseService service, long id, DisputeAction action, String by) {
        return service.escalate(id, action, by);
    }
}
