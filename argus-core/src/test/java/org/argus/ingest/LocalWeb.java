package org.argus.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on 127.0.0.1 for the fetching tests: each path answers with a status, headers and a
 * body the test sets; every request is recorded (path and headers). Closed by the test.
 */
public final class LocalWeb implements AutoCloseable {
    /** One answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public static Answer of(String contentType, String body) {
            return new Answer(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One request as the server saw it. */
    public record Request(String path, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** Answers for a request: the test may choose by the request's headers (conditional GET). */
    public interface Handler {
        Answer answer(Request request) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalWeb on(String path, Answer answer) {
        handlers.put(path, r -> answer);
        return this;
    }

    public LocalWeb on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Request request = new Request(path, Map.copyOf(exchange.getRequestHeaders()));
        requests.add(request);
        Handler h = handlers.get(path);
        Answer a = h == null ? new Answer(404, Map.of("Content-Type", "text/plain"), "not here".getBytes(StandardCharsets.UTF_8))
                : h.answer(request);
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = a.status() == 304 || a.body().length == 0;
        exchange.sendResponseHeaders(a.status(), noBody ? -1 : a.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
