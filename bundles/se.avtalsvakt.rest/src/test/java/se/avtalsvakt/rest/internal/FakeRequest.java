package se.avtalsvakt.rest.internal;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/** A request as a filter sees it: a path below the application, headers, a body; what the filter did to it. */
final class FakeRequest implements ContainerRequestContext {

    private final String method;
    private final String path;
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    private InputStream entity;
    Response aborted;
    SecurityContext security;

    FakeRequest(String method, String path, InputStream entity) {
        this.method = method;
        this.path = path;
        this.entity = entity;
    }

    FakeRequest header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    @Override
    public UriInfo getUriInfo() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getPath" -> path;
                    case "getRequestUri" -> URI.create("http://localhost/api/v1/" + path);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Override
    public String getHeaderString(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : String.join(",", values);
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
        return headers;
    }

    @Override
    public InputStream getEntityStream() {
        return entity;
    }

    @Override
    public void setEntityStream(InputStream input) {
        entity = input;
    }

    @Override
    public boolean hasEntity() {
        return entity != null;
    }

    @Override
    public void abortWith(Response response) {
        aborted = response;
    }

    @Override
    public SecurityContext getSecurityContext() {
        return security;
    }

    @Override
    public void setSecurityContext(SecurityContext context) {
        security = context;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public void setProperty(String name, Object object) {
        properties.put(name, object);
    }

    @Override
    public void removeProperty(String name) {
        properties.remove(name);
    }

    @Override
    public void setRequestUri(URI requestUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRequestUri(URI baseUri, URI requestUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Request getRequest() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setMethod(String m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        String length = getHeaderString("Content-Length");
        return length == null ? -1 : Integer.parseInt(length);
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        return List.of();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        return List.of();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return Map.of();
    }
}
