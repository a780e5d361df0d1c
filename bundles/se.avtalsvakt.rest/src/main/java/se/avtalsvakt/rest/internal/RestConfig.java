package se.avtalsvakt.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the API, PID {@code se.avtalsvakt.rest}: login, its cache, and the request body limits. */
@ObjectClassDefinition(name = "Avtalsvakt REST API", description = "Login and request limits for /api/v1.")
public @interface RestConfig {

    @AttributeDefinition(name = "JAAS realm", description = "The Karaf JAAS realm that checks user names and "
            + "passwords (users and roles in etc/users.properties by default).")
    String realm() default "karaf";

    @AttributeDefinition(name = "HTTP realm", description = "The realm named in the WWW-Authenticate header.")
    String httpRealm() default "Avtalsvakt";

    @AttributeDefinition(name = "Login cache: seconds", description = "How long a successful login is remembered "
            + "for the same user name and password (a salted SHA-256 of them, never the password); a changed "
            + "password or role takes effect within this time. 0: a JAAS login on every request.")
    int loginCacheSeconds() default 60;

    @AttributeDefinition(name = "Login cache: entries", description = "The most logins remembered; the oldest "
            + "is forgotten first.")
    int loginCacheSize() default 1000;

    @AttributeDefinition(name = "Request body limit", description = "The largest request body accepted, in bytes "
            + "or with a unit (KiB, MiB, GiB), for every path without its own limit; a larger one is refused with "
            + "413 as soon as that is known.")
    String bodyLimit() default "1MiB";

    @AttributeDefinition(name = "Request body limits per path", description = "'prefix=size' entries (separated "
            + "by commas): a request whose path below /api/v1 starts with the prefix may send a body up to the "
            + "size; the longest matching prefix wins.")
    String[] bodyLimits() default {"suppliers/=256MiB", "deliveries/checks=256MiB", "reports/=16MiB"};
}
