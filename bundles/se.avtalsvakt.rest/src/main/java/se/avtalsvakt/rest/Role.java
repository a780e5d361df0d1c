package se.avtalsvakt.rest;

/**
 * What a caller may do. Each role includes the ones before it: an operator may also read, an admin may do
 * everything. The JAAS role names are the lower-case names ({@code viewer}, {@code operator}, {@code admin}).
 */
public enum Role {
    /** Read. */
    VIEWER,
    /** Read and write. */
    OPERATOR,
    /** Everything, including administration. */
    ADMIN;

    /** @return the JAAS role name */
    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
