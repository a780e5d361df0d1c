/**
 * Pages of a list: every list the platform answers is bounded ({@link se.avtalsvakt.api.page.PageRequest}: at most
 * 1 000 rows, 100 by default) and continued with an opaque cursor ({@link se.avtalsvakt.api.page.Page#next()}),
 * sorted stably so that a page never repeats or skips a row that did not change. Over REST a {@link
 * se.avtalsvakt.api.page.Page} is answered as a JSON array of its items, with the next page in a {@code Link}
 * header ({@code rel="next"}).
 */
@Version("1.0.0")
package se.avtalsvakt.api.page;

import org.osgi.annotation.versioning.Version;
