package se.avtalsvakt.channel.mail.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mail channel's settings, checked: the SMTP server, the sender, and who receives the alerts of each addressee
 * ({@code to.<addressee>} entries, {@code defaultTo} for the rest).
 *
 * @param host     SMTP host
 * @param port     SMTP port
 * @param security {@code none}, {@code starttls} or {@code ssl}
 * @param username login, or empty for none
 * @param password password, or empty
 * @param from     the sender address
 * @param to       addresses per addressee (a body or organisation id)
 * @param defaultTo addresses for addressees without their own
 * @param timeoutMillis connection and read timeout
 */
record MailSettings(String host, int port, String security, String username, String password, String from,
                    Map<String, List<String>> to, List<String> defaultTo, int timeoutMillis) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    /**
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    static MailSettings from(MailChannel.Config c, Map<String, ?> properties) {
        if (c.host() == null || c.host().isBlank()) {
            throw new IllegalArgumentException("host: the SMTP server is not set");
        }
        if (c.port() < 1 || c.port() > 65535) {
            throw new IllegalArgumentException("port: " + c.port() + " is not a port (1-65535)");
        }
        String security = c.security() == null ? "none" : c.security().trim().toLowerCase(Locale.ROOT);
        if (!List.of("none", "starttls", "ssl").contains(security)) {
            throw new IllegalArgumentException("security: '" + c.security() + "' is not one of none, starttls, ssl");
        }
        List<String> from = addresses("from", c.from());
        if (from.size() != 1) {
            throw new IllegalArgumentException("from: give exactly one sender address");
        }
        Map<String, List<String>> to = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("to.") && key.length() > 3) {
                to.put(key.substring(3), addresses(key, String.valueOf(value)));
            }
        });
        return new MailSettings(c.host().trim(), c.port(), security, nullToEmpty(c.username()),
                nullToEmpty(c.password()), from.get(0), to, addresses("defaultTo", c.defaultTo()),
                Math.max(1, c.timeoutSeconds()) * 1000);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    /** @return the addresses in a comma- or semicolon-separated list */
    static List<String> addresses(String field, String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String part : text.split("[,;]")) {
            String a = part.trim();
            if (a.isEmpty()) {
                continue;
            }
            if (!ADDRESS.matcher(a).matches()) {
                throw new IllegalArgumentException(field + ": '" + a + "' is not an e-mail address");
            }
            found.add(a);
        }
        return found;
    }

    /**
     * @return who receives the alerts of {@code addressee}
     * @throws IllegalStateException if nobody does: the delivery waits until the configuration names someone
     */
    List<String> recipients(String addressee) {
        List<String> own = to.get(addressee);
        List<String> chosen = own != null && !own.isEmpty() ? own : defaultTo;
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no e-mail address for " + addressee + ": set to." + addressee
                    + " (or defaultTo) in etc/se.avtalsvakt.channel.mail.cfg");
        }
        return chosen;
    }

    /** @return the Camel endpoint for the server */
    String endpointUri() {
        StringBuilder uri = new StringBuilder(security.equals("ssl") ? "smtps://" : "smtp://")
                .append(host).append(':').append(port)
                .append("?connectionTimeout=").append(timeoutMillis);
        if (!username.isEmpty()) {
            uri.append("&username=").append(URLEncoder.encode(username, StandardCharsets.UTF_8))
                    .append("&password=RAW(").append(password).append(')');
        }
        if (security.equals("starttls")) {
            uri.append("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
        }
        uri.append("&mail.smtp.timeout=").append(timeoutMillis);
        return uri.toString();
    }
}
