package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class MeResourceTest {

    @Test
    public void anOperatorIsAlsoAViewerButNotAnAdmin() {
        MeResource.Me me = new MeResource().me(new Caller("operator", Set.of("operator"), false));
        assertEquals("operator", me.user());
        assertEquals(List.of("viewer", "operator"), me.roles());
    }

    @Test
    public void aViewerOnlyViews() {
        MeResource.Me me = new MeResource().me(new Caller("viewer", Set.of("viewer", "ssh"), false));
        assertEquals(List.of("viewer"), me.roles());
    }
}
