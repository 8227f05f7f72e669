package org.argus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Issue 23: no control character but newline and tab reaches text output; each is shown escaped. */
class PrintableTest {
    @Test
    void terminalEscapesAreShownNotSent() {
        assertEquals("\\u001b]0;owned\\u0007title", Printable.text("\u001b]0;owned\u0007title"));
        assertEquals("a\\u001b[2Jb", Printable.text("a\u001b[2Jb"));
        assertEquals("line one\nline\ttwo\\u000d", Printable.text("line one\nline\ttwo\r"));
        assertEquals("\\u007f\\u0085\\u009b\\u202eevil\\u2066", Printable.text("\u007f\u0085\u009b\u202Eevil\u2066"));
        assertEquals("plain text, caf\u00e9, \u05e9\u05dc\u05d5\u05dd, \uD83D\uDE00", Printable.text("plain text, caf\u00e9, \u05e9\u05dc\u05d5\u05dd, \uD83D\uDE00"));
    }

    @Test
    void aLineCannotForgeAnotherLine() {
        assertEquals("bad\\u000aargus: all 3 inputs analysed\\u0009.txt", Printable.line("bad\nargus: all 3 inputs analysed\t.txt"));
    }

    @Test
    void theWriterEscapesWhatPassesThroughIt() {
        StringWriter out = new StringWriter();
        var w = Printable.writer(out);
        w.print("id\u001b[31m");
        w.println(" red");
        w.flush();
        assertEquals("id\\u001b[31m red\n", out.toString());
    }

    @Property(tries = 300)
    void textOutputHoldsNoControlCharacterButNewlineAndTab(@ForAll String s) {
        String t = Printable.text(s);
        for (char c : t.toCharArray()) {
            // checked against Unicode's own category, not the sanitiser's predicate
            assertFalse(Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t',
                    () -> "raw U+" + Integer.toHexString(c) + " in " + t);
        }
        String l = Printable.line(s);
        assertFalse(l.contains("\n") || l.contains("\r") || l.contains("\u001b"), l);
    }
}
