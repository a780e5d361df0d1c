package se.avtalsvakt.governance.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.PlatformClock;
import se.avtalsvakt.api.deadline.Deadline;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;
import se.avtalsvakt.api.governance.GovernanceService;
import se.avtalsvakt.api.governance.Vacancy;
import se.avtalsvakt.governance.internal.GovernanceDeadlineSource;

/** {@code /api/v1/vacancies}: the seats not filled, and those past their nomination deadline. */
@Component(service = VacancyResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("vacancies")
@Produces(MediaType.APPLICATION_JSON)
public class VacancyResource {

    private final GovernanceService governance;
    private final GovernanceDeadlineSource deadlines;
    private final PlatformClock clock;

    @Activate
    public VacancyResource(@Reference GovernanceService governance, @Reference GovernanceDeadlineSource deadlines,
            @Reference PlatformClock clock) {
        this.governance = governance;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The vacant seats on a day (default: today). */
    @GET
    public Page<Vacancy> vacancies(@QueryParam("on") LocalDate on, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        List<Vacancy> all = governance.vacancies(on == null ? clock.today() : on);
        return Page.slice(positions(all.size()), request, VacancyResource::position).map(all::get);
    }

    /** @return 0 … n − 1: a computed list is paged by position, its order being the register's */
    static List<Integer> positions(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    static String position(int i) {
        return String.format("%09d", i);
    }

    /** The vacancies still open after their nomination deadline, however old. */
    @GET
    @Path("overdue")
    public List<Deadline> overdue() {
        return deadlines.overdue(clock.today());
    }
}
