package se.avtalsvakt.console;

import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.agreement.AgreementService;

/** Completes agreement ids, by prefix. */
@Service
public class AgreementIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    AgreementService agreements;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        return agreements == null ? List.of() : agreements.ids(prefix, limit);
    }
}
