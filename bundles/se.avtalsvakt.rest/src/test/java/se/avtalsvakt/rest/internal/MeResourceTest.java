package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import se.avtalsvakt.rest.RestRequest;
import se.avtalsvakt.rest.Role;

public class MeResourceTest {

    private static RestRequest loggedIn(String user, Role highest) {
        return new RestRequest() {
            @Override public String path(String name) { return null; }
            @Override public Optional<String> query(String name) { return Optional.empty(); }
            @Override public InputStream body() { return InputStream.nullInputStream(); }
            @Override public Optional<String> contentType() { return Optional.empty(); }
            @Override public String user() { return user; }
            @Override public boolean hasRole(Role role) { return highest.compareTo(role) >= 0; }
        };
    }

    @Test
    public void anOperatorIsAlsoAViewerButNotAnAdmin() throws Exception {
        var me = (MeResource.Me) MeResource.me(loggedIn("operator", Role.OPERATOR)).body();
        assertEquals("operator", me.user());
        assertEquals(List.of("viewer", "operator"), me.roles());
    }

    @Test
    public void aViewerOnlyViews() throws Exception {
        var me = (MeResource.Me) MeResource.me(loggedIn("viewer", Role.VIEWER)).body();
        assertEquals(List.of("viewer"), me.roles());
    }
}
