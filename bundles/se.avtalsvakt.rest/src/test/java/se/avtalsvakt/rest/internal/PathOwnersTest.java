package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;

public class PathOwnersTest {

    @Test
    public void theHeaderListsFirstSegments() {
        assertEquals(Set.of("bodies", "meetings", "decisions"), PathOwners.paths(" bodies, /meetings/ ,decisions,"));
        assertEquals(Set.of(), PathOwners.paths(null));
        assertEquals(Set.of(), PathOwners.paths("  "));
    }

    @Test
    public void theFirstSegmentOfAPath() {
        assertEquals("bodies", PathOwners.firstSegment("bodies/ledningsradet/meetings"));
        assertEquals("bodies", PathOwners.firstSegment("/bodies"));
        assertEquals("", PathOwners.firstSegment(""));
    }
}
