package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argus.actors.ActorDictionary;

/**
 * The analyst's hand decisions on corpus actors, taken from the actor dictionary and kept in
 * {@code actor_directive}: an alias joins the entry's actor across the corpus, and a name the entry
 * lists as {@code distinct} is never joined with it by any automatic merge.
 */
final class ActorDirectives {
    /** The actor named {@code aliasKey} is the dictionary's {@code entryKey}, called {@code name}. */
    record Alias(String aliasKey, String entryKey, String name, String source) {
    }

    private final List<Alias> aliases;
    private final Set<String> apart;

    private ActorDirectives(List<Alias> aliases, Set<String> apart) {
        this.aliases = List.copyOf(aliases);
        this.apart = Set.copyOf(apart);
    }

    List<Alias> aliases() {
        return aliases;
    }

    /** True when a name of one group and a name of the other are kept apart by the dictionary. */
    boolean apart(Collection<String> keys, Collection<String> otherKeys) {
        if (apart.isEmpty()) {
            return false;
        }
        for (String a : keys) {
            for (String b : otherKeys) {
                if (apart.contains(pair(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    static ActorDirectives read(Database db) {
        List<Alias> aliases = new ArrayList<>();
        Set<String> apart = new HashSet<>();
        db.read("read the actor dictionary's decisions", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, name_key, other_key, name, source FROM actor_directive ORDER BY source, other_key, name_key, kind")) {
                while (rs.next()) {
                    if (rs.getString(1).equals("alias")) {
                        aliases.add(new Alias(rs.getString(3), rs.getString(2), rs.getString(4), rs.getString(5)));
                    } else {
                        apart.add(pair(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return null;
        });
        return new ActorDirectives(aliases, apart);
    }

    /** Replaces the stored decisions by those of {@code dictionary} (read from {@code file}), in one transaction. */
    static void save(Database db, ActorDictionary dictionary, String file) {
        db.write("keep the actor dictionary's decisions", connection -> {
            try (Statement clear = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("INSERT INTO actor_directive (kind, name_key, other_key, name, source) "
                         + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                clear.executeUpdate("DELETE FROM actor_directive");
                for (ActorDictionary.Entry e : dictionary.entries()) {
                    String type = e.type().name();
                    String key = NameKey.of(e.name(), type);
                    String source = file + ":" + e.line();
                    for (String alias : e.aliases()) {
                        insert(ps, "alias", key, NameKey.of(alias, type), e.name(), source);
                    }
                    for (String other : e.distinct()) {
                        insert(ps, "distinct", key, NameKey.of(other, type), e.name(), source);
                    }
                }
            }
            return null;
        });
    }

    private static void insert(PreparedStatement ps, String kind, String key, String other, String name, String source) throws SQLException {
        if (key.equals(other)) {
            return;
        }
        ps.setString(1, kind);
        ps.setString(2, key);
        ps.setString(3, other);
        ps.setString(4, name);
        ps.setString(5, source);
        ps.executeUpdate();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
