package org.cablesim.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.report.TreeFiles;

/**
 * The cable step of a push. NetBox has no unique key on cables, but a port holds at most one: a cable is the same
 * when it joins the same terminations (either way round). A cable on the right ports with other fields is patched;
 * one that would land on a port another cable holds is a conflict: the push reports it and changes neither.
 */
final class NetboxPushCables {
    private static final String PATH = "/api/dcim/cables/";

    private NetboxPushCables() {
    }

    static void push(NetboxHttp http, Map<String, String> bySite, List<ObjectNode> bodies,
            List<PushReport.Change> created, List<PushReport.Change> updated, Runnable unchanged)
            throws NetboxException {
        Map<String, JsonNode> cableAt = new HashMap<>();
        for (JsonNode c : http.list(PATH, bySite)) {
            for (String side : List.of("a_terminations", "b_terminations")) {
                NetboxJson.terminations(c.get(side)).forEach(t -> cableAt.put(t, c));
            }
        }
        List<ObjectNode> toCreate = new ArrayList<>();
        List<ObjectNode> patches = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (ObjectNode body : bodies) {
            List<String> a = NetboxJson.terminations(body.get("a_terminations"));
            List<String> b = NetboxJson.terminations(body.get("b_terminations"));
            Set<JsonNode> holding = new LinkedHashSet<>();
            for (String t : concat(a, b)) {
                if (cableAt.containsKey(t)) {
                    holding.add(cableAt.get(t));
                }
            }
            String label = body.path("label").asText();
            if (holding.isEmpty()) {
                toCreate.add(body);
                continue;
            }
            JsonNode have = holding.iterator().next();
            List<String> haveA = NetboxJson.terminations(have.get("a_terminations"));
            List<String> haveB = NetboxJson.terminations(have.get("b_terminations"));
            boolean sameEnds = haveA.equals(a) && haveB.equals(b);
            boolean reversed = haveA.equals(b) && haveB.equals(a);
            if (holding.size() > 1 || !(sameEnds || reversed)) {
                conflicts.add(label + " (" + String.join(", ", concat(a, b)) + "): held by cable(s) "
                        + holding.stream().map(c -> "#" + NetboxJson.text(c.get("id")) + " "
                                + NetboxJson.text(c.get("label"))).toList());
                continue;
            }
            long id = NetboxJson.id(have.get("id"));
            ObjectNode diff = TreeFiles.json().createObjectNode();
            for (Iterator<String> f = body.fieldNames(); f.hasNext();) {
                String field = f.next();
                boolean ends = field.endsWith("_terminations");
                if (!ends && !NetboxJson.same(field, body.get(field), have.get(field))) {
                    diff.set(field, body.get(field));
                }
            }
            if (diff.isEmpty()) {
                unchanged.run();
            } else {
                patches.add(diff.put("id", id));
                updated.add(new PushReport.Change(PATH, label, id));
            }
        }
        for (int i = 0; i < toCreate.size(); i += NetboxPush.CHUNK) {
            List<ObjectNode> chunk = toCreate.subList(i, Math.min(toCreate.size(), i + NetboxPush.CHUNK));
            List<JsonNode> made = http.create(PATH, chunk);
            for (int j = 0; j < made.size(); j++) {
                created.add(new PushReport.Change(PATH, chunk.get(j).path("label").asText(),
                        NetboxJson.id(made.get(j).get("id"))));
            }
        }
        for (int i = 0; i < patches.size(); i += NetboxPush.CHUNK) {
            http.update(PATH, patches.subList(i, Math.min(patches.size(), i + NetboxPush.CHUNK)));
        }
        if (!conflicts.isEmpty()) {
            throw new NetboxException(conflicts.size() + " cable(s) not written: their ports hold other cables"
                    + " (remove those in NetBox, or leave them): " + String.join("; ", conflicts.subList(0,
                    Math.min(10, conflicts.size()))) + (conflicts.size() > 10 ? "; …" : ""));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
