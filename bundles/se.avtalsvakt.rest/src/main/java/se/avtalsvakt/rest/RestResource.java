package se.avtalsvakt.rest;

import java.util.List;

/**
 * A set of REST endpoints, registered as an OSGi service (whiteboard). Its routes are live while the service is.
 */
public interface RestResource {

    /** @return the endpoints; asked once when the service appears */
    List<Route> routes();
}
