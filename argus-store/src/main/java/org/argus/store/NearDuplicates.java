package org.argus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argus.corpus.Fingerprint;
import org.argus.corpus.Sources;

/**
 * Near-duplicate articles in the store (see the version 5 migration): fingerprints indexed by
 * shingle hash, and each near-duplicate linked to the original of its group. Runs inside the
 * caller's transaction.
 */
final class NearDuplicates {
    /** Hashes per candidate query, well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 400;

    private NearDuplicates() {
    }

    /** A link: {@code article} repeats {@code original}; {@code containment} is the share of the shorter text found in the other. */
    record Link(long original, String originalId, double containment) {
    }

    /**
     * Indexes the article's fingerprint and links it to the group it repeats, if any, never to one of
     * {@code formerCopies} (an original stored again stays the original of its copies).
     */
    static Link add(Connection c, long article, String text, java.util.Collection<Long> formerCopies) throws SQLException {
        long[] fp = Fingerprint.of(text);
        try (PreparedStatement size = c.prepareStatement("INSERT INTO article_fingerprint (article, size) VALUES (?, ?)");
             PreparedStatement shingle = c.prepareStatement("INSERT INTO article_shingle (article, hash) VALUES (?, ?)")) {
            size.setLong(1, article);
            size.setInt(2, fp.length);
            size.executeUpdate();
            for (long h : fp) {
                shingle.setLong(1, article);
                shingle.setLong(2, h);
                shingle.addBatch();
            }
            shingle.executeBatch();
        }
        return link(c, article, fp, formerCopies);
    }

    /** The articles linked to {@code original} as its near-duplicates. */
    static List<Long> dependents(Connection c, long original) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article FROM near_duplicate WHERE original = ? ORDER BY article")) {
            ps.setLong(1, original);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Links again an article whose original was replaced, from its stored fingerprint. */
    static void relink(Connection c, long article) throws SQLException {
        List<Long> hashes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM article_shingle WHERE article = ? ORDER BY hash")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM near_duplicate WHERE article = ?")) {
            ps.setLong(1, article);
            ps.executeUpdate();
        }
        link(c, article, hashes.stream().mapToLong(Long::longValue).toArray(), List.of());
    }

    /**
     * Fingerprints and links the articles stored before fingerprints existed, in the order they were
     * stored, in one transaction (another process opening the database at once finds them done).
     */
    static int backfill(Database db) {
        String find = "SELECT a.key, a.text FROM article a LEFT JOIN article_fingerprint f ON f.article = a.key "
                + "WHERE f.article IS NULL ORDER BY a.key";
        if (db.read("look for articles without fingerprints", c -> missing(c, find).isEmpty())) {
            return 0;
        }
        return db.write("fingerprint the articles stored before version 5", c -> {
            Map<Long, String> missing = missing(c, find);
            for (Map.Entry<Long, String> e : missing.entrySet()) {
                add(c, e.getKey(), e.getValue(), List.of());
            }
            return missing.size();
        });
    }

    private static Map<Long, String> missing(Connection c, String sql) throws SQLException {
        Map<Long, String> missing = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                missing.put(rs.getLong(1), rs.getString(2));
            }
        }
        return missing;
    }

    /**
     * Links {@code article} to the stored article sharing most of its text, when that reaches
     * {@link Fingerprint#MIN_CONTAINMENT}; the link goes to that article's original when it is itself
     * a near-duplicate, so a group has one original. Ties go to the article stored first.
     */
    private static Link link(Connection c, long article, long[] fp, java.util.Collection<Long> excluded) throws SQLException {
        if (fp.length < Fingerprint.MIN_SAMPLE) {
            return null;
        }
        Map<Long, Integer> shared = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int from = 0; from < fp.length; from += CHUNK) {
            int to = Math.min(fp.length, from + CHUNK);
            String marks = String.join(",", java.util.Collections.nCopies(to - from, "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT s.article, COUNT(*), f.size FROM article_shingle s "
                    + "JOIN article_fingerprint f ON f.article = s.article WHERE s.hash IN (" + marks + ") AND s.article <> ? "
                    + "GROUP BY s.article, f.size")) {
                for (int i = from; i < to; i++) {
                    ps.setLong(i - from + 1, fp[i]);
                }
                ps.setLong(to - from + 1, article);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shared.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                        sizes.put(rs.getLong(1), rs.getInt(3));
                    }
                }
            }
        }
        long best = -1;
        double bestContainment = 0;
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            if (excluded.contains(e.getKey())) {
                continue;
            }
            int other = sizes.get(e.getKey());
            int smaller = Math.min(fp.length, other);
            if (smaller < Fingerprint.MIN_SAMPLE) {
                continue;
            }
            double containment = (double) e.getValue() / smaller;
            if (containment >= Fingerprint.MIN_CONTAINMENT
                    && (containment > bestContainment || containment == bestContainment && e.getKey() < best)) {
                best = e.getKey();
                bestContainment = containment;
            }
        }
        if (best < 0) {
            return null;
        }
        long original = originalOf(c, best);
        if (original == article) {
            return null; // the best match repeats this very article: it stays an original
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO near_duplicate (article, original, containment) VALUES (?, ?, ?)")) {
            ps.setLong(1, article);
            ps.setLong(2, original);
            ps.setDouble(3, Math.min(1.0, bestContainment));
            ps.executeUpdate();
        }
        return new Link(original, idOf(c, original), Math.min(1.0, bestContainment));
    }

    private static long originalOf(Connection c, long article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT original FROM near_duplicate WHERE article = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : article;
            }
        }
    }

    private static String idOf(Connection c, long article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE key = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** One stored link, for listing. */
    record Pair(String article, String articleOutlet, String original, String originalOutlet, double containment) {
    }

    static List<Pair> list(Connection c) throws SQLException {
        List<Pair> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.id, a.outlet, a.url, o.id, o.outlet, o.url, d.containment FROM near_duplicate d "
                     + "JOIN article a ON a.key = d.article JOIN article o ON o.key = d.original ORDER BY o.id, a.id")) {
            while (rs.next()) {
                out.add(new Pair(rs.getString(1), Sources.outlet(rs.getString(2), rs.getString(3)), rs.getString(4),
                        Sources.outlet(rs.getString(5), rs.getString(6)), rs.getDouble(7)));
            }
        }
        return out;
    }

    /**
     * Each article's independent source: the outlet of its group's original (its own when it repeats
     * nothing), else the original's web host, else the original's id. Articles with one source count
     * once in corroboration.
     */
    static Map<String, String> sources(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.id, o.id, o.outlet, o.url FROM article a "
                     + "LEFT JOIN near_duplicate d ON d.article = a.key JOIN article o ON o.key = COALESCE(d.original, a.key)")) {
            while (rs.next()) {
                out.put(rs.getString(1), Sources.independent(rs.getString(3), rs.getString(4), rs.getString(2)));
            }
        }
        return out;
    }
}
