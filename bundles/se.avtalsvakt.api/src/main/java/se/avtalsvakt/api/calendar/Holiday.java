package se.avtalsvakt.api.calendar;

import java.time.LocalDate;

/**
 * A day off in the Swedish calendar.
 *
 * @param date the day
 * @param name its Swedish name, e.g. {@code Nyårsdagen}, {@code Midsommarafton}
 * @param eve  true for an eve (midsommarafton, julafton, nyårsafton): not a public holiday by law (lag 1989:253),
 *             but a non-working day by default (I1, a setting)
 */
public record Holiday(LocalDate date, String name, boolean eve) {
}
