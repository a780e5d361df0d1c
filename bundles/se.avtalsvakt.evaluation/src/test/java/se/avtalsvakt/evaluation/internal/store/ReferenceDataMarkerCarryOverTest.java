package se.avtalsvakt.evaluation.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.evaluation.internal.ObligationReferenceData;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.testsupport.TestDatabase;

/** An installation from before the platform's one marker table keeps its loads: nothing is loaded twice. */
public class ReferenceDataMarkerCarryOverTest {

    @Test
    public void theOldLoadsAreCarriedOverAndTheOldTableDropped() {
        String sha = ReferenceDataFile.read("obligation-plans.json", ObligationReferenceData.class).sha256();
        try (TestDatabase db = TestDatabase.withFirstChangesets(EvaluationSchema.CHANGELOG, 4,
                EvaluationSchema.class)) {
            db.execute("insert into av_obligation_reference_load (marker, loaded_at, summary) values "
                    + "('obligation-plans.json:" + sha + "', timestamp('2026-01-05 10:00:00'), '13 of 13 plans inserted')",
                    "insert into av_obligation_reference_load (marker, loaded_at, summary) values "
                    + "('local/a:b.json:" + "0".repeat(64) + "', timestamp('2026-01-06 10:00:00'), null)");

            assertEquals(2, db.migrator().migrate(EvaluationSchema.CHANGELOG, EvaluationSchema.class.getClassLoader()));

            assertEquals(List.of("evaluation|local/a:b.json|" + "0".repeat(64) + "|2026-01-06 10:00:00.0|null",
                    "evaluation|obligation-plans.json|" + sha + "|2026-01-05 10:00:00.0|13 of 13 plans inserted"),
                    db.rows("select data_set, file_name, checksum, loaded_at, summary from av_reference_data_marker "
                            + "order by file_name"));
            assertFalse(db.hasTable("av_obligation_reference_load"));
        }
    }
}
