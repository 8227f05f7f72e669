package org.argus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.argus.extract.ExtractStage;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The article fields of the JSONL output, from a page extracted by the real stage. */
class DocumentJsonArticleTest {
    @Test
    void extractedMetadataReachesTheJsonlWithTheDateOrigin() {
        String page = "<html lang='en-US'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Port reopens\","
                + "\"alternativeHeadline\":\"Grain ships are expected within days\",\"dateModified\":\"2023-08-02\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Costa\"}}</script></head><body><article>"
                + "<p>The port reopened on Tuesday after a month-long closure, the harbour authority said in a statement.</p>"
                + "<figure><img src='x.jpg'><figcaption>Cranes at the port. (Photo by Jo Lee / AFP)</figcaption></figure>"
                + "<p>Shipping companies said the first grain vessels would dock before the end of the week.</p></article></body></html>";
        RawDocument raw = new RawDocument("port", SourceRef.file("port.html"), InputFormat.HTML, page, null,
                "https://news.example.com/2023/08/01/port-reopens", null, null);
        ObjectNode o = new DocumentJson().toJson(new ExtractStage().apply(Document.of(raw)));
        assertEquals("Port reopens", o.get("title").asText());
        assertEquals("Grain ships are expected within days", o.get("subtitle").asText());
        assertEquals("Ana Costa", o.get("authors").get(0).asText());
        assertEquals(1, o.get("authors").size());
        assertEquals("en", o.get("language").asText());
        assertEquals("2023-08-01", o.get("published").asText());
        assertEquals("url", o.get("publishedOrigin").asText(), "no date in the metadata: the URL path dates it");
        assertEquals("2023-08-02", o.get("modified").asText());
        assertEquals("Cranes at the port. (Photo by Jo Lee / AFP)", o.get("captions").get(0).asText());
        assertTrue(o.get("text").asText().startsWith("The port reopened"));
    }
}
