package org.argus.grammar;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Annotation;
import org.argus.model.Article;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.Sentence;
import org.argus.model.SourceRef;
import org.argus.model.Span;
import org.argus.model.Token;

/**
 * Reads CoNLL-U, as {@link org.argus.output.Conllu} writes it, into an annotated document: the text
 * is rebuilt from the word forms (a space between tokens unless {@code SpaceAfter=No}, a space between
 * sentences, a blank line at {@code # newpar}), so every offset indexes that text. XPOS is the Penn tag,
 * DEPREL the relation, MISC's {@code NER=} the named-entity class (runs of one class are entity
 * mentions). Rule tests are written as such parses, without running a parser. Stateless.
 */
public final class ConlluReader {
    private ConlluReader() {
    }

    /** The document {@code conllu} describes, with id {@code id}; a malformed line fails naming its number. */
    public static Document read(String id, String conllu) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        boolean newParagraph = false;
        String[] lines = conllu.split("\n", -1);
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n].strip() : "";
            if (line.isEmpty()) {
                if (!rows.isEmpty()) {
                    if (text.length() > 0) {
                        text.append(newParagraph ? "\n\n" : " ");
                    }
                    sentences.add(sentence(sentences.size(), rows, text, entities));
                    rows.clear();
                    newParagraph = false;
                }
                continue;
            }
            if (line.startsWith("#")) {
                newParagraph |= line.startsWith("# newpar");
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 10) {
                throw new IllegalArgumentException("CoNLL-U line " + (n + 1) + ": expected 10 tab-separated columns, got " + cols.length);
            }
            if (cols[0].contains("-") || cols[0].contains(".")) {
                continue; // multiword ranges and empty nodes carry no token of their own
            }
            if (Integer.parseInt(cols[0]) != rows.size() + 1) {
                throw new IllegalArgumentException("CoNLL-U line " + (n + 1) + ": token id " + cols[0] + " out of order");
            }
            rows.add(cols);
        }
        String body = text.toString();
        RawDocument raw = new RawDocument(id, SourceRef.file(id + ".conllu"), InputFormat.TEXT, body, null, null, null, null);
        Article article = new Article(null, body, null, null, null, List.of());
        return Document.of(raw).withArticle(article).withAnnotation(new Annotation(sentences, entities));
    }

    private static Sentence sentence(int index, List<String[]> rows, StringBuilder text, List<EntityMention> entities) {
        int start = text.length();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            String word = c[1].replace('\u00A0', ' ');
            int from = text.length();
            text.append(word);
            String misc = c[9];
            String ner = value(misc, "NER");
            tokens.add(new Token(i, new Span(from, text.length()), word, c[2].equals("_") ? word : c[2].replace('\u00A0', ' '),
                    c[4], ner == null ? "O" : ner, null));
            if (i < rows.size() - 1 && !"No".equals(value(misc, "SpaceAfter"))) {
                text.append(' ');
            }
            if (!c[6].equals("_")) {
                int head = Integer.parseInt(c[6]) - 1;
                deps.add(new Dependency(head, i, head < 0 ? "root" : c[7]));
            }
        }
        for (int i = 0; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i;
            while (j + 1 < tokens.size() && !ner.equals("O") && tokens.get(j + 1).ner().equals(ner)) {
                j++;
            }
            if (!ner.equals("O")) {
                Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
                entities.add(new EntityMention(span, span.of(text.toString()), ner, index, i, j));
            }
            i = j + 1;
        }
        return new Sentence(index, new Span(start, text.length()), tokens, deps);
    }

    private static String value(String misc, String key) {
        for (String kv : misc.split("\\|")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        return null;
    }
}
