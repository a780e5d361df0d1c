package se.avtalsvakt.reporting.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the reports, PID {@code se.avtalsvakt.reporting}. */
@ObjectClassDefinition(name = "Avtalsvakt reporting", description = "Reports, the calendar feed and cost allocation.")
public @interface ReportingConfig {

    @AttributeDefinition(name = "Net results per main area",
            description = "Each main area's net result for a year, distributed by cost shares: entries "
                    + "'year;main area;amount in SEK' (decimal point), several separated by commas, a surplus positive, a deficit negative, e.g. "
                    + "'2025;Rörelsehinder;100000.00'. A report's netResults parameter overrides them.")
    String[] netResults() default {};

    @AttributeDefinition(name = "Main areas",
            description = "The main areas (huvudområden) of the cost model whose surplus or deficit is distributed "
                    + "(samarbetsavtalet §8 names four). A cost or net result in another main area is refused; "
                    + "empty: any main area is accepted.")
    String[] mainAreas() default {"Rörelsehinder", "Kommunikation och information", "Medicinsk behandling",
            "Övriga tjänster"};

    @AttributeDefinition(name = "Agreement of the cost allocation",
            description = "The id of the agreement whose care providers share the surplus or deficit: a cost of an "
                    + "organisation that is not a care provider of it is refused. Empty: no check.")
    String costAllocationAgreement() default "samarbetsavtal-hjalpmedel";

    @AttributeDefinition(name = "Calendar feed: months back",
            description = "The iCalendar feed holds deadlines from this many months ago, unless asked for from.")
    int calendarMonthsBack() default 12;

    @AttributeDefinition(name = "Calendar feed: months ahead",
            description = "The iCalendar feed holds deadlines up to this many months ahead, unless asked for to "
                    + "(a feed covers at most ten years).")
    int calendarMonthsAhead() default 24;
}
