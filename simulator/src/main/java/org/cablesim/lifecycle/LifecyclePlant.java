package org.cablesim.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablesim.scenario.PartKind;

/**
 * The plant the lifecycle simulation runs on: links (with their connections) and components, cross-checked:
 * ids unique, every reference resolves, a link lists exactly the components that list it, and a connection's
 * mated components all carry its link.
 *
 * @param links      non-empty; tier names consistent per tier index
 * @param components the replaceable parts; may be empty
 */
public record LifecyclePlant(List<PhysicalLink> links, List<Component> components) {
    public LifecyclePlant {
        links = List.copyOf(links);
        components = List.copyOf(components);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a plant needs at least one link");
        }
        Map<String, PhysicalLink> linkById = new HashMap<>(links.size() * 2);
        Map<Integer, String> tierNames = new HashMap<>();
        Set<String> connectionIds = new HashSet<>();
        for (PhysicalLink link : links) {
            if (linkById.put(link.linkId(), link) != null) {
                throw new IllegalArgumentException("duplicate link id " + link.linkId());
            }
            String name = tierNames.putIfAbsent(link.tierIndex(), link.tierName());
            if (name != null && !name.equals(link.tierName())) {
                throw new IllegalArgumentException("tier " + link.tierIndex() + " is named both " + name + " and "
                        + link.tierName());
            }
            for (LinkConnection c : link.connections()) {
                if (!connectionIds.add(c.connectionId())) {
                    throw new IllegalArgumentException("duplicate connection id " + c.connectionId());
                }
            }
        }
        if (new HashSet<>(tierNames.values()).size() != tierNames.size()) {
            throw new IllegalArgumentException("two tier indices share a name: " + tierNames);
        }
        Map<String, Component> componentById = new HashMap<>(components.size() * 2);
        for (Component c : components) {
            if (componentById.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate component id " + c.id());
            }
            for (String linkId : c.linkIds()) {
                PhysicalLink link = linkById.get(linkId);
                if (link == null) {
                    throw new IllegalArgumentException("component " + c.id() + " names unknown link " + linkId);
                }
                if (!link.componentIds().contains(c.id())) {
                    throw new IllegalArgumentException("component " + c.id() + " carries link " + linkId
                            + " but the link does not list it");
                }
            }
        }
        for (PhysicalLink link : links) {
            for (String id : link.componentIds()) {
                Component c = componentById.get(id);
                if (c == null) {
                    throw new IllegalArgumentException("link " + link.linkId() + " names unknown component " + id);
                }
                if (!c.linkIds().contains(link.linkId())) {
                    throw new IllegalArgumentException("link " + link.linkId() + " lists component " + id
                            + " which does not carry it");
                }
            }
            for (LinkConnection conn : link.connections()) {
                for (String id : conn.matedComponentIds()) {
                    if (!link.componentIds().contains(id)) {
                        throw new IllegalArgumentException("connection " + conn.connectionId() + " mates component "
                                + id + " which is not on its link " + link.linkId());
                    }
                }
            }
        }
    }

    /** Returns a builder that collects links and components in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects links and components; {@link #build()} validates the whole plant. */
    public static final class Builder {
        private final List<PhysicalLink> links = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();

        private Builder() {
        }

        /** Adds a link. */
        public Builder link(PhysicalLink link) {
            links.add(link);
            return this;
        }

        /** Adds a component. */
        public Builder component(Component component) {
            components.add(component);
            return this;
        }

        /** Adds a component of {@code kind} carrying {@code linkIds}. */
        public Builder component(String id, PartKind kind, String... linkIds) {
            return component(new Component(id, kind, List.of(linkIds)));
        }

        /** Returns the validated plant. */
        public LifecyclePlant build() {
            return new LifecyclePlant(links, components);
        }
    }
}
