package org.argus.reference;

/** Whether an offset lies inside a quotation: a speaker's "he" is someone else than the narrator's. */
final class Quotation {
    private Quotation() {
    }

    /** True when {@code offset} lies inside a quotation opened earlier in its paragraph. */
    static boolean inside(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        boolean open = false;
        for (int i = start; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open = true;
            } else if (c == '\u201D') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }
}
