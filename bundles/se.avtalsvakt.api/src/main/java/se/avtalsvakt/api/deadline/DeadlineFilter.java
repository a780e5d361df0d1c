package se.avtalsvakt.api.deadline;

/**
 * Which deadlines a list shows. Every part is optional (null: any).
 *
 * @param owner  only deadlines this organisation or body watches ({@link Deadline#owner()})
 * @param kind   only deadlines of this kind, e.g. {@code NOTICE_DEADLINE}
 * @param source only deadlines of this source, e.g. {@code agreement}
 */
public record DeadlineFilter(String owner, String kind, String source) {

    /** Every deadline. */
    public static final DeadlineFilter ALL = new DeadlineFilter(null, null, null);

    public DeadlineFilter {
        owner = blankToNull(owner);
        kind = blankToNull(kind);
        source = blankToNull(source);
    }

    /** @return whether the deadline passes this filter */
    public boolean matches(Deadline d) {
        return (owner == null || owner.equals(d.owner()))
                && (kind == null || kind.equals(d.kind()))
                && (source == null || source.equals(d.source()));
    }

    /** @return whether a source with this id can have deadlines that pass */
    public boolean asks(String sourceId) {
        return source == null || source.equals(sourceId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
