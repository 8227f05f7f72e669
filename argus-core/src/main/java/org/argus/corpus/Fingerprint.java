package org.argus.corpus;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text's fingerprint for finding near-duplicate articles (syndicated wire copy, a page published
 * again under a new headline, an updated version): the hashes of its five-word shingles, of which a
 * fixed quarter is kept (those whose hash is 0 modulo {@value #SAMPLE_MODULUS}). Because the same
 * shingles are kept in every text, the share of one text's sample found in another's estimates how
 * much of the first text the second contains, whatever their lengths.
 *
 * <p>Words are runs of letters and digits, lower-cased: punctuation, spacing and case do not matter.
 */
public final class Fingerprint {
    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 5;
    /** One shingle in this many is kept. */
    public static final int SAMPLE_MODULUS = 4;
    /** Texts whose sample is smaller than this are too short to call anything their duplicate. */
    public static final int MIN_SAMPLE = 8;
    /** The share of the shorter text's sample the longer one must hold for the two to be near-duplicates. */
    public static final double MIN_CONTAINMENT = 0.6;

    private Fingerprint() {
    }

    /** The sorted, distinct sampled shingle hashes of {@code text}. */
    public static long[] of(String text) {
        String[] words = words(text);
        if (words.length < SHINGLE_WORDS) {
            return new long[0];
        }
        long[] kept = new long[words.length - SHINGLE_WORDS + 1];
        int n = 0;
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                String word = words[w];
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            h = mix(h);
            if (Long.remainderUnsigned(h, SAMPLE_MODULUS) == 0) {
                kept[n++] = h;
            }
        }
        long[] sample = Arrays.copyOf(kept, n);
        Arrays.sort(sample);
        return distinct(sample);
    }

    /** How many hashes the two sorted samples share. */
    public static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int c = Long.compare(a[i], b[j]);
            if (c == 0) {
                n++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The share of the smaller sample found in the other (0 when either is below {@link #MIN_SAMPLE}):
     * 1.0 when the shorter text appears whole in the longer one.
     */
    public static double containment(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        if (smaller < MIN_SAMPLE) {
            return 0;
        }
        return (double) shared(a, b) / smaller;
    }

    /** Whether two fingerprints are of near-duplicate texts. */
    public static boolean nearDuplicates(long[] a, long[] b) {
        return containment(a, b) >= MIN_CONTAINMENT;
    }

    private static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out.toArray(new String[0]);
    }

    /** Spreads the bits of an FNV hash so that its low bits (which choose the sample) are well mixed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
