package se.avtalsvakt.evaluation.internal.command;

import org.apache.karaf.shell.api.action.lifecycle.Reference;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.console.ConsoleCommand;

/** What the obligation commands share: the register and the clock. */
public abstract class ObligationCommandSupport extends ConsoleCommand {

    @Reference
    protected ObligationService obligations;

    @Reference
    protected PlatformClock clock;
}
