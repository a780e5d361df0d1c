package se.avtalsvakt.persistence.internal.health;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.hc.api.Result;
import org.junit.Test;

import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoad;
import se.avtalsvakt.persistence.ReferenceDataLoad.Outcome;
import se.avtalsvakt.persistence.ReferenceDataLoader;
import se.avtalsvakt.persistence.ReferenceDataSet;

public class ReferenceDataHealthCheckTest {

    private final Map<String, List<ReferenceDataLoad>> lastLoads = new HashMap<>();
    private final ReferenceDataHealthCheck check = new ReferenceDataHealthCheck(new ReferenceDataLoader() {
        @Override
        public List<ReferenceDataLoad> load(ReferenceDataSet set) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<List<ReferenceDataLoad>> lastLoad(String set) {
            return Optional.ofNullable(lastLoads.get(set));
        }
    });

    @Test
    public void okWhenEverySetLoadedOrWasUnchanged() {
        check.sets = List.of(set("agreement"), set("governance"));
        lastLoads.put("agreement", List.of(load("agreement", "a.json", Outcome.LOADED, "3 inserted"),
                load("agreement", "b.json", Outcome.UNCHANGED, null)));
        lastLoads.put("governance", List.of(load("governance", "g.json", Outcome.UNCHANGED, null)));

        assertResult(Result.Status.OK, "Reference data loaded or unchanged: agreement (2 files), governance (1 file)");
    }

    @Test
    public void criticalNamingTheSetAndFileThatFailed() {
        check.sets = List.of(set("agreement"), set("evaluation"), set("governance"));
        lastLoads.put("agreement", List.of(load("agreement", "a.json", Outcome.LOADED, "3 inserted")));
        lastLoads.put("evaluation", List.of(load("evaluation", "plans.json", Outcome.REFUSED, "plans[0].id: missing")));

        assertResult(Result.Status.CRITICAL,
                "Reference data not loaded: evaluation plans.json (refused: plans[0].id: missing)");
    }

    @Test
    public void temporarilyUnavailableWhileASetStillLoads() {
        check.sets = List.of(set("agreement"), set("governance"));
        lastLoads.put("agreement", List.of(load("agreement", "a.json", Outcome.UNCHANGED, null)));

        assertResult(Result.Status.TEMPORARILY_UNAVAILABLE, "Reference data still loading: governance");
    }

    @Test
    public void aSetSwitchedOffIsOk() {
        check.sets = List.of(set("governance"));
        lastLoads.put("governance", List.of());

        assertResult(Result.Status.OK, "Reference data loaded or unchanged: governance (0 files)");
    }

    private void assertResult(Result.Status status, String message) {
        Result result = check.execute();
        assertEquals(status, result.getStatus());
        assertEquals(message, result.iterator().next().getMessage());
    }

    private static ReferenceDataLoad load(String set, String file, Outcome outcome, String detail) {
        return new ReferenceDataLoad(set, file, outcome, detail);
    }

    private static ReferenceDataSet set(String name) {
        return new ReferenceDataSet() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String label() {
                return name;
            }

            @Override
            public List<String> files() {
                return List.of();
            }

            @Override
            public String apply(ReferenceDataFile file) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
