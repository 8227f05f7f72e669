package org.argus.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the corpus lives: an SQLite file, or a PostgreSQL database named by a URL
 * ({@code postgresql://user[:password]@host[:port]/database[?parameters]}, also {@code postgres://}).
 * Text with another scheme ({@code mysql://...}) is refused, never taken as a file name.
 *
 * @param file     the SQLite file, or null for PostgreSQL
 * @param jdbcUrl  the JDBC URL of the PostgreSQL database (without user and password), or null
 * @param user     the PostgreSQL user, or null for the driver's default
 * @param password the password from the URL, else from {@code PGPASSWORD}, or null
 */
public record StoreLocation(Path file, String jdbcUrl, String user, String password) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    public StoreLocation {
        if ((file == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("a store location is a file or a PostgreSQL URL");
        }
    }

    /** An SQLite file. */
    public static StoreLocation sqlite(Path file) {
        return new StoreLocation(file, null, null, null);
    }

    /**
     * Reads a {@code --db} value: a PostgreSQL URL, or else a file path. {@code env} supplies
     * {@code PGPASSWORD} when the URL has no password.
     *
     * @throws IllegalArgumentException for a URL of another scheme or a malformed PostgreSQL URL
     */
    public static StoreLocation parse(String text, Map<String, String> env) {
        if (!SCHEME.matcher(text).matches()) {
            return sqlite(Path.of(text));
        }
        String scheme = text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException("unknown database scheme '" + scheme + "://' in '" + redact(text)
                    + "' (give a file path for SQLite, or postgresql://user@host:port/database)");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL '" + redact(text) + "': " + e.getReason());
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("the PostgreSQL URL '" + redact(text) + "' names no database (postgresql://user@host:port/database)");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (password == null) {
            String fromEnv = env.get("PGPASSWORD");
            password = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return new StoreLocation(null, "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + query, user, password);
    }

    public boolean isPostgres() {
        return jdbcUrl != null;
    }

    /** How messages name the store: the file, or the URL with the user and without the password. */
    @Override
    public String toString() {
        if (file != null) {
            return file.toString();
        }
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        return "postgresql://" + (user == null ? "" : user + "@") + rest;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with any password replaced, for messages. */
    private static String redact(String text) {
        return text.replaceFirst("(://[^/@:]*):[^/@]*@", "$1:***@");
    }
}
