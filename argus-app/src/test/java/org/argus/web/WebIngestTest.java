package org.argus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * POST /api/articles: only with the server's token, within the size limit, through the real
 * pipeline into the real store, after which every view shows the new article.
 */
class WebIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cret-token-for-tests";

    private static HttpResponse<String> post(WebFixture.Served s, String path, String type, String token, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).header("Content-Type", type).POST(body);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String line(Map<String, String> article) throws Exception {
        return JSON.writeValueAsString(article);
    }

    @Test
    void withoutATokenIngestIsOff() throws Exception {
        try (WebFixture.Served s = WebFixture.serve(WebFixture.copy("no-token"), null, 10_000, new StringWriter())) {
            HttpResponse<String> r = post(s, "/api/articles", "application/json", "anything",
                    HttpRequest.BodyPublishers.ofString(line(Map.of("id", "x", "text", "Chad closed its border."))));
            assertEquals(401, r.statusCode());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("--token"), r.body());
            assertEquals(3, JSON.readTree(WebApiTest.get(s, "/api/articles").response().body()).get("items").size(), "nothing stored");
        }
    }

    @Test
    void aPostNeedsTheTokenAndABodyWithinTheLimit() throws Exception {
        StringWriter log = new StringWriter();
        try (WebFixture.Served s = WebFixture.serve(WebFixture.copy("limits"), TOKEN, 2_000, log)) {
            String small = line(Map.of("id", "x", "text", "Chad closed its border."));
            HttpResponse<String> missing = post(s, "/api/articles", "application/json", null, HttpRequest.BodyPublishers.ofString(small));
            assertEquals(401, missing.statusCode());
            assertEquals("Bearer", missing.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, post(s, "/api/articles", "application/json", TOKEN + "x", HttpRequest.BodyPublishers.ofString(small)).statusCode());
            String big = line(Map.of("id", "big", "text", "Chad closed its border. ".repeat(200)));
            assertEquals(413, post(s, "/api/articles", "application/json", TOKEN, HttpRequest.BodyPublishers.ofString(big)).statusCode(),
                    "declared length over the limit");
            assertEquals(413, post(s, "/api/articles", "application/json", TOKEN, WebApiTest.chunked(big.getBytes(StandardCharsets.UTF_8)))
                    .statusCode(), "undeclared length over the limit");
            assertEquals(415, post(s, "/api/articles", "text/plain", TOKEN, HttpRequest.BodyPublishers.ofString(small)).statusCode());
            HttpResponse<String> notJson = post(s, "/api/articles", "application/json", TOKEN, HttpRequest.BodyPublishers.ofString("{\"id\": "));
            assertEquals(400, notJson.statusCode());
            assertTrue(JSON.readTree(notJson.body()).get("error").asText().contains("invalid JSON"), notJson.body());
            HttpResponse<String> noText = post(s, "/api/articles", "application/json", TOKEN, HttpRequest.BodyPublishers.ofString("{\"id\": \"y\"}"));
            assertEquals(400, noText.statusCode());
            assertEquals(3, JSON.readTree(WebApiTest.get(s, "/api/articles").response().body()).get("items").size(), "nothing stored");
            assertEquals("", log.toString());
        }
    }

    @Test
    void anAuthorisedArticleIsAnalysedStoredAndShownByEveryView() throws Exception {
        StringWriter log = new StringWriter();
        try (WebFixture.Served s = WebFixture.serve(WebFixture.copy("ingest"), TOKEN, WebConfig.DEFAULT_MAX_BODY, log)) {
            JsonNode before = JSON.readTree(WebApiTest.get(s, "/api/alliances").response().body()).get("items");
            String article = line(Map.of("id", "chad-1", "published", "2021-04-02", "source", "Lake Post",
                    "text", "Chad supported Niger in its border talks with Mali on Friday, the government in N'Djamena said."));
            HttpResponse<String> created = post(s, "/api/articles", "application/json; charset=utf-8", TOKEN, HttpRequest.BodyPublishers.ofString(article));
            assertEquals(201, created.statusCode(), created.body());
            JsonNode answer = JSON.readTree(created.body());
            assertEquals("chad-1", answer.get("id").asText());
            assertTrue(answer.get("inserted").asBoolean());
            assertEquals(200, WebApiTest.get(s, "/api/articles/chad-1").status());
            assertEquals("chad-1", JSON.readTree(WebApiTest.get(s, "/api/articles?q=djamena").response().body()).get("items").get(0).get("id").asText());
            JsonNode after = JSON.readTree(WebApiTest.get(s, "/api/alliances").response().body()).get("items");
            assertFalse(before.toString().contains("Chad"), before.toString());
            assertTrue(after.toString().contains("\"Chad\""), "the cached view was recomputed: " + after);
            HttpResponse<String> again = post(s, "/api/articles", "application/json", TOKEN, HttpRequest.BodyPublishers.ofString(article));
            assertEquals(200, again.statusCode(), again.body());
            assertFalse(JSON.readTree(again.body()).get("inserted").asBoolean());
            String page = "<html><head><title>Lake talks</title></head><body><article><h1>Lake talks resume</h1>"
                    + "<p>Niger and Chad held talks in Niamey on Tuesday about the security of the lake region, officials said.</p>"
                    + "<p>The two governments agreed to meet again next month, a spokesman for the ministry said.</p></article></body></html>";
            HttpResponse<String> html = post(s, "/api/articles?id=lake-1&published=2021-04-06&url=" + java.net.URLEncoder.encode(
                    "https://lake.example/talks", StandardCharsets.UTF_8), "text/html", TOKEN, HttpRequest.BodyPublishers.ofString(page));
            assertEquals(201, html.statusCode(), html.body());
            JsonNode stored = JSON.readTree(WebApiTest.get(s, "/api/articles/lake-1").response().body());
            assertEquals("https://lake.example/talks", stored.get("url").asText());
            assertTrue(stored.get("text").asText().contains("held talks in Niamey"), stored.toString());
            assertEquals(400, post(s, "/api/articles", "text/html", TOKEN, HttpRequest.BodyPublishers.ofString(page)).statusCode(), "no id");
            assertEquals("", log.toString());
        }
    }
}
