package se.avtalsvakt.cases.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;

/** {@code dispute:resolve}: Records a dispute as resolved; recorded with who and when. */
@Command(scope = "dispute", name = "resolve", description = "Records a dispute as resolved")
@Service
public class DisputeResolveCommand extends DisputeStepCommand {

    @Override
    Dispute take(CaseService service, long id, DisputeAction action, String by) {
        return service.resolve(id, action, by);
    }
}
