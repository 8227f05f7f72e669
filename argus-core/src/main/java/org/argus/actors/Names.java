package org.argus.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling-tolerant comparison of names: the same person or state written differently across
 * outlets and transliterations ("Hekmatyar"/"Hikmatyar", "Sahin"/"Şahin", "Kenyatta"/"Kenyata").
 * Used when a name is looked up in the shipped knowledge and when corpus actors are merged.
 */
public final class Names {
    /** Words of a personal name that are not the name: Arabic articles and patronymic links, titles. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "at", "ash", "az", "an", "bin", "ibn",
            "ben", "bint", "mr", "mrs", "ms", "dr", "sheikh", "gen", "general", "president", "minister");

    private Names() {
    }

    /** Lower case with accents and the letters NFD cannot split folded to ASCII ("Şahin" is "sahin"). */
    public static String fold(String s) {
        String t = s.replace('ı', 'i').replace('İ', 'I').replace('ø', 'o').replace('ł', 'l').replace('ß', 's');
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Name tokens without honorifics, titles and Arabic articles ("al-Zawahiri" is "Zawahiri"). */
    public static List<String> tokens(String name) {
        String plain = fold(name).replaceAll("\\b(al|el|ad|ar|as|at|ash|az|an)-", " ");
        List<String> out = new ArrayList<>();
        for (String t : plain.split("[^a-z]+")) {
            if (!t.isEmpty() && !PARTICLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The consonant skeleton of a name word: accents folded, common transliteration pairs made one
     * (kh/h, ph/f, dh/d, th/t, gh/g, q/k, ck/k, w/v, ou/u, y/i), vowels after the first letter and
     * doubled letters dropped. "Hekmatyar" and "Hikmatyar" are both "hkmtr"; "Sahin" and "Şahin" both "shn".
     */
    public static String skeleton(String word) {
        String w = fold(word).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return w;
        }
        w = w.replace("kh", "h").replace("ph", "f").replace("dh", "d").replace("th", "t").replace("gh", "g")
                .replace("ck", "k").replace("q", "k").replace("w", "v").replace("ou", "u").replace("y", "i");
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiou".indexOf(c) >= 0 || c == out.charAt(out.length() - 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Whether two single name words are one name misspelt: folded, they start alike and differ by
     * one edit (two from nine letters on). A five-letter word must also keep its consonant skeleton
     * ("Yeman" is Yemen, "Indiana" is not India); shorter words must match exactly, short names
     * being too close to each other ("Iran"/"Iraq", "Mali"/"Bali").
     */
    public static boolean misspelt(String a, String b) {
        return misspeltFolded(fold(a), fold(b));
    }

    /** {@link #misspelt} for words already {@link #fold folded}. */
    static boolean misspeltFolded(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 5 || x.charAt(0) != y.charAt(0) || shorter == 5 && !skeleton(x).equals(skeleton(y))) {
            return false;
        }
        int allowed = shorter >= 9 ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed;
    }
}
