package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

/** Logins remembered per credential for a short time, with a counting login in place of JAAS. */
public class LoginCacheTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(123 * SECOND);
    private final Map<String, String> passwords = new HashMap<>(Map.of("anna", "secret", "bo", "hemligt"));
    private final List<String> logins = new ArrayList<>();

    private final LoginCache cache = new LoginCache((realm, user, password) -> {
        logins.add(user);
        return password.equals(passwords.get(user)) ? new LoginCache.Login(user, Set.of("operator")) : null;
    }, now::get);

    @Test
    public void theSameCredentialsLogInOncePerTtl() {
        for (int i = 0; i < 100; i++) {
            assertEquals("anna", cache.login("karaf", "anna", "secret", 60, 1000).user());
        }
        assertEquals(List.of("anna"), logins);
        now.addAndGet(59 * SECOND);
        assertEquals(Set.of("operator"), cache.login("karaf", "anna", "secret", 60, 1000).roles());
        assertEquals(1, logins.size());
        now.addAndGet(2 * SECOND);
        cache.login("karaf", "anna", "secret", 60, 1000);
        assertEquals("after the TTL the realm is asked again", 2, logins.size());
    }

    @Test
    public void aChangedPasswordTakesEffectWithinTheTtl() {
        cache.login("karaf", "anna", "secret", 60, 1000);
        passwords.put("anna", "nytt");
        assertTrue("the old password works until the TTL runs out",
                cache.login("karaf", "anna", "secret", 60, 1000) != null);
        assertEquals("the new one is checked at once", "anna", cache.login("karaf", "anna", "nytt", 60, 1000).user());
        now.addAndGet(60 * SECOND);
        assertNull(cache.login("karaf", "anna", "secret", 60, 1000));
    }

    @Test
    public void refusalsAreNotRemembered() {
        for (int i = 0; i < 3; i++) {
            assertNull(cache.login("karaf", "anna", "wrong", 60, 1000));
        }
        assertEquals(3, logins.size());
        assertEquals(0, cache.size());
        passwords.put("anna", "wrong");
        assertEquals("a password just set works at once", "anna", cache.login("karaf", "anna", "wrong", 60, 1000)
                .user());
    }

    @Test
    public void anotherPasswordUserOrRealmIsAnotherEntry() {
        cache.login("karaf", "anna", "secret", 60, 1000);
        assertNull(cache.login("karaf", "anna", "secret2", 60, 1000));
        assertNull("a user name and password split differently", cache.login("karaf", "annas", "ecret", 60, 1000));
        cache.login("other", "anna", "secret", 60, 1000);
        assertEquals(4, logins.size());
    }

    @Test
    public void theCacheIsBoundedAndForgetsTheOldestFirst() {
        for (int i = 0; i < 5; i++) {
            passwords.put("u" + i, "p" + i);
            cache.login("karaf", "u" + i, "p" + i, 60, 3);
        }
        assertEquals(3, cache.size());
        logins.clear();
        cache.login("karaf", "u4", "p4", 60, 3);
        cache.login("karaf", "u2", "p2", 60, 3);
        assertEquals("the newest are still there", List.of(), logins);
        cache.login("karaf", "u0", "p0", 60, 3);
        assertEquals("the oldest was forgotten", List.of("u0"), logins);
        assertEquals(3, cache.size());
    }

    @Test
    public void aTtlOfZeroLogsInEveryTime() {
        cache.login("karaf", "anna", "secret", 0, 1000);
        cache.login("karaf", "anna", "secret", 0, 1000);
        assertEquals(2, logins.size());
        assertEquals(0, cache.size());
    }

    @Test
    public void thePasswordIsNotKept() throws Exception {
        cache.login("karaf", "anna", "secret", 60, 1000);
        Field entries = LoginCache.class.getDeclaredField("entries");
        entries.setAccessible(true);
        String held = String.valueOf(entries.get(cache));
        assertTrue(held, !held.contains("secret"));
        Map<?, ?> map = (Map<?, ?>) entries.get(cache);
        for (Object key : map.keySet()) {
            java.nio.ByteBuffer hash = ((java.nio.ByteBuffer) key).duplicate();
            byte[] bytes = new byte[hash.remaining()];
            hash.get(bytes);
            assertEquals("a SHA-256", 32, bytes.length);
            assertTrue(!new String(bytes, StandardCharsets.ISO_8859_1).contains("secret"));
        }
    }

    @Test
    public void theFilterAsksTheCache() {
        LoginFilter filter = new LoginFilter(() -> BodyLimitFilterTest.config("1MiB", new String[0]), cache);
        String basic = "Basic " + Base64.getEncoder().encodeToString("anna:secret".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 10; i++) {
            FakeRequest request = new FakeRequest("GET", "agreements", null).header("Authorization", basic);
            filter.filter(request);
            assertNull(request.aborted);
            assertEquals("anna", request.security.getUserPrincipal().getName());
            assertTrue(request.security.isUserInRole("viewer"));
        }
        assertEquals(1, logins.size());
        FakeRequest wrong = new FakeRequest("GET", "agreements", null).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("anna:fel".getBytes(StandardCharsets.UTF_8)));
        filter.filter(wrong);
        assertEquals(401, wrong.aborted.getStatus());
        filter.forget();
        filter.filter(new FakeRequest("GET", "agreements", null).header("Authorization", basic));
        assertEquals("forgotten on a configuration change", 3, logins.size());
    }
}
