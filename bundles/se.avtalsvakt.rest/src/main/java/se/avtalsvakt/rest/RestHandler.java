package se.avtalsvakt.rest;

/** Handles one route. Exceptions of the API (validation, not found, conflict) become problem responses. */
@FunctionalInterface
public interface RestHandler {

    /**
     * @param request the call, already authenticated and authorised
     * @return the response
     * @throws Exception anything; unexpected exceptions answer 500 and are logged
     */
    RestResponse handle(RestRequest request) throws Exception;
}
