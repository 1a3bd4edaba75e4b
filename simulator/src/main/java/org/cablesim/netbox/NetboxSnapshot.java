package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablesim.report.TreeFiles;

/**
 * What an import reads from NetBox: the objects of one site as its REST API returns them (GET list responses),
 * endpoint by endpoint. Read from a NetBox ({@link #fromUrl}) or from a directory of saved responses
 * ({@link #fromDir}: {@code sites.json}, {@code racks.json}, {@code devices.json}, {@code interfaces.json},
 * {@code front-ports.json}, {@code rear-ports.json}, {@code cables.json} and optionally {@code device-types.json};
 * each a list response {@code {"results": […]}} or a plain JSON list).
 *
 * @param site    the site object
 * @param objects endpoint name ({@code devices}, {@code cables} …) → its objects
 */
public record NetboxSnapshot(JsonNode site, Map<String, List<JsonNode>> objects) {
    /** Endpoints read besides the site, in load order; {@code device-types} is optional (panel rack units). */
    public static final List<String> ENDPOINTS = List.of("racks", "device-types", "devices", "interfaces",
            "rear-ports", "front-ports", "cables");
    static final List<String> REQUIRED = List.of("sites", "racks", "devices", "interfaces", "rear-ports",
            "front-ports", "cables");

    public NetboxSnapshot {
        objects = Map.copyOf(objects);
    }

    /** The objects of one endpoint (empty when none were read). */
    public List<JsonNode> of(String endpoint) {
        return objects.getOrDefault(endpoint, List.of());
    }

    /**
     * Reads saved responses from a directory.
     *
     * @param dir      the directory
     * @param siteSlug the site to take when {@code sites.json} holds several; null to require exactly one
     * @throws NetboxException when a required file is missing or unreadable, or the site is not there (the message
     *                         names the file)
     */
    public static NetboxSnapshot fromDir(Path dir, String siteSlug) throws NetboxException {
        Map<String, List<JsonNode>> objects = new LinkedHashMap<>();
        for (String endpoint : REQUIRED) {
            objects.put(endpoint, read(dir.resolve(endpoint + ".json"), true));
        }
        objects.put("device-types", read(dir.resolve("device-types.json"), false));
        JsonNode site = pickSite(objects.remove("sites"), siteSlug, dir.resolve("sites.json").toString());
        return new NetboxSnapshot(site, objects);
    }

    /**
     * Reads a site from a NetBox.
     *
     * @param url      the NetBox URL (without {@code /api})
     * @param token    API token
     * @param siteSlug the site's slug; null to require the NetBox to hold exactly one site
     */
    public static NetboxSnapshot fromUrl(URI url, String token, String siteSlug) throws NetboxException {
        NetboxHttp http = new NetboxHttp(url, token);
        JsonNode site = pickSite(http.list("/api/dcim/sites/", siteSlug == null ? Map.of() : Map.of("slug",
                siteSlug)), siteSlug, url + "/api/dcim/sites/");
        Map<String, String> bySite = Map.of("site_id", NetboxJson.text(site.get("id")));
        Map<String, List<JsonNode>> objects = new LinkedHashMap<>();
        for (String endpoint : ENDPOINTS) {
            objects.put(endpoint, http.list("/api/dcim/" + endpoint + "/", endpoint.equals("device-types")
                    ? Map.of() : bySite));
        }
        return new NetboxSnapshot(site, objects);
    }

    private static JsonNode pickSite(List<JsonNode> sites, String slug, String where) throws NetboxException {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode s : sites) {
            if (slug == null || slug.equals(NetboxJson.text(s.get("slug")))) {
                matching.add(s);
            }
        }
        if (matching.size() != 1) {
            throw new NetboxException(where + ": " + (matching.isEmpty() ? "no site" : matching.size() + " sites")
                    + (slug == null ? "; name one with --site SLUG" : " with slug '" + slug + "'") + " (found: "
                    + sites.stream().map(s -> NetboxJson.text(s.get("slug"))).toList() + ")");
        }
        return matching.get(0);
    }

    private static List<JsonNode> read(Path file, boolean required) throws NetboxException {
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw new NetboxException(file + ": missing (the import reads " + REQUIRED.stream()
                        .map(e -> e + ".json").toList() + ")");
            }
            return List.of();
        }
        JsonNode tree;
        try {
            tree = TreeFiles.json().readTree(file.toFile());
        } catch (IOException e) {
            throw new NetboxException(file + ": not readable JSON: " + e.getMessage());
        }
        JsonNode list = tree.isArray() ? tree : tree.path("results");
        if (!list.isArray()) {
            throw new NetboxException(file + ": expected a JSON list or a NetBox list response with \"results\"");
        }
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }
}
