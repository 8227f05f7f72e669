package org.argus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argus.model.Annotation;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Deadline;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.pipeline.StageException;

/**
 * Runs a {@link TextAnnotator} over the extracted text, within a budget (issue 23): a text over
 * {@code maxChars} characters is refused with a {@link StageException}; a text over
 * {@code sectionChars} is annotated in sections of at most that many characters, cut at a paragraph
 * break, else a line break, else a sentence end, else a space (else anywhere), and the sections'
 * sentences, tokens and entity mentions are shifted back to offsets of the whole text, so what the
 * annotator holds at once, and the memory it takes, stays bounded. The deadline is checked before
 * each section. Thread-safe when the annotator is.
 */
public final class AnnotateStage implements Stage {
    /** Without a budget: texts up to this long are annotated at once. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final TextAnnotator annotator;
    private final int sectionChars;
    private final int maxChars;

    /** Annotates every text whole, whatever its length. */
    public AnnotateStage(TextAnnotator annotator) {
        this(annotator, UNLIMITED, UNLIMITED);
    }

    /** Annotates texts in sections of at most {@code sectionChars} characters and refuses texts over {@code maxChars}. */
    public AnnotateStage(TextAnnotator annotator, int sectionChars, int maxChars) {
        if (sectionChars < 1 || maxChars < 1) {
            throw new IllegalArgumentException("sectionChars and maxChars must be positive");
        }
        this.annotator = annotator;
        this.sectionChars = sectionChars;
        this.maxChars = maxChars;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return annotator.provides();
    }

    @Override
    public Document apply(Document document) {
        return apply(document, Deadline.NONE);
    }

    @Override
    public Document apply(Document document, Deadline deadline) {
        String text = document.text();
        if (text.length() > maxChars) {
            throw new StageException("text of " + text.length() + " characters is over the limit of " + maxChars
                    + " characters per article (split it into articles)");
        }
        if (text.length() <= sectionChars) {
            return document.withAnnotation(annotator.annotate(text));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (Span section : sections(text, sectionChars)) {
            deadline.check();
            Annotation part = annotator.annotate(section.of(text));
            int shift = section.start();
            int base = sentences.size();
            for (Sentence s : part.sentences()) {
                sentences.add(shifted(s, base, shift));
            }
            for (EntityMention m : part.entities()) {
                entities.add(new EntityMention(shift(m.span(), shift), m.text(), m.type(), m.sentence() + base, m.firstToken(),
                        m.lastToken()));
            }
        }
        return document.withAnnotation(new Annotation(sentences, entities));
    }

    /** The sections of {@code text}, in order, covering it, each at most {@code max} characters long. */
    static List<Span> sections(String text, int max) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = cut(text, start, start + max);
            out.add(new Span(start, end));
            start = end;
        }
        out.add(new Span(start, text.length()));
        return out;
    }

    /** Where to end a section that starts at {@code start} and may reach {@code limit}: the best break in its second half. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        int at = text.lastIndexOf("\n\n", limit - 2);
        if (at >= half) {
            return at + 2;
        }
        at = text.lastIndexOf('\n', limit - 1);
        if (at >= half) {
            return at + 1;
        }
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        at = text.lastIndexOf(' ', limit - 1);
        if (at >= half) {
            return at + 1;
        }
        // never split a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static Sentence shifted(Sentence s, int base, int shift) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), shift(t.span(), shift), t.word(), t.lemma(), t.pos(), t.ner(), t.normalized()));
        }
        List<Dependency> deps = s.dependencies();
        return new Sentence(s.index() + base, shift(s.span(), shift), tokens, deps);
    }

    private static Span shift(Span span, int by) {
        return by == 0 ? span : new Span(span.start() + by, span.end() + by);
    }
}
