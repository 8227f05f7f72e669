package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/** Small helpers the store's queries share: binding nullable values and building LIKE patterns. */
final class Sql {
    private Sql() {
    }

    static void bindTwice(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
        ps.setString(index + 1, value);
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching any text that contains {@code needle}, case-insensitively. */
    static String like(String needle) {
        return "%" + needle.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** The values of a {@code string_agg(x, U+001F)} (see {@link Dialect#separator}). */
    static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\u001f"));
    }
}
