package org.argus.events.cameo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * Whether tokens say a pattern's words. A word spec ("attack", "bombing/explosion", "cease-fire",
 * "&MILITARY") matches a token by its lower-cased word or lemma (so "rally" matches "rallies" and
 * "sanctions" matches "sanctions"), a word the tokenizer split at its hyphens only as the whole word,
 * and a synonym set by any of its entries. A phrase ("mock attack", "&MILITARY aid") matches a head
 * token whose last spec matches and whose other specs each match a different token of the head's
 * subtree before it (its compounds and modifiers).
 */
final class Phrases {
    private final CameoDictionary dictionary;

    Phrases(CameoDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Whether {@code head} heads the phrase {@code specs} (last spec = head), modifiers from its subtree. */
    boolean phrase(Sentence s, List<String> specs, int head) {
        Set<Integer> pool = new HashSet<>();
        for (int t : s.subtree(head)) {
            if (t < head) {
                pool.add(t);
            }
        }
        return phrase(s, specs, head, pool, 0);
    }

    private boolean phrase(Sentence s, List<String> specs, int head, Set<Integer> pool, int depth) {
        if (!word(s, specs.get(specs.size() - 1), head, pool, depth)) {
            return false;
        }
        for (String modifier : specs.subList(0, specs.size() - 1)) {
            Integer found = null;
            for (int t : pool) {
                if (word(s, modifier, t, pool, depth)) {
                    found = t;
                    break;
                }
            }
            if (found == null) {
                return false;
            }
            pool.remove(found);
        }
        return true;
    }

    private boolean word(Sentence s, String spec, int token, Set<Integer> pool, int depth) {
        if (spec.startsWith("&")) {
            if (depth > 1) {
                return false;
            }
            for (List<String> entry : dictionary.synset(spec)) {
                Set<Integer> copy = new HashSet<>(pool);
                copy.remove(token);
                if (phrase(s, lower(entry), token, copy, depth + 1)) {
                    pool.retainAll(copy);
                    return true;
                }
            }
            return false;
        }
        List<String> surfaces = surfaces(s, token);
        for (String alternative : spec.split("/")) {
            if (surfaces.contains(alternative)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The token's lower-cased word and lemma; for the last part of a word the tokenizer split at its
     * hyphens ("cease - fire"), only the whole word, with the last part's word or lemma ("cease-fire"),
     * as a phrase-structure parse sees one word there: "fire" alone does not match it.
     */
    static List<String> surfaces(Sentence s, int token) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(token);
        String word = t.word().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(3);
        StringBuilder prefix = new StringBuilder();
        int i = token;
        while (i >= 2 && tokens.get(i - 1).word().equals("-") && touching(tokens.get(i - 1), tokens.get(i))
                && touching(tokens.get(i - 2), tokens.get(i - 1))) {
            prefix.insert(0, tokens.get(i - 2).word().toLowerCase(Locale.ROOT) + "-");
            i -= 2;
        }
        out.add(prefix + word);
        if (!lemma.equals(word)) {
            out.add(prefix + lemma);
        }
        return out;
    }

    private static boolean touching(Token a, Token b) {
        return a.span().end() == b.span().start();
    }
}
