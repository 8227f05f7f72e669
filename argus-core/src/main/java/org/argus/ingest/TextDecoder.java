package org.argus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns file bytes into text: UTF-8 (BOM stripped); when the bytes are not valid UTF-8, an HTML
 * page's declared {@code <meta charset>} (or {@code http-equiv} content type), else windows-1252.
 * Stateless.
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
     * True when the bytes look binary rather than text: a NUL byte, or more than 5% control
     * characters (other than tab, newline, form feed and carriage return), in the first
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
            if (b == 0) {
                return true;
            }
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

    /** Decodes a whole file; {@code html} enables the {@code <meta charset>} lookup. */
    static String decode(byte[] bytes, boolean html) {
        int offset = bomLength(bytes, bytes.length);
        String utf8 = utf8OrNull(bytes, offset, bytes.length);
        if (utf8 != null) {
            return utf8;
        }
        Charset charset = html ? declaredCharset(bytes) : null;
        return new String(bytes, offset, bytes.length - offset, charset == null ? FALLBACK : charset);
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
