package org.argus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    @Test
    void aPathIsAnSqliteFile() {
        StoreLocation l = StoreLocation.parse("data/corpus.db", Map.of());
        assertFalse(l.isPostgres());
        assertEquals(Path.of("data/corpus.db"), l.file());
        assertEquals(Path.of("C:\\news\\corpus.db"), StoreLocation.parse("C:\\news\\corpus.db", Map.of()).file());
    }

    @Test
    void aPostgresUrlNamesServerDatabaseUserAndPassword() {
        StoreLocation l = StoreLocation.parse("postgresql://analyst:s%40cret@db.example:6543/news?sslmode=require", Map.of("PGPASSWORD", "other"));
        assertEquals("jdbc:postgresql://db.example:6543/news?sslmode=require", l.jdbcUrl());
        assertEquals("analyst", l.user());
        assertEquals("s@cret", l.password(), "the URL's password wins over PGPASSWORD");
        assertEquals("postgresql://analyst@db.example:6543/news?sslmode=require", l.toString(), "messages never show the password");
        StoreLocation env = StoreLocation.parse("postgres://analyst@localhost/news", Map.of("PGPASSWORD", "from-env"));
        assertEquals("jdbc:postgresql://localhost:5432/news", env.jdbcUrl());
        assertEquals("from-env", env.password());
    }

    @Test
    void anotherSchemeOrNoDatabaseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreLocation.parse("mysql://root:hunter2@localhost/news", Map.of()));
        assertTrue(e.getMessage().contains("unknown database scheme 'mysql://'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("postgresql://localhost:5432/", Map.of()));
    }
}
