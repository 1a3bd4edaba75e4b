/**
 * NetBox (4.5+, written against 4.6.8) interoperability: the export of a routed plan as NetBox objects (bulk-import
 * files in load order, REST payloads), the idempotent REST push, and the import of a site's racks, devices, panels
 * and cables back into a scenario and catalog overlay. An edge package: JSON, YAML, CSV and HTTP live here.
 */
package org.cablesim.netbox;
