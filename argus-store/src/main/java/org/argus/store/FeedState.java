package org.argus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * What a feed's server last answered (kept in {@code feed}): its validators, sent back with the
 * next poll (If-None-Match, If-Modified-Since) so an unchanged feed costs a 304 and no parsing.
 *
 * @param url          the feed's URL as given
 * @param etag         the ETag of the last answer, or null
 * @param lastModified the Last-Modified of the last answer, as the server wrote it, or null
 */
public record FeedState(String url, String etag, String lastModified) {
    static FeedState read(Database db, String url) {
        return db.read("read the state of feed " + url, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified FROM feed WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new FeedState(url, rs.getString(1), rs.getString(2)) : new FeedState(url, null, null);
                }
            }
        });
    }

    static void save(Database db, FeedState state) {
        db.write("keep the state of feed " + state.url(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                    + "checked_at = excluded.checked_at")) {
                ps.setString(1, state.url());
                ps.setString(2, state.etag());
                ps.setString(3, state.lastModified());
                ps.setString(4, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }
}
