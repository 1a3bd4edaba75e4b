package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cablesim.report.TreeFiles;

/**
 * A minimal NetBox REST client: paginated GET of list endpoints, list POST (one transaction per request) and list
 * PATCH. Authenticates with an API token: {@code Bearer} for 4.5+ v2 tokens ({@code nbt_…}), {@code Token} for
 * legacy ones. The token is never printed, not even in error messages.
 */
final class NetboxHttp {
    /** Page size of GET requests (NetBox's MAX_PAGE_SIZE default). */
    static final int PAGE = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param base  the NetBox URL, e.g. {@code https://netbox.example.com} (without {@code /api})
     * @param token API token, non-blank
     */
    NetboxHttp(URI base, String token) {
        this.base = Objects.requireNonNull(base, "base");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a NetBox API token is required");
        }
        this.authorization = (token.startsWith("nbt_") ? "Bearer " : "Token ") + token;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Every object of a list endpoint with these filters, following {@code next} links. */
    List<JsonNode> list(String path, Map<String, String> filters) throws NetboxException {
        StringBuilder query = new StringBuilder("?limit=" + PAGE);
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(URLEncoder.encode(v,
                StandardCharsets.UTF_8)));
        URI next = base.resolve(path + query);
        List<JsonNode> out = new ArrayList<>();
        while (next != null) {
            JsonNode page = send("GET", next, null);
            page.path("results").forEach(out::add);
            JsonNode link = page.path("next");
            next = link.isTextual() && !link.asText().isEmpty() ? URI.create(link.asText()) : null;
        }
        return out;
    }

    /** POSTs a list of objects; NetBox creates all or none. Returns the created objects in order. */
    List<JsonNode> create(String path, List<? extends JsonNode> bodies) throws NetboxException {
        ArrayNode list = TreeFiles.json().createArrayNode();
        bodies.forEach(list::add);
        JsonNode created = send("POST", base.resolve(path), list);
        List<JsonNode> out = new ArrayList<>();
        if (created.isArray()) {
            created.forEach(out::add);
        } else {
            out.add(created);
        }
        if (out.size() != bodies.size()) {
            throw new NetboxException("POST " + path + " returned " + out.size() + " objects for " + bodies.size());
        }
        return out;
    }

    /** PATCHes a list of partial objects, each with its {@code id}. */
    void update(String path, List<? extends JsonNode> bodies) throws NetboxException {
        ArrayNode list = TreeFiles.json().createArrayNode();
        bodies.forEach(list::add);
        send("PATCH", base.resolve(path), list);
    }

    private JsonNode send(String method, URI uri, JsonNode body) throws NetboxException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    TreeFiles.jsonText(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NetboxException(method + " " + uri.getPath() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetboxException(method + " " + uri.getPath() + " interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            String text = response.body() == null ? "" : response.body();
            throw new NetboxException(method + " " + uri.getPath() + " answered HTTP " + response.statusCode() + ": "
                    + (text.length() > 2000 ? text.substring(0, 2000) + " …" : text));
        }
        try {
            return response.body() == null || response.body().isBlank() ? TreeFiles.json().createObjectNode()
                    : TreeFiles.json().readTree(response.body());
        } catch (IOException e) {
            throw new NetboxException(method + " " + uri.getPath() + " answered with unreadable JSON: "
                    + e.getMessage());
        }
    }
}
