package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** A caller's role includes every role before it (viewer < operator < admin). */
public class RolesTest {

    @Test
    public void viewerMayOnlyView() {
        assertEquals(List.of("viewer"), Roles.granted(Set.of("viewer")));
    }

    @Test
    public void operatorMayAlsoView() {
        assertEquals(List.of("viewer", "operator"), Roles.granted(Set.of("operator")));
    }

    @Test
    public void adminMayDoEverything() {
        assertEquals(List.of("viewer", "operator", "admin"), Roles.granted(Set.of("admin")));
    }

    @Test
    public void otherJaasRolesGrantNothing() {
        assertEquals(List.of(), Roles.granted(Set.of()));
        assertEquals(List.of(), Roles.granted(Set.of("manager", "ssh", "Admin", "VIEWER")));
        assertEquals(List.of("viewer", "operator"), Roles.granted(Set.of("ssh", "operator", "viewer")));
    }

    @Test
    public void aRoleOutsideTheThreeIsHeldOnlyAsItself() {
        assertTrue(Roles.has(Set.of("ssh"), "ssh"));
        assertFalse(Roles.has(Set.of("admin"), "ssh"));
    }

    @Test
    public void theSecurityContextAsksTheSameWay() {
        Caller caller = new Caller("anna", Set.of("operator"), false);
        assertTrue(caller.isUserInRole("viewer"));
        assertTrue(caller.isUserInRole("OPERATOR"));
        assertFalse(caller.isUserInRole("admin"));
        assertFalse(caller.isUserInRole(null));
        assertEquals("anna", caller.getUserPrincipal().getName());
    }
}
