package se.avtalsvakt.api.agreement;

/**
 * A marker service: the register has loaded its reference data for this start (organisations and agreements), or
 * found none to load. Reference data of other bundles that refers to organisations or agreements references this
 * service, so that it loads after them and not before.
 */
public interface ReferenceDataLoaded {
}
