package se.avtalsvakt.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.ValidationException;
import se.avtalsvakt.persistence.ReferenceDataFile;
import se.avtalsvakt.persistence.ReferenceDataLoad;
import se.avtalsvakt.persistence.ReferenceDataLoad.Outcome;
import se.avtalsvakt.persistence.ReferenceDataSet;

/** Loading reference data sets against an in-memory Derby migrated with the persistence bundle's own changelog. */
public class JdbcReferenceDataLoaderTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static EmbeddedDataSource dataSource;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final JdbcReferenceDataLoader loader = new JdbcReferenceDataLoader(dataSource, Transactions.NONE,
            new FixedClock());

    @BeforeClass
    public static void database() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:referencedata-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        new LiquibaseSchemaMigrator(dataSource);
    }

    @Test
    public void aFileIsAppliedOnceAndRecordedWithItsChecksum() throws SQLException {
        TestSet set = new TestSet(uniqueName(), "items.json");

        List<ReferenceDataLoad> first = loader.load(set);
        List<ReferenceDataLoad> second = loader.load(set);

        assertEquals(List.of(new ReferenceDataLoad(set.name(), "items.json", Outcome.LOADED, "2 inserted")), first);
        assertEquals(List.of(new ReferenceDataLoad(set.name(), "items.json", Outcome.UNCHANGED, null)), second);
        assertEquals(1, set.applied.size());
        String sha = ReferenceDataFile.read("items.json", TestSet.class).sha256();
        assertEquals("items.json|" + sha + "|" + Instant.parse("2026-11-22T08:00:00Z") + "|2 inserted",
                markerRow(set.name()));
    }

    @Test
    public void aLoadedFileIsAnnouncedOnItsDomainsTopicAndAnUnchangedOneIsNot() {
        List<org.osgi.service.event.Event> posted = new java.util.ArrayList<>();
        loader.events = (org.osgi.service.event.EventAdmin) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.osgi.service.event.EventAdmin.class},
                (proxy, method, args) -> {
                    posted.add((org.osgi.service.event.Event) args[0]);
                    return null;
                });
        TestSet set = new TestSet(uniqueName(), "items.json");
        loader.load(set);
        loader.load(set);
        assertEquals(1, posted.size());
        assertEquals("se/avtalsvakt/" + set.name() + "/REFERENCE_DATA_LOADED", posted.get(0).getTopic());
        assertEquals("items.json", posted.get(0).getProperty("file"));
    }

    @Test
    public void aChangedFileIsAppliedAgain() throws IOException {
        Path file = folder.newFile("local.json").toPath();
        Files.writeString(file, "{\"items\": [\"a\"]}", StandardCharsets.UTF_8);
        TestSet set = new TestSet(uniqueName(), file.toString());
        loader.load(set);
        assertEquals(Outcome.UNCHANGED, loader.load(set).get(0).outcome());

        Files.writeString(file, "{\"items\": [\"a\", \"b\"]}", StandardCharsets.UTF_8);

        assertEquals(Outcome.LOADED, loader.load(set).get(0).outcome());
        assertEquals(2, set.applied.size());
    }

    @Test
    public void theSameFileIsLoadedOncePerSet() {
        TestSet one = new TestSet(uniqueName(), "items.json");
        TestSet other = new TestSet(uniqueName(), "items.json");

        assertEquals(Outcome.LOADED, loader.load(one).get(0).outcome());
        assertEquals(Outcome.LOADED, loader.load(other).get(0).outcome());
    }

    @Test
    public void aRefusedFileIsNotRecordedAndTheNextFileStillLoads() throws SQLException {
        TestSet set = new TestSet(uniqueName(), "items.json", "missing.json");
        set.refuse = true;

        List<ReferenceDataLoad> loads = loader.load(set);

        assertEquals(Outcome.REFUSED, loads.get(0).outcome());
        assertEquals("items[0]: not wanted", loads.get(0).detail());
        assertEquals(Outcome.FAILED, loads.get(1).outcome());
        assertTrue(loads.get(1).detail(), loads.get(1).detail().contains("missing.json"));
        assertEquals(null, markerRow(set.name()));

        set.refuse = false;
        assertEquals(Outcome.LOADED, loader.load(set).get(0).outcome());
    }

    @Test
    public void theLastLoadOfASetIsKnownOnceItHasLoaded() {
        TestSet set = new TestSet(uniqueName(), "items.json");
        assertTrue(loader.lastLoad(set.name()).isEmpty());

        List<ReferenceDataLoad> loads = loader.load(set);

        assertEquals(loads, loader.lastLoad(set.name()).orElseThrow());
    }

    @Test
    public void aSetWithoutFilesLoadsNothing() {
        TestSet set = new TestSet(uniqueName());
        assertEquals(List.of(), loader.load(set));
        assertEquals(List.of(), loader.lastLoad(set.name()).orElseThrow());
    }

    @Test
    public void configuredFilesAreSplitAtCommasAndTrimmed() {
        assertEquals(List.of("a.json", "b.json", "local/c.json"),
                ReferenceDataSet.configured("a.json, b.json", " ", "local/c.json ,"));
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String markerRow(String set) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select file_name, checksum, loaded_at, summary "
                     + "from av_reference_data_marker where data_set = '" + set + "'")) {
            return rs.next() ? rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getTimestamp(3).toInstant() + "|"
                    + rs.getString(4) : null;
        }
    }

    private static final class TestSet implements ReferenceDataSet {
        private final String name;
        private final List<String> files;
        final List<String> applied = new ArrayList<>();
        boolean refuse;

        TestSet(String name, String... files) {
            this.name = name;
            this.files = List.of(files);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String label() {
            return "Test items";
        }

        @Override
        public List<String> files() {
            return files;
        }

        @Override
        public String apply(ReferenceDataFile file) {
            if (refuse) {
                throw new ValidationException("items[0]", "not wanted");
            }
            applied.add(new String(file.content(), StandardCharsets.UTF_8));
            return "2 inserted";
        }
    }

    private static final class FixedClock implements PlatformClock {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock clock() {
            return Clock.fixed(NOW, zone());
        }
    }
}
