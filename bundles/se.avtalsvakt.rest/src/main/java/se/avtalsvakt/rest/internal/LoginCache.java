package se.avtalsvakt.rest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Successful logins remembered for a short time, so that a client sending the same credentials on every request
 * costs one JAAS login per TTL instead of one per request. The key is a SHA-256 of a random salt (new at every
 * start), the realm, the user name and the password; the password itself is never kept. At most {@code maxSize}
 * logins are kept, the oldest forgotten first. Refused logins are not remembered: a guesser tries a new password
 * each time, so remembering a refusal would not slow guessing, and it would delay a password just set.
 * Time is the JVM's monotonic clock (not domain time).
 */
final class LoginCache {

    /** Who logged in. */
    record Login(String user, Set<String> roles) {

        Login {
            roles = Set.copyOf(roles);
        }
    }

    /** The real check of a user name and password: the login, or null if refused. */
    @FunctionalInterface
    interface Authenticator {
        Login login(String realm, String user, String password);
    }

    private record Entry(Login login, long expiresAt) {
    }

    private final Authenticator authenticator;
    private final LongSupplier nanoTime;
    private final byte[] salt;
    private final Map<ByteBuffer, Entry> entries = new LinkedHashMap<>();

    LoginCache(Authenticator authenticator, LongSupplier nanoTime) {
        this.authenticator = authenticator;
        this.nanoTime = nanoTime;
        this.salt = new byte[16];
        new SecureRandom().nextBytes(salt);
    }

    /**
     * @param ttlSeconds how long a login is remembered; 0 or less: not at all
     * @param maxSize    the most logins remembered
     * @return the login, from the cache or the authenticator, or null if refused
     */
    Login login(String realm, String user, String password, int ttlSeconds, int maxSize) {
        if (ttlSeconds <= 0 || maxSize <= 0) {
            return authenticator.login(realm, user, password);
        }
        ByteBuffer key = key(realm, user, password);
        long now = nanoTime.getAsLong();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.expiresAt() - now > 0) {
                return e.login();
            }
            if (e != null) {
                entries.remove(key);
            }
        }
        Login login = authenticator.login(realm, user, password);
        if (login != null) {
            long expiresAt = now + ttlSeconds * 1_000_000_000L;
            synchronized (entries) {
                entries.remove(key);
                entries.put(key, new Entry(login, expiresAt));
                Iterator<ByteBuffer> oldest = entries.keySet().iterator();
                while (entries.size() > maxSize && oldest.hasNext()) {
                    oldest.next();
                    oldest.remove();
                }
            }
        }
        return login;
    }

    /** @return how many logins are remembered */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Forgets every login, e.g. when the realm's configuration changes. */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private ByteBuffer key(String realm, String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            for (String part : new String[] {realm, user, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return ByteBuffer.wrap(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
