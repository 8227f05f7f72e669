package org.argus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns file bytes into text: UTF-8 (BOM stripped), else the page's declared charset, else windows-1252. */
final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** True when the bytes look binary: a NUL byte, or many control characters, in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static String decode(byte[] bytes, boolean html) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset charset = Charset.forName("windows-1252");
            if (html) {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
                Matcher m = META_CHARSET.matcher(head);
                if (m.find()) {
                    try {
                        charset = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException unknown) {
                        // an unknown declared charset: keep the windows-1252 fallback
                    }
                }
            }
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }
}
