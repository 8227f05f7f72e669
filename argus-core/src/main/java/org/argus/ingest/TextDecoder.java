package org.argus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns file bytes into text: UTF-16 when the file starts with a UTF-16 byte order mark; else UTF-8
 * (BOM stripped). Bytes that are not valid UTF-8 are decoded by an HTML page's declared
 * {@code <meta charset>} (or {@code http-equiv} content type) when it declares one other than UTF-8;
 * else, when the file is mostly valid UTF-8 (it holds valid multi-byte sequences, at least as many as
 * invalid ones), as UTF-8 with each invalid sequence replaced by U+FFFD and a
 * warning; else as windows-1252 (a file with no valid multi-byte sequence is a legacy encoding, not
 * damaged UTF-8). Stateless.
 */
final class TextDecoder {
    /** How many leading bytes are searched for a charset declaration (the HTML spec says 1024; pages are sloppy). */
    static final int CHARSET_SNIFF_BYTES = 8192;
    /** How many leading bytes are inspected for binary content. */
    static final int BINARY_SNIFF_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * True when the bytes look binary rather than text: more than 5% control characters (NUL
     * included; tab, newline, form feed and carriage return not), in the first
     * {@value #BINARY_SNIFF_BYTES} bytes.
     */
    static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, 0, bytes.length);
    }

    static boolean looksBinary(byte[] bytes, int from, int to) {
        int end = Math.min(to, from + BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xff;
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7f) {
                control++;
            }
        }
        int n = end - from;
        return n > 0 && control * 20 > n;
    }

    /** Length of a UTF-8 byte order mark at the start of {@code bytes}: 3 or 0. */
    static int bomLength(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** Strict UTF-8 of {@code bytes[from, to)}, or null when they are not valid UTF-8. */
    static String utf8OrNull(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** A decoded file: its text, and a warning (without the file name) when bytes were replaced, else null. */
    record Decoded(String text, String warning) {
    }

    /** Decodes a whole file; {@code html} enables the {@code <meta charset>} lookup. */
    static String decode(byte[] bytes, boolean html) {
        return decodeWithWarning(bytes, html).text();
    }

    /** As {@link #decode}, with a warning when invalid UTF-8 bytes were replaced. */
    static Decoded decodeWithWarning(byte[] bytes, boolean html) {
        Charset utf16 = utf16(bytes, bytes.length);
        if (utf16 != null) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), null);
        }
        int offset = bomLength(bytes, bytes.length);
        String utf8 = utf8OrNull(bytes, offset, bytes.length);
        if (utf8 != null) {
            return new Decoded(utf8, null);
        }
        Charset charset = html ? declaredCharset(bytes) : null;
        if (charset != null) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, charset), null);
        }
        int[] counts = utf8Counts(bytes, offset, bytes.length);
        if (counts[0] > 0 && counts[0] >= counts[1]) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8),
                    replaced(counts[1], counts[2]));
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, FALLBACK), null);
    }

    /** A line's text as UTF-8, invalid sequences replaced by U+FFFD; the warning says how many (null when none). */
    static Decoded utf8Lenient(byte[] bytes, int from, int to) {
        String strict = utf8OrNull(bytes, from, to);
        if (strict != null) {
            return new Decoded(strict, null);
        }
        int[] counts = utf8Counts(bytes, from, to);
        return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), replaced(counts[1], counts[2] - from));
    }

    private static String replaced(int invalid, int firstByte) {
        return invalid + (invalid == 1 ? " invalid UTF-8 byte sequence" : " invalid UTF-8 byte sequences")
                + " replaced by U+FFFD (first at byte " + firstByte + ")";
    }

    /** UTF-16BE or UTF-16LE when the bytes start with that byte order mark, else null. */
    static Charset utf16(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * {valid multi-byte sequences, invalid sequences, offset of the first invalid byte} of
     * {@code bytes[from, to)} read as UTF-8.
     */
    static int[] utf8Counts(byte[] bytes, int from, int to) {
        int valid = 0;
        int invalid = 0;
        int first = -1;
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need == 0) {
                i++;
                continue;
            }
            boolean ok = need > 0 && continuation(bytes, i + 1, need, to);
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                first = first < 0 ? i : first;
                i++;
            }
        }
        return new int[] {valid, invalid, first};
    }

    private static boolean continuation(byte[] bytes, int from, int n, int to) {
        if (from + n > to) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if ((bytes[from + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The charset a page declares in its first bytes, or null when it declares none, an unknown one,
     * or UTF-8 (which the bytes have just been shown not to be).
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset declared = Charset.forName(m.group(1));
            // browsers treat a declared latin-1/ascii as windows-1252, its superset
            if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
                return FALLBACK;
            }
            return declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-16") ? null : declared;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
