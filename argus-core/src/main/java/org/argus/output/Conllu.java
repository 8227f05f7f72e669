package org.argus.output;

import java.util.List;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * Writes a document's annotation as CoNLL-U (universaldependencies.org/format.html): one token a
 * line, Penn tags as XPOS, Argus's relation names (with their subtypes, {@code obl:with}) as DEPREL,
 * and in MISC the NER class ({@code NER=PERSON}) and {@code SpaceAfter=No}. A paragraph break before a
 * sentence is a {@code # newpar} line. {@link org.argus.grammar.ConlluReader} reads it back, so the
 * parse of a sentence we write can be checked by hand and kept as a test fixture. Stateless.
 */
public final class Conllu {
    public String render(Document doc) {
        StringBuilder out = new StringBuilder();
        String text = doc.text();
        out.append("# newdoc id = ").append(oneLine(doc.id())).append('\n');
        int previousEnd = 0;
        for (Sentence s : doc.annotation().sentences()) {
            if (s.index() > 0 && text.substring(previousEnd, s.span().start()).contains("\n")) {
                out.append("# newpar\n");
            }
            previousEnd = s.span().end();
            out.append("# sent_id = ").append(s.index() + 1).append('\n');
            out.append("# text = ").append(oneLine(s.span().of(text))).append('\n');
            List<Token> tokens = s.tokens();
            for (Token t : tokens) {
                Dependency up = s.parentOf(t.index());
                String head = up == null ? "_" : Integer.toString(up.governor() + 1);
                String rel = up == null ? "_" : up.governor() < 0 ? "root" : up.relation();
                StringBuilder misc = new StringBuilder();
                if (t.ner() != null && !t.ner().equals("O")) {
                    misc.append("NER=").append(t.ner());
                }
                boolean last = t.index() == tokens.size() - 1;
                if (!last && tokens.get(t.index() + 1).span().start() == t.span().end()) {
                    misc.append(misc.length() == 0 ? "" : "|").append("SpaceAfter=No");
                }
                out.append(t.index() + 1).append('\t').append(field(t.word())).append('\t').append(field(t.lemma()))
                        .append("\t_\t").append(field(t.pos())).append("\t_\t").append(head).append('\t').append(rel)
                        .append("\t_\t").append(misc.length() == 0 ? "_" : misc).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String field(String s) {
        return s == null || s.isEmpty() ? "_" : s.replaceAll("\\s", "\u00A0");
    }
}
