package se.avtalsvakt.governance.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.governance.internal.GovernanceReferenceData;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.testsupport.TestDatabase;

/** An installation from before the platform's one marker table keeps its loads: nothing is loaded twice. */
public class ReferenceDataMarkerCarryOverTest {

    @Test
    public void theOldLoadsAreCarriedOverAndTheOldTableDropped() {
        String sha = ReferenceDataFile.read("governance-bodies.json", GovernanceReferenceData.class).sha256();
        try (TestDatabase db = TestDatabase.withFirstChangesets(GovernanceSchema.CHANGELOG, 6,
                GovernanceSchema.class)) {
            db.execute("insert into av_gov_reference_load (marker, loaded_at, summary) values "
                    + "('governance-bodies.json:" + sha + "', timestamp('2026-01-05 10:00:00'), '11 of 11 bodies inserted')");

            assertEquals(2, db.migrator().migrate(GovernanceSchema.CHANGELOG, GovernanceSchema.class.getClassLoader()));

            assertEquals(List.of("governance|governance-bodies.json|" + sha + "|11 of 11 bodies inserted"),
                    db.rows("select data_set, file_name, checksum, summary from av_reference_data_marker"));
            assertFalse(db.hasTable("av_gov_reference_load"));
        }
    }
}
