package org.argus.output;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one output sanitiser of Argus's text and CSV output (issue 23): untrusted text (an article's id,
 * title or words, a file name) never reaches a terminal or a spreadsheet with control characters
 * that could move the cursor, retitle or clear the terminal, or forge a line. Each control
 * character (Unicode category Cc: U+0000 to U+001F, U+007F to U+009F) other than newline and tab,
 * and each bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069, which reorder what a
 * terminal shows), is shown escaped as {@code \\u001b}. {@link #line} also escapes newline and tab,
 * for what must stay on one line (a file name or an id in an error message). A backslash is left as
 * it is, so an escape in the output may also be text that was written so. JSON output does not pass
 * here: Jackson escapes control characters itself and the values must stay exact. Stateless.
 */
public final class Printable {
    private Printable() {
    }

    /** Whether {@code c} is shown escaped in text output ({@code keepLines}: newline and tab are kept). */
    static boolean escaped(char c, boolean keepLines) {
        if (c < 0x20) {
            return !(keepLines && (c == '\n' || c == '\t'));
        }
        return c >= 0x7f && c <= 0x9f || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** {@code s} for text or CSV output: newline and tab kept, every other control character escaped. Null stays null. */
    public static String text(String s) {
        return escape(s, true);
    }

    /** {@code s} on one line: newline, tab and every other control character escaped. Null stays null. */
    public static String line(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i), keepLines)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            appendEscaped(b, s.charAt(i), keepLines);
        }
        return b.toString();
    }

    private static void appendEscaped(StringBuilder b, char c, boolean keepLines) {
        if (escaped(c, keepLines)) {
            b.append(String.format("\\u%04x", (int) c));
        } else {
            b.append(c);
        }
    }

    /**
     * A writer that passes everything written to it through {@link #text} on its way to {@code out}:
     * the one door of a command's text and CSV output.
     */
    public static PrintWriter writer(Writer out) {
        return new PrintWriter(new Escaping(out), true);
    }

    /** Escapes as it writes; newline and tab pass. */
    private static final class Escaping extends Writer {
        private final Writer out;

        Escaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws java.io.IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (escaped(buffer[i], true)) {
                    out.write(buffer, start, i - start);
                    out.write(String.format("\\u%04x", (int) buffer[i]));
                    start = i + 1;
                }
            }
            out.write(buffer, start, end - start);
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush(); // the command's own writer is not ours to close
        }
    }
}
