package se.avtalsvakt.calendar.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import se.avtalsvakt.api.calendar.Holiday;

/**
 * The Swedish public holidays and eves of a year, from jollyday's rules for Sweden, cached per year.
 * <p>
 * jollyday gives 16 days for Sweden: the 13 public holidays of lag (1989:253) and the three eves. Its
 * descriptions are looked up in resource bundles and some differ from the law's names ("Långfredag", "Kristi
 * himmelfärdsdag"), so each of jollyday's keys is mapped here to the law's name and to whether it is an eve.
 */
final class SwedishHolidays {

    private static final Logger LOG = LoggerFactory.getLogger(SwedishHolidays.class);

    /** Beyond this many cached years the cache starts afresh, so odd years asked for cannot fill the memory. */
    private static final int MAX_CACHED_YEARS = 400;

    private record Kind(String name, boolean eve) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("NEW_YEAR", new Kind("Nyårsdagen", false)),
            Map.entry("EPIPHANY", new Kind("Trettondedag jul", false)),
            Map.entry("christian.GOOD_FRIDAY", new Kind("Långfredagen", false)),
            Map.entry("christian.EASTER", new Kind("Påskdagen", false)),
            Map.entry("christian.EASTER_MONDAY", new Kind("Annandag påsk", false)),
            Map.entry("LABOUR_DAY", new Kind("Första maj", false)),
            Map.entry("christian.ASCENSION_DAY", new Kind("Kristi himmelsfärdsdag", false)),
            Map.entry("NATIONAL_DAY", new Kind("Sveriges nationaldag", false)),
            Map.entry("christian.PENTECOST", new Kind("Pingstdagen", false)),
            Map.entry("MIDSUMMER_EVE", new Kind("Midsommarafton", true)),
            Map.entry("MIDSUMMER", new Kind("Midsommardagen", false)),
            Map.entry("ALL_SAINTS", new Kind("Alla helgons dag", false)),
            Map.entry("CHRISTMAS_EVE", new Kind("Julafton", true)),
            Map.entry("CHRISTMAS", new Kind("Juldagen", false)),
            Map.entry("BOXING_DAY", new Kind("Annandag jul", false)),
            Map.entry("NEW_YEARS_EVE", new Kind("Nyårsafton", true)));

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** One year's days, as a list in date order and by date. */
    private record YearDays(List<Holiday> list, Map<LocalDate, Holiday> byDate) {
    }

    private final HolidayManager manager;
    private final ConcurrentMap<Integer, YearDays> byYear = new ConcurrentHashMap<>();

    /** Loads jollyday's rules for Sweden; fails if jollyday cannot read them (e.g. no XML reader found). */
    SwedishHolidays() {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    }

    /** @return the public holidays and eves of {@code year}, in date order */
    List<Holiday> of(int year) {
        return year(year).list();
    }

    /** @return the public holiday or eve on {@code date}, if any */
    Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    private YearDays year(int year) {
        YearDays cached = byYear.get(year);
        if (cached != null) {
            return cached;
        }
        if (byYear.size() >= MAX_CACHED_YEARS) {
            byYear.clear();
        }
        return byYear.computeIfAbsent(year, this::load);
    }

    private YearDays load(int year) {
        List<Holiday> days = manager.getHolidays(Year.of(year)).stream()
                .map(SwedishHolidays::toHoliday)
                .sorted(Comparator.comparing(Holiday::date))
                .toList();
        LOG.debug("Swedish holidays {}: {}", year, days);
        // should two rules ever fall on one day, the public holiday wins over an eve
        return new YearDays(days, days.stream().collect(Collectors.toUnmodifiableMap(Holiday::date,
                Function.identity(), (a, b) -> a.eve() ? b : a)));
    }

    private static Holiday toHoliday(de.focus_shift.jollyday.core.Holiday day) {
        Kind kind = KINDS.get(day.getPropertiesKey());
        if (kind == null) {
            String name = day.getDescription(SWEDISH);
            LOG.warn("jollyday gives an unknown Swedish holiday '{}' ({}) on {}; counting it as a public holiday",
                    day.getPropertiesKey(), name, day.getDate());
            return new Holiday(day.getDate(), name, false);
        }
        return new Holiday(day.getDate(), kind.name(), kind.eve());
    }
}
