package org.cablesim.netbox;

/**
 * A NetBox object the import could not map into the scenario (or a fact it had to assume), and why.
 *
 * @param object the NetBox object type, e.g. {@code dcim.cable}, or {@code assumption} for a fact NetBox lacks
 * @param id     its NetBox id, or "" when it has none
 * @param name   its name or label
 * @param reason what was not mapped and why
 */
public record Unmapped(String object, String id, String name, String reason) {
}
