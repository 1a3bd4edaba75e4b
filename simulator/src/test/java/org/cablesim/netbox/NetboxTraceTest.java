package org.cablesim.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cablesim.interop.InteropFixtures;
import org.cablesim.io.LoadedScenario;
import org.cablesim.plant.CablingPlan;
import org.cablesim.plant.ResolvedChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Traces through the exported cables, profiles and port mappings, NetBox's way, from every routed channel's near
 * MDI: the trace must end at exactly the far MDI the plan says, for every panel and cassette kind.
 */
class NetboxTraceTest {
    @ParameterizedTest
    @CsvSource({"small.yaml,interconnect", "small.yaml,xconnect", "small.yaml,two-leg", "small.yaml,cassettes",
        "small.yaml,direct", "duplex.yaml,universal", "duplex.yaml,universal-u2",
        "duplex.yaml,universal-base8", "duplex.yaml,lc-panels"})
    void everyChannelEndsWhereThePlanSays(String scenario, String planName) {
        LoadedScenario s = InteropFixtures.load(scenario);
        CablingPlan plan = InteropFixtures.route(s, planName);
        NetboxSite site = NetboxSite.of(NetboxExportBuilder.build(s.scenario(), plan));
        for (int sub = 0; sub < plan.subChannelCount(); sub++) {
            ResolvedChannel rc = plan.channel(sub);
            NetboxTrace.Path path = NetboxTrace.from(site, rc.near().deviceId(), NetboxCables.mdiInterface(rc.near()));
            assertEquals(List.of(new NetboxObjects.Termination("dcim.interface", rc.far().deviceId(),
                    NetboxCables.mdiInterface(rc.far()))), path.ends(), rc.linkId() + " " + path);
        }
    }

    /*
     * By hand, small.yaml plan interconnect, link L000003: su01-srv002:1 (rack R01-01) to su01-leaf-rail1:2. Cord
     * C000005 to panel R01-01.U42 front port 3, rear R3, trunk T000001 leg 3 (one cable per leg: 12 legs fit no
     * profile), R01-03.U42 rear R3, front 3, cord C000006 to the leaf's port 2.
     */
    @Test
    void oneLinkByHand() {
        LoadedScenario s = InteropFixtures.load("small.yaml");
        NetboxSite site = NetboxSite.of(NetboxExportBuilder.build(s.scenario(), InteropFixtures.route(s,
                "interconnect")));
        NetboxTrace.Path path = NetboxTrace.from(site, "su01-srv002", "1/1");
        assertEquals(List.of(new NetboxObjects.Termination("dcim.interface", "su01-leaf-rail1", "2/1")), path.ends());
        assertEquals(List.of("C000005", "T000001.03", "C000006"), path.cables());
        assertEquals(List.of("R01-01.U42", "R01-03.U42"), path.devices());
    }
}
