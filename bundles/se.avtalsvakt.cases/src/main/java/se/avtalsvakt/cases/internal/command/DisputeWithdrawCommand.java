package se.avtalsvakt.cases.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.cases.CaseService;
import se.avtalsvakt.api.cases.Dispute;
import se.avtalsvakt.api.cases.DisputeAction;

/** {@code dispute:withdraw}: Records a dispute as withdrawn; recorded with who and when. */
@Command(scope = "dispute", name = "withdraw", description = "Records a dispute as withdrawn")
@Service
public class DisputeWithdrawCommand extends DisputeStepCommand {

    @Override
    Dispute take(CaseService service, long id, DisputeAction action, String by) {
        return service.withdraw(id, action, by);
    }
}
