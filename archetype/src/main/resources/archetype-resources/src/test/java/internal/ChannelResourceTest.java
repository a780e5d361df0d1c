package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.security.Principal;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import se.avtalsvakt.api.ValidationException;

/** The resource as a plain object: its methods are called directly, the channel runs in a plain Camel context. */
public class ChannelResourceTest {

    private CamelContext camel;
    private ChannelResource resource;

    private static SecurityContext caller(String name) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return true;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    @Before
    public void start() throws Exception {
        camel = RouteAlertChannel.start(new DefaultCamelContext(), "test");
        resource = new ChannelResource(new RouteAlertChannel(camel));
    }

    @After
    public void stop() {
        camel.stop();
    }

    @Test
    public void theStatusNamesTheChannelAndCountsWhatItSent() {
        assertEquals(new ChannelResource.Status("${artifactId}", 0), resource.status());
    }

    @Test
    public void aTestMessageGoesThroughTheRoute() {
        Response answer = resource.test(new ChannelResource.TestMessage("registrator", null), caller("admin"));
        assertEquals(202, answer.getStatus());
        assertEquals(new ChannelResource.Status("${artifactId}", 1), answer.getEntity());
    }

    @Test
    public void aTestWithoutAnAddresseeIsRefusedNamingTheFieldAndSendsNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.test(new ChannelResource.TestMessage(" ", "hej"), caller("admin")));
        assertEquals("addressee", e.problems().get(0).path());
        assertEquals(0, resource.status().sent());
    }
}
