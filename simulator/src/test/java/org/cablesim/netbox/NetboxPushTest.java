package org.cablesim.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * The push client against a loopback server that records requests ({@link FakeNetbox}): idempotency (a second push
 * sends no write), partial failure (the report names what was created; a re-run completes without duplicates),
 * patches of changed fields only, conflicts on occupied ports, and the token only in the Authorization header.
 */
class NetboxPushTest {
    private static final String TOKEN = "nbt_0123456789abcdef.secret-part";
    private static final LoadedScenario SMALL = InteropFixtures.load("small.yaml");

    private static NetboxObjects.Export export(String plan) {
        return NetboxExportBuilder.build(SMALL.scenario(), InteropFixtures.route(SMALL, plan));
    }

    private static long writes(List<FakeNetbox.Request> requests) {
        return requests.stream().filter(r -> !r.method().equals("GET")).count();
    }

    /** Objects the export holds, counted as the push counts them (every template, component and cable). */
    private static int objects(NetboxObjects.Export e) {
        int templates = e.deviceTypes().stream().mapToInt(t -> t.interfaces().size() + t.rearPorts().size()
                + t.frontPorts().size()).sum();
        return 1 + e.manufacturers().size() + e.roles().size() + e.deviceTypes().size() + templates + 1
                + e.locations().size() + e.racks().size() + e.devices().size() + e.interfaces().size()
                + e.bundles().size() + e.cables().size();
    }

    @Test
    void secondPushChangesNothing() throws Exception {
        NetboxObjects.Export e = export("two-leg");
        try (FakeNetbox netbox = new FakeNetbox()) {
            PushReport first = new NetboxPush(netbox.url(), TOKEN).push(e);
            assertTrue(first.complete(), first.failure().orElse(""));
            assertEquals(objects(e), first.created().size());
            assertEquals(e.cables().size(), netbox.objects("/api/dcim/cables/").size());
            int before = netbox.requests().size();
            PushReport second = new NetboxPush(netbox.url(), TOKEN).push(e);
            List<FakeNetbox.Request> again = netbox.requests().subList(before, netbox.requests().size());
            assertTrue(second.complete(), second.failure().orElse(""));
            assertEquals(0, writes(again), "the second push wrote");
            assertEquals(List.of(), second.created());
            assertEquals(List.of(), second.updated());
            assertEquals(objects(e), second.unchanged());
            assertTrue(netbox.requests().stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.authorization())));
        }
    }

    @Test
    void failureMidwaySaysWhatWasCreatedAndARerunCompletes() throws Exception {
        NetboxObjects.Export e = export("interconnect");
        try (FakeNetbox netbox = new FakeNetbox()) {
            netbox.failWhen(r -> r.method().equals("POST") && r.path().equals("/api/dcim/cables/"));
            PushReport failed = new NetboxPush(netbox.url(), TOKEN).push(e);
            assertFalse(failed.complete());
            assertTrue(failed.failure().get().contains("POST /api/dcim/cables/ answered HTTP 400"),
                    failed.failure().get());
            assertFalse(failed.failure().get().contains("secret-part"));
            assertEquals(e.devices().size(), failed.created().stream()
                    .filter(c -> c.endpoint().equals("/api/dcim/devices/")).count());
            assertEquals(0, failed.created().stream().filter(c -> c.endpoint().equals("/api/dcim/cables/")).count());
            assertEquals(0, netbox.objects("/api/dcim/cables/").size());

            netbox.failWhen(r -> false);
            PushReport rerun = new NetboxPush(netbox.url(), TOKEN).push(e);
            assertTrue(rerun.complete(), rerun.failure().orElse(""));
            assertEquals(Set.of("/api/dcim/cables/"), endpoints(rerun.created()));
            assertEquals(e.cables().size(), rerun.created().size());
            assertEquals(e.devices().size(), netbox.objects("/api/dcim/devices/").size());
            assertEquals(e.cables().size(), netbox.objects("/api/dcim/cables/").size());
        }
    }

    @Test
    void aChangedFieldIsPatchedAlone() throws Exception {
        NetboxObjects.Export e = export("two-leg");
        try (FakeNetbox netbox = new FakeNetbox()) {
            assertTrue(new NetboxPush(netbox.url(), TOKEN).push(e).complete());
            NetboxObjects.Cable c = e.cables().get(0);
            List<NetboxObjects.Cable> cables = new java.util.ArrayList<>(e.cables());
            cables.set(0, new NetboxObjects.Cable(c.a(), c.b(), c.type(), c.status(), c.profile(), c.bundle(),
                    c.label(), c.color(), c.lengthM() + 5, c.description()));
            NetboxObjects.Export longer = new NetboxObjects.Export(e.scenario(), e.plan(), e.manufacturers(),
                    e.roles(), e.deviceTypes(), e.site(), e.locations(), e.racks(), e.devices(), e.interfaces(),
                    e.bundles(), cables);
            int before = netbox.requests().size();
            PushReport report = new NetboxPush(netbox.url(), TOKEN).push(longer);
            assertTrue(report.complete());
            assertEquals(1, report.updated().size());
            List<FakeNetbox.Request> writes = netbox.requests().subList(before, netbox.requests().size()).stream()
                    .filter(r -> !r.method().equals("GET")).toList();
            assertEquals(1, writes.size());
            assertEquals("PATCH", writes.get(0).method());
            assertEquals(Set.of("id", "length"), fields(writes.get(0)));
        }
    }

    @Test
    void aPortHeldByAnotherCableIsAConflictNotAnOverwrite() throws Exception {
        NetboxObjects.Export e = export("interconnect");
        try (FakeNetbox netbox = new FakeNetbox()) {
            netbox.failWhen(r -> r.method().equals("POST") && r.path().equals("/api/dcim/cables/"));
            new NetboxPush(netbox.url(), TOKEN).push(e);
            netbox.failWhen(r -> false);
            NetboxObjects.Termination end = e.cables().get(0).a().get(0);
            long port = netbox.objects("/api/dcim/rear-ports/").stream()
                    .filter(p -> p.get("name").asText().equals(end.name())).findFirst().orElseThrow().get("id").asLong();
            var mapper = new ObjectMapper();
            var hand = mapper.createObjectNode().put("label", "by hand");
            hand.putArray("a_terminations").addObject().put("object_type", end.type()).put("object_id", port);
            hand.putArray("b_terminations").addObject().put("object_type", end.type()).put("object_id", 999_999);
            netbox.add("/api/dcim/cables/", hand);
            PushReport report = new NetboxPush(netbox.url(), TOKEN).push(e);
            assertFalse(report.complete());
            assertTrue(report.failure().get().startsWith("1 cable(s) not written"), report.failure().get());
            assertEquals(e.cables().size(), netbox.objects("/api/dcim/cables/").size(), "one by hand, all but one ours");
        }
    }

    private static Set<String> endpoints(List<PushReport.Change> changes) {
        Set<String> out = new HashSet<>();
        changes.forEach(c -> out.add(c.endpoint()));
        return out;
    }

    private static Set<String> fields(FakeNetbox.Request r) {
        Set<String> out = new HashSet<>();
        r.body().get(0).fieldNames().forEachRemaining(out::add);
        return out;
    }
}
