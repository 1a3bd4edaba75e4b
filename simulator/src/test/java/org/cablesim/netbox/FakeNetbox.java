package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A loopback HTTP server that records the push client's requests and keeps what it POSTs and PATCHes, answering
 * list GETs in NetBox's page shape (at most {@value #PAGE} per page, so the client must follow {@code next}). It
 * creates a device's ports from its type's templates, as NetBox does, because the client needs their ids. It is
 * a test double of the client's counterpart, not of NetBox's rules: it ignores filters and checks nothing.
 */
final class FakeNetbox implements AutoCloseable {
    static final int PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RELATED = Set.of("manufacturer", "device_type", "role", "site", "location",
            "rack", "device", "parent", "bundle");
    private static final Set<String> CHOICES = Set.of("status", "length_unit", "profile");

    /** One request as received. */
    record Request(String method, String path, String query, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<ObjectNode>> store = new HashMap<>();
    private long nextId = 1;
    private Predicate<Request> failWhen = r -> false;

    FakeNetbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers HTTP 400 to every request the predicate accepts (until replaced). */
    void failWhen(Predicate<Request> predicate) {
        failWhen = predicate;
    }

    List<ObjectNode> objects(String path) {
        return store.getOrDefault(path, List.of());
    }

    /** Stores an object as if someone had created it in NetBox by hand; returns its id. */
    synchronized long add(String path, ObjectNode body) {
        return create(path, body).get("id").asLong();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        byte[] in = x.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? null : JSON.readTree(in);
        Request r = new Request(method, path, query, x.getRequestHeaders().getFirst("Authorization"), body);
        requests.add(r);
        if (failWhen.test(r)) {
            answer(x, 400, JSON.createObjectNode().put("detail", "injected failure"));
            return;
        }
        switch (method) {
            case "GET" -> answer(x, 200, page(path, query));
            case "POST" -> {
                ArrayNode out = JSON.createArrayNode();
                for (JsonNode b : body.isArray() ? body : JSON.createArrayNode().add(body)) {
                    out.add(create(path, (ObjectNode) b.deepCopy()));
                }
                answer(x, 201, body.isArray() ? out : out.get(0));
            }
            case "PATCH" -> {
                for (JsonNode b : body) {
                    ObjectNode have = objects(path).stream().filter(o -> o.get("id").asLong() == b.get("id")
                            .asLong()).findFirst().orElseThrow();
                    b.fields().forEachRemaining(f -> have.set(f.getKey(), shape(f.getKey(), f.getValue())));
                }
                answer(x, 200, body);
            }
            default -> answer(x, 405, JSON.createObjectNode().put("detail", method));
        }
    }

    private ObjectNode page(String path, String query) {
        int offset = 0;
        for (String p : query.split("&")) {
            if (p.startsWith("offset=")) {
                offset = Integer.parseInt(p.substring(7));
            }
        }
        List<ObjectNode> all = objects(path);
        ObjectNode page = JSON.createObjectNode().put("count", all.size());
        int end = Math.min(all.size(), offset + PAGE);
        page.put("next", end < all.size() ? url() + path + "?limit=" + PAGE + "&offset=" + end : null);
        page.putNull("previous");
        ArrayNode results = page.putArray("results");
        all.subList(Math.min(offset, all.size()), end).forEach(results::add);
        return page;
    }

    private ObjectNode create(String path, ObjectNode body) {
        ObjectNode o = JSON.createObjectNode().put("id", nextId++);
        body.fields().forEachRemaining(f -> o.set(f.getKey(), shape(f.getKey(), f.getValue())));
        store.computeIfAbsent(path, k -> new ArrayList<>()).add(o);
        if (path.equals("/api/dcim/devices/")) {
            instantiate(o);
        }
        return o;
    }

    /** NetBox's read shape: related objects nested, choice fields {value, label}, tags as objects. */
    private static JsonNode shape(String field, JsonNode v) {
        if (RELATED.contains(field) && v.isNumber()) {
            return JSON.createObjectNode().put("id", v.asLong());
        }
        if (CHOICES.contains(field) && v.isTextual()) {
            return v.asText().isEmpty() ? JSON.nullNode()
                    : JSON.createObjectNode().put("value", v.asText()).put("label", v.asText());
        }
        if (field.equals("tags")) {
            ArrayNode tags = JSON.createArrayNode();
            v.forEach(t -> tags.addObject().put("id", 1).put("name", t.path("slug").asText())
                    .put("slug", t.path("slug").asText()));
            return tags;
        }
        return v;
    }

    /** Creates a new device's interfaces and ports from its type's templates, mappings included. */
    private void instantiate(ObjectNode device) {
        long type = device.get("device_type").get("id").asLong();
        long id = device.get("id").asLong();
        for (String[] kind : new String[][] {{"/api/dcim/interface-templates/", "/api/dcim/interfaces/"},
            {"/api/dcim/rear-port-templates/", "/api/dcim/rear-ports/"}}) {
            for (ObjectNode t : objects(kind[0])) {
                if (t.get("device_type").get("id").asLong() == type) {
                    ObjectNode c = t.deepCopy();
                    c.remove("device_type");
                    c.remove("id");
                    c.put("device", id);
                    create(kind[1], c);
                }
            }
        }
        Map<Long, String> rearTemplateName = new HashMap<>();
        objects("/api/dcim/rear-port-templates/").forEach(t -> rearTemplateName.put(t.get("id").asLong(),
                t.get("name").asText()));
        Map<String, Long> rearPort = new HashMap<>();
        objects("/api/dcim/rear-ports/").stream().filter(p -> p.get("device").get("id").asLong() == id)
                .forEach(p -> rearPort.put(p.get("name").asText(), p.get("id").asLong()));
        for (ObjectNode t : new ArrayList<>(objects("/api/dcim/front-port-templates/"))) {
            if (t.get("device_type").get("id").asLong() == type) {
                ObjectNode c = t.deepCopy();
                c.remove("device_type");
                c.remove("id");
                c.put("device", id);
                ArrayNode mappings = c.putArray("rear_ports");
                t.path("rear_ports").forEach(m -> mappings.addObject().put("position", m.get("position").asInt())
                        .put("rear_port", rearPort.get(rearTemplateName.get(m.get("rear_port").asLong())))
                        .put("rear_port_position", m.get("rear_port_position").asInt()));
                create("/api/dcim/front-ports/", c);
            }
        }
    }

    private static void answer(HttpExchange x, int status, JsonNode body) throws IOException {
        byte[] out = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        try (OutputStream os = x.getResponseBody()) {
            os.write(out);
        }
    }
}
