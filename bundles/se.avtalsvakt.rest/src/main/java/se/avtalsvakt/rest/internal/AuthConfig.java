package se.avtalsvakt.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the API's login, PID {@code se.avtalsvakt.rest}. */
@ObjectClassDefinition(name = "Avtalsvakt REST API", description = "Login for /api/v1.")
public @interface AuthConfig {

    @AttributeDefinition(name = "JAAS realm", description = "The Karaf JAAS realm that checks user names and "
            + "passwords (users and roles in etc/users.properties by default).")
    String realm() default "karaf";

    @AttributeDefinition(name = "HTTP realm", description = "The realm named in the WWW-Authenticate header.")
    String httpRealm() default "Avtalsvakt";
}
