package se.avtalsvakt.agreement.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.junit.Test;

import se.avtalsvakt.agreement.internal.AgreementReferenceData;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.testsupport.TestDatabase;

/** An installation from before the platform's one marker table keeps its loads: nothing is loaded twice. */
public class ReferenceDataMarkerCarryOverTest {

    @Test
    public void theOldLoadsAreCarriedOverAndTheOldTableDropped() {
        String sha = ReferenceDataFile.read("vgr-hjalpmedel.json", AgreementReferenceData.class).sha256();
        try (TestDatabase db = TestDatabase.withFirstChangesets(AgreementSchema.CHANGELOG, 8, AgreementSchema.class)) {
            db.execute("insert into av_reference_data_load (name, checksum, loaded_at, summary) values "
                    + "('vgr-hjalpmedel.json', '" + sha + "', timestamp('2026-01-05 10:00:00'), 'organisations: 73')");

            // the rest of the changelog: the carry-over, the drop, and the changesets after them
            assertEquals(5, db.migrator().migrate(AgreementSchema.CHANGELOG, AgreementSchema.class.getClassLoader()));

            assertEquals(List.of("agreement|vgr-hjalpmedel.json|" + sha + "|organisations: 73"),
                    db.rows("select data_set, file_name, checksum, summary from av_reference_data_marker"));
            assertFalse(db.hasTable("av_reference_data_load"));
        }
    }
}
