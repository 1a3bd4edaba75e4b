package org.cablesim.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablesim.netbox.PushReport;

/** How a NetBox push is reported on the terminal: counts per endpoint of what was created and updated. */
final class NetboxPushText {
    private NetboxPushText() {
    }

    static String summary(String plan, PushReport r) {
        StringBuilder s = new StringBuilder("NetBox push of plan " + plan + ": " + r.created().size() + " created, "
                + r.updated().size() + " updated, " + r.unchanged() + " unchanged"
                + (r.complete() ? "" : " (stopped)"));
        for (Map.Entry<String, Integer> e : perEndpoint(r.created()).entrySet()) {
            s.append("\n  created ").append(e.getValue()).append(' ').append(e.getKey());
        }
        for (Map.Entry<String, Integer> e : perEndpoint(r.updated()).entrySet()) {
            s.append("\n  updated ").append(e.getValue()).append(' ').append(e.getKey());
        }
        return s.toString();
    }

    private static Map<String, Integer> perEndpoint(List<PushReport.Change> changes) {
        Map<String, Integer> out = new TreeMap<>();
        changes.forEach(c -> out.merge(c.endpoint(), 1, Integer::sum));
        return out;
    }
}
