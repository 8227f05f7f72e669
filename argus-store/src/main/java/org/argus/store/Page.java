package org.argus.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a list: its items and the cursor of the next page, or null on the last page.
 *
 * <p>A cursor is opaque to the caller: the base64url of a JSON array whose first element names the
 * list it belongs to and whose other elements are the sort key of the page's last item (lists read
 * from the database: the next page starts after that key, so an article stored meanwhile neither
 * repeats nor hides an item) or the offset of the next item (lists computed as a whole: actors,
 * timeline, alliances, disputes). A cursor that is not one of the list's own is an
 * {@link InvalidCursorException}.
 *
 * @param items the items of this page, in the list's order
 * @param next  the cursor of the next page, or null when this is the last
 */
public record Page<T>(List<T> items, String next) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Page {
        items = List.copyOf(items);
    }

    /** The items of a list computed as a whole from {@code cursor} (null: the start), at most {@code limit} of them. */
    public static <T> Page<T> slice(String list, List<T> all, String cursor, int limit) {
        int from = 0;
        if (cursor != null) {
            JsonNode key = decode(list, cursor, 1);
            if (!key.get(1).canConvertToInt() || key.get(1).asInt() < 0) {
                throw new InvalidCursorException("cursor is not one of " + list);
            }
            from = Math.min(key.get(1).asInt(), all.size());
        }
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.subList(from, to), to < all.size() ? encode(list, to) : null);
    }

    /** The cursor after an item whose sort key is {@code key}, in list {@code list}. */
    static String encode(String list, Object... key) {
        ArrayNode array = JSON.createArrayNode().add(list);
        for (Object k : key) {
            if (k instanceof Number n) {
                array.add(n.longValue());
            } else {
                array.add(k == null ? null : k.toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key a cursor of {@code list} holds (element 0 is the list's name), with {@code size} values after it. */
    static JsonNode decode(String list, String cursor, int size) {
        JsonNode array;
        try {
            array = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not a cursor this server gave");
        }
        if (array == null || !array.isArray() || array.size() != size + 1 || !list.equals(array.get(0).asText())) {
            throw new InvalidCursorException("cursor is not one of " + list);
        }
        return array;
    }

    /** A cursor that does not belong to the list it was given to (made up, cut short, or another list's). */
    public static final class InvalidCursorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCursorException(String message) {
            super(message);
        }
    }
}
