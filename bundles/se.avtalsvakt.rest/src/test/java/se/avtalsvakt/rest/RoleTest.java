package se.avtalsvakt.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class RoleTest {

    @Test
    public void roleNamesAreTheLowerCaseJaasNames() {
        assertEquals("viewer", Role.VIEWER.roleName());
        assertEquals("operator", Role.OPERATOR.roleName());
        assertEquals("admin", Role.ADMIN.roleName());
    }

    @Test
    public void eachRoleIncludesTheOnesBeforeIt() {
        // the access check compares roles by their order: this order is the inclusion order
        assertEquals(List.of(Role.VIEWER, Role.OPERATOR, Role.ADMIN), Arrays.asList(Role.values()));
        assertTrue(Role.OPERATOR.compareTo(Role.VIEWER) > 0);
        assertTrue(Role.ADMIN.compareTo(Role.OPERATOR) > 0);
    }
}
