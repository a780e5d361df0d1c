package se.avtalsvakt.agreement.internal.rest;

import java.text.Collator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.avtalsvakt.api.NotFoundException;
import se.avtalsvakt.api.organisation.Organisation;
import se.avtalsvakt.api.organisation.OrganisationKind;
import se.avtalsvakt.api.organisation.OrganisationService;
import se.avtalsvakt.api.page.Page;
import se.avtalsvakt.api.page.PageRequest;

/** {@code /api/v1/organisations}: the organisation register (read only; organisations are imported). */
@Component(service = OrganisationResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=avtalsvakt)")
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Swedish order of names, as the register sorts them. */
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    /**
     * @return a page of the organisations, of one kind and/or below one parent if asked, by kind and then name in
     *         Swedish order (the register's order)
     */
    @GET
    public Page<Organisation> list(@QueryParam("kind") OrganisationKind kind, @QueryParam("parent") String parent,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        List<Organisation> matching = (kind == null ? organisations.list() : organisations.list(kind)).stream()
                .filter(o -> parent == null || parent.equals(o.parent())).toList();
        Map<Organisation, String> keys = new IdentityHashMap<>();
        matching.forEach(o -> keys.put(o, key(o)));
        return Page.slice(matching, request, keys::get);
    }

    /**
     * @return a key whose {@code String} order is the list's order: the kind, the name's Swedish collation key in
     *         hex, then the id (unique)
     */
    static String key(Organisation o) {
        StringBuilder key = new StringBuilder(String.format("%02d", o.kind() == null ? 99 : o.kind().ordinal()));
        byte[] collation;
        synchronized (SWEDISH) {
            collation = SWEDISH.getCollationKey(o.name() == null ? "" : o.name()).toByteArray();
        }
        for (byte b : collation) {
            key.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return key.append('\u0000').append(o.id()).toString();
    }

    @GET
    @Path("{id}")
    public Organisation get(@PathParam("id") String id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
