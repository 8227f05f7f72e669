package org.argus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from Debian's PostgreSQL
 * binaries (package postgresql; {@code .ci/run} installs it when missing) in a temporary folder, on
 * a free port of 127.0.0.1, and stopped when the JVM exits. As root, the server runs as the user
 * {@code postgres}, since PostgreSQL refuses to run as root. Each test asks for a database of its
 * own ({@link #newDatabase}). {@code ARGUS_TEST_POSTGRES=postgresql://user@host:port/db} uses a
 * server already running instead (the user must be allowed to create databases).
 */
public final class PostgresServer {
    private static final Object LOCK = new Object();
    private static PostgresServer shared;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The server of this JVM, started on first use. */
    public static PostgresServer get() {
        synchronized (LOCK) {
            if (shared == null) {
                String given = System.getenv("ARGUS_TEST_POSTGRES");
                shared = given == null || given.isBlank() ? start() : existing(given);
            }
            return shared;
        }
    }

    /** A new, empty database on the server, as {@code --db} would name it. */
    public String newDatabaseUrl() {
        String name = "argus_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return "postgresql://" + user + (password == null ? "" : ":" + password) + "@" + host + ":" + port + "/" + name;
    }

    /** A new, empty database on the server. */
    public StoreLocation newDatabase() {
        return StoreLocation.parse(newDatabaseUrl(), Map.of());
    }

    private static PostgresServer existing(String url) {
        StoreLocation l = StoreLocation.parse(url, System.getenv());
        java.net.URI uri = java.net.URI.create(l.jdbcUrl().substring("jdbc:".length()));
        return new PostgresServer(uri.getHost(), uri.getPort(), l.user(), l.password());
    }

    private static PostgresServer start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("argus-pg-");
            if (root) {
                run(List.of("chown", "postgres", dir.toString()), false);
            }
            Path data = dir.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "argus", "--auth=trust", "-E", "UTF8",
                    "--no-sync"), root);
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w",
                    "-o", "-p " + port + " -h 127.0.0.1 -k " + dir + " -F -c max_connections=200", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
                    delete(dir);
                } catch (RuntimeException e) {
                    System.err.println("test PostgreSQL server: " + e.getMessage());
                }
            }));
            return new PostgresServer("127.0.0.1", port, "argus", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    /** The folder of initdb and pg_ctl: $ARGUS_PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else the PATH's. */
    private static Path binaries() {
        String given = System.getenv("ARGUS_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing((Path v) -> v.getFileName().toString(), Comparator.comparingInt(PostgresServer::number)))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path initdb = Path.of(folder, "initdb");
            if (Files.isExecutable(initdb)) {
                try {
                    return initdb.toRealPath().getParent();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the tests need PostgreSQL's server programs (initdb, pg_ctl): install Debian's package "
                + "postgresql (.ci/run does), set ARGUS_PG_BIN to their folder, or set ARGUS_TEST_POSTGRES to a server's URL");
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path log = Files.createTempFile("argus-pg-", ".log");
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish in 120 s");
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + p.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind loses nothing
        }
    }
}
