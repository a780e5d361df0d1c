package se.avtalsvakt.api;

/** A thing asked for by id does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * @param kind what was looked for, e.g. {@code agreement}
     * @param id   the id that was not found
     */
    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** @return what was looked for, e.g. {@code agreement} */
    public String kind() {
        return kind;
    }

    /** @return the id that was not found */
    public String id() {
        return id;
    }
}
