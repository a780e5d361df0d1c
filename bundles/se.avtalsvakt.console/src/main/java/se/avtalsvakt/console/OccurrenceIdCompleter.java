package se.avtalsvakt.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.obligation.ObligationPlan;
import se.avtalsvakt.api.obligation.ObligationService;
import se.avtalsvakt.api.obligation.Occurrence;
import se.avtalsvakt.api.obligation.OccurrenceFilter;
import se.avtalsvakt.api.obligation.OccurrenceState;

/**
 * Completes the ids ({@code planId:YYYY-MM-DD}) of obligation occurrences not fulfilled, from ten years back to a
 * year ahead (for obligation:fulfil): plan by plan in id order, reading one agreement's or body's occurrences at a
 * time and stopping at the limit.
 */
@Service
public class OccurrenceIdCompleter extends BoundedCompleter {

    @Reference(optional = true)
    ObligationService obligations;

    @Reference(optional = true)
    PlatformClock clock;

    @Override
    protected Collection<String> candidates(String prefix, int limit) {
        if (obligations == null || clock == null) {
            return List.of();
        }
        LocalDate today = clock.today();
        int colon = prefix.indexOf(':');
        String planPrefix = colon < 0 ? prefix : prefix.substring(0, colon);
        // plan by plan, in id order, until there are enough: the occurrences of one agreement's (or body's)
        // plans at a time, never every plan's occurrences of eleven years at once
        Map<List<String>, List<Occurrence>> byScope = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (ObligationPlan plan : obligations.plans(null, null)) {
            if (found.size() >= limit) {
                break;
            }
            if (!plan.id().startsWith(planPrefix)) {
                continue;
            }
            String agreement = plan.agreement();
            String body = agreement == null ? plan.body() : null;
            List<Occurrence> scope = byScope.computeIfAbsent(Arrays.asList(agreement, body), k -> obligations
                    .occurrences(new OccurrenceFilter(today.minusYears(10), today.plusYears(1), agreement, body,
                            null)));
            scope.stream().filter(o -> o.plan().equals(plan.id()) && o.state() != OccurrenceState.FULFILLED)
                    .map(Occurrence::id).filter(id -> id.startsWith(prefix)).sorted()
                    .limit(limit - found.size()).forEach(found::add);
        }
        return found;
    }
}
