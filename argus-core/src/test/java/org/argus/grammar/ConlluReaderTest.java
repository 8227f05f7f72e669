package org.argus.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.output.Conllu;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
    static final String TWO_SENTENCES = """
            # text = Ruritania shelled Port Vale.
            1	Ruritania	Ruritania	_	NNP	_	2	nsubj	_	NER=LOCATION
            2	shelled	shell	_	VBD	_	0	root	_	_
            3	Port	Port	_	NNP	_	4	compound	_	NER=LOCATION
            4	Vale	Vale	_	NNP	_	2	obj	_	NER=LOCATION|SpaceAfter=No
            5	.	.	_	.	_	2	punct	_	_

            # newpar
            # text = It denied it.
            1	It	it	_	PRP	_	2	nsubj	_	_
            2	denied	deny	_	VBD	_	0	root	_	_
            3	it	it	_	PRP	_	2	obj	_	SpaceAfter=No
            4	.	.	_	.	_	2	punct	_	_
            """;

    @Test
    void rebuildsTheTextSoEveryOffsetSlicesItsWord() {
        Document doc = ConlluReader.read("t", TWO_SENTENCES);
        assertEquals("Ruritania shelled Port Vale.\n\nIt denied it.", doc.text());
        for (Sentence s : doc.annotation().sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), t.span().of(doc.text()));
            }
        }
        Sentence first = doc.annotation().sentences().get(0);
        assertEquals(1, first.root());
        assertEquals("obj", first.parentOf(3).relation());
        assertEquals("shell", first.tokens().get(1).lemma());
    }

    @Test
    void runsOfOneNerClassAreEntityMentions() {
        List<EntityMention> entities = ConlluReader.read("t", TWO_SENTENCES).annotation().entities();
        assertEquals(List.of("Ruritania", "Port Vale"), entities.stream().map(EntityMention::text).toList());
        assertEquals(2, entities.get(1).firstToken());
        assertEquals(3, entities.get(1).lastToken());
    }

    @Test
    void whatTheWriterWritesReadsBackTheSame() {
        Document doc = ConlluReader.read("t", TWO_SENTENCES);
        Document again = ConlluReader.read("t", new Conllu().render(doc));
        assertEquals(doc.text(), again.text());
        assertEquals(doc.annotation().sentences(), again.annotation().sentences());
    }

    @Test
    void aShortLineIsNamedByItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConlluReader.read("t", "# text = x\n1\tx\tx\t_\tNN\t_\t0\n"));
        assertEquals("CoNLL-U line 2: expected 10 tab-separated columns, got 7", e.getMessage());
    }
}
