package se.avtalsvakt.persistence;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReferenceDataFileTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theMarkerIsTheNameAndTheSha256OfTheContent() {
        ReferenceDataFile file = ReferenceDataFile.of("plans.json", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.sha256());
        assertEquals("plans.json:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.marker());
    }

    @Test
    public void aNameWithASlashIsAPathRelativeToKarafEtc() throws Exception {
        Path etc = tmp.newFolder("etc").toPath();
        Files.createDirectories(etc.resolve("local"));
        Files.writeString(etc.resolve("local/plans.json"), "{}");
        String previous = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", etc.toString());
        try {
            ReferenceDataFile file = ReferenceDataFile.read("local/plans.json", getClass());
            assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), file.open().readAllBytes());
            assertEquals("local/plans.json", file.name());
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.etc");
            } else {
                System.setProperty("karaf.etc", previous);
            }
        }
    }

    @Test
    public void aPlainNameThatTheBundleDoesNotShipIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceDataFile.read("missing.json", getClass()));
        assertTrue(e.getMessage(), e.getMessage().contains("'missing.json'"));
    }
}
