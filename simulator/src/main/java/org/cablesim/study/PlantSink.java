package org.cablesim.study;

import java.util.ArrayList;
import java.util.List;
import org.cablesim.lifecycle.Component;
import org.cablesim.lifecycle.LifecyclePlant;
import org.cablesim.lifecycle.LinkConnection;
import org.cablesim.lifecycle.PhysicalLink;
import org.cablesim.lifecycle.PlantIndexBuilder;
import org.cablesim.optics.OpticalConnection;
import org.cablesim.optics.ReflectanceRule;
import org.cablesim.scenario.PartKind;

/**
 * Where {@link ChannelParts} lays a plan's lifecycle plant: the compiled index the simulation runs on, or the same
 * plant as records. Components first, then each link with the components on it, then that link's connections.
 */
interface PlantSink {
    /** Adds a part; returns its index. */
    int component(CharSequence id, PartKind kind);

    /** Adds a link with the components on it; returns its index. */
    int link(String id, int tierIndex, String tierName, String serverId, double fixedLossDb, double budgetDb,
            int lanes, ReflectanceRule rule, boolean designFault, int[] components);

    /**
     * Adds a connection of the last link: a mated pair joining the components on its two sides, or a splice of one
     * component.
     */
    void connection(int link, CharSequence id, String sharedPart, OpticalConnection optical, int... mated);

    /** Called after the last link. */
    default void finish() {
    }

    /** The sink that compiles into {@code builder}. */
    static PlantSink of(PlantIndexBuilder builder) {
        return new PlantSink() {
            @Override
            public int component(CharSequence id, PartKind kind) {
                return builder.component(id, kind);
            }

            @Override
            public int link(String id, int tierIndex, String tierName, String serverId, double fixedLossDb,
                    double budgetDb, int lanes, ReflectanceRule rule, boolean designFault, int[] components) {
                return builder.link(id, tierIndex, tierName, serverId, fixedLossDb, budgetDb, lanes, rule, designFault,
                        components);
            }

            @Override
            public void connection(int link, CharSequence id, String sharedPart, OpticalConnection optical,
                    int... mated) {
                builder.connection(link, id, sharedPart, optical, mated);
            }
        };
    }

    /** The sink that spells the plant out as records into {@code records}. */
    static PlantSink of(LifecyclePlant.Builder records) {
        return new Records(records);
    }

    /** Records, each link completed when the next one starts. */
    final class Records implements PlantSink {
        private final LifecyclePlant.Builder records;
        private final List<String> componentIds = new ArrayList<>();
        private final List<PartKind> kinds = new ArrayList<>();
        private final List<List<String>> carried = new ArrayList<>();
        private PhysicalLink pending;
        private final List<LinkConnection> pendingConnections = new ArrayList<>();
        private int links;

        private Records(LifecyclePlant.Builder records) {
            this.records = records;
        }

        @Override
        public int component(CharSequence id, PartKind kind) {
            componentIds.add(id.toString());
            kinds.add(kind);
            carried.add(new ArrayList<>(2));
            return componentIds.size() - 1;
        }

        @Override
        public int link(String id, int tierIndex, String tierName, String serverId, double fixedLossDb,
                double budgetDb, int lanes, ReflectanceRule rule, boolean designFault, int[] components) {
            flush();
            List<String> ids = new ArrayList<>(components.length);
            for (int c : components) {
                ids.add(componentIds.get(c));
                carried.get(c).add(id);
            }
            pending = new PhysicalLink(id, tierIndex, tierName, serverId != null, serverId, ids, List.of(), fixedLossDb,
                    budgetDb, lanes, rule, designFault);
            return links++;
        }

        @Override
        public void connection(int link, CharSequence id, String sharedPart, OpticalConnection optical,
                int... mated) {
            List<String> parts = new ArrayList<>(mated.length);
            for (int m : mated) {
                parts.add(componentIds.get(m));
            }
            pendingConnections.add(new LinkConnection(id.toString(), sharedPart, List.copyOf(parts), optical));
        }

        @Override
        public void finish() {
            flush();
            for (int c = 0; c < componentIds.size(); c++) {
                records.component(new Component(componentIds.get(c), kinds.get(c), carried.get(c)));
            }
        }

        private void flush() {
            if (pending != null) {
                PhysicalLink p = pending;
                records.link(new PhysicalLink(p.linkId(), p.tierIndex(), p.tierName(), p.serverFacing(), p.serverId(),
                        p.componentIds(), pendingConnections, p.fixedLossDb(), p.budgetDb(), p.lanes(),
                        p.reflectanceRule(), p.designFault()));
                pendingConnections.clear();
                pending = null;
            }
        }
    }
}
