package org.argus.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read once and checked: a parameter the endpoint does not
 * take, given twice, too long, or of the wrong form is an {@link ApiException} (400) naming it, so
 * a typo in a filter never silently lists everything.
 */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** Longest text filter; longer values are refused rather than searched. */
    static final int MAX_TEXT = 500;
    private final Map<String, List<String>> query;

    /** The parameters of {@code ctx}, which may only be among {@code allowed}. */
    Params(Context ctx, Set<String> allowed) {
        this.query = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ApiException.badParameter(p.getKey(), "unknown parameter '" + p.getKey() + "'; this endpoint takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
            if (p.getValue().size() > 1) {
                throw ApiException.badParameter(p.getKey(), "parameter '" + p.getKey() + "' is given more than once");
            }
        }
    }

    /** The parameter's text, stripped; null when absent or blank. */
    String text(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        String value = values.get(0).strip();
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, "'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** The parameter's text, which must be given. */
    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiException.badParameter(name, "'" + name + "' is required");
        }
        return value;
    }

    /** A date yyyy-mm-dd, or null. */
    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + name + "' must be a date yyyy-mm-dd, not '" + value + "'");
        }
    }

    /** The {@code from} and {@code to} dates, {@code to} not before {@code from}. */
    LocalDate[] dates() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new LocalDate[] {from, to};
    }

    /** A whole number in [min, max], {@code otherwise} when absent. */
    int number(String name, int otherwise, int min, int max) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter(name, "'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** How many items a page holds: {@code limit}, 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
    int limit() {
        return number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** One of {@code values} (any case), returned as written there; null when absent. */
    String choice(String name, List<String> values) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(value)) {
                return v;
            }
        }
        throw ApiException.badParameter(name, "'" + name + "' must be one of " + String.join(", ", values) + ", not '" + value + "'");
    }

    /** A constant of {@code type}, by name in any case; null when absent. */
    <E extends Enum<E>> String constant(String name, Class<E> type) {
        return choice(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** A three-letter ISO country code, upper case; null when absent. */
    String country(String name) {
        String value = text(name);
        if (value != null && !value.matches("[A-Za-z]{3}")) {
            throw ApiException.badParameter(name, "'" + name + "' must be a three-letter ISO country code, not '" + value + "'");
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
