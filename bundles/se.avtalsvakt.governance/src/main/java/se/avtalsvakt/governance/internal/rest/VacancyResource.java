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
    public List<Vacancy> vacancies(@QueryParam("on") LocalDate on) {
        return governance.vacancies(on == null ? clock.today() : on);
    }

    /** The vacancies still open after their nomination deadline, however old. */
    @GET
    @Path("overdue")
    public List<Deadline> overdue() {
        return deadlines.overdue(clock.today());
    }
}
