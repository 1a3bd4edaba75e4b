package org.cablesim.netbox;

/** The README of a NetBox export directory: load order, counts and the conventions a NetBox user must know. */
final class NetboxReadme {
    private NetboxReadme() {
    }

    static String text(NetboxObjects.Export e, int restOnlyCables) {
        long csvCables = e.cables().stream().filter(NetboxObjects.Cable::csvImportable).count();
        return """
                # NetBox import of plan `%s` (scenario `%s`)

                Written by cablesim for NetBox 4.5 or later (checked against the definitions of NetBox 4.6.8). Everything
                is one site, `%s`, with status `planned`; every object carries the tag `cablesim` in the REST payloads.

                ## Load order (bulk import: the Import page of each object type)

                | step | file | objects |
                |---|---|---|
                | 1 | `01-manufacturers.csv` | %d manufacturer |
                | 2 | `02-device-roles.csv` | %d device roles |
                | 3 | `03-device-types/*.yaml` | %d device types, one YAML file each (Device Types > Import, format YAML), with their interfaces, rear ports, front ports and port mappings |
                | 4 | `04-sites.csv` | 1 site |
                | 5 | `05-locations.csv` | %d locations (one per floor row) |
                | 6 | `06-racks.csv` | %d racks |
                | 7 | `07-devices.csv` | %d devices (servers, switches, patch panels); each gets its device type's ports and port mappings |
                | 8 | `08-interfaces.csv` | %d MDI interfaces, children of the transceiver-cage interfaces |
                | 10 | `10-cable-bundles.csv` | %d cable bundles (only when trunks are split into legs) |
                | 11 | `11-cables.csv` | %d cables with one termination per side |
                | 11 | `11-cables-rest-only.json` | %d cables with several terminations per side: REST only, see below |

                ## What the import form cannot take

                NetBox 4.6's cable import form takes one termination per side. A trunk whose legs and fibres fit a
                `trunk-<L>c<P>p` cable profile is exported as one cable with L terminations per side (connector i = leg i at
                both ends), and such cables are only in `11-cables-rest-only.json`: POST them to `/api/dcim/cables/`. Each
                termination's `object_id` is written as `{"device": …, "name": …}` because ids exist only on the server:
                replace it with the id of that port, or let `cablesim export netbox --netbox-url URL` push the export (it
                looks ids up, and creates only what is missing). A trunk that fits no profile (e.g. 12 legs) is one cable per
                leg (`T000001.01` …), each with a `single-1c<P>p` profile, grouped in a cable bundle named after the trunk.

                ## Conventions

                - Port positions are ferrule fibre positions (12 on an MPO-12, also on an MPO-8 whose fibres sit at 1–4 and
                  9–12; 2 on an LC duplex). Cables carry the `single-1c<P>p` profile of their plug; MPO-24 and MPO-32 plugs
                  (24 and 32 positions) have no profile and go without one (NetBox then passes positions straight through).
                - An adapter panel maps front port k to rear port `Rk`, position for position; a cassette panel maps each
                  cassette's front ports onto its rear ports by the cassette's fibre map. A cross-connect panel takes the
                  equipment cord on its rear port and the jumper on its front port.
                - NetBox models neither polarity (Type-A/B flips) nor loss: cablesim's checks and estimates do.
                - Interfaces: every switch and server port is a cage interface (`3`, type by port speed); each MDI is a child
                  interface `3/1`, `3/2`, … typed by its PMD where NetBox has the value (`400gbase-dr4`), labelled with
                  cablesim's MDI name, and described with the PMD id and the logical link.
                - The site's comments hold the floor facts NetBox has no field for (`cablesim.floor.rackPitchM: 0.6`, …):
                  `cablesim import netbox` reads them back.
                - Racks are 19-inch and as high as the scenario's racks; every device and panel stands at the rack unit of
                  cablesim's elevation (`position` = lowest unit, `face` = front).

                ## REST payloads

                `rest/` holds the same objects as REST request bodies, one JSON list per endpoint in load order
                (`01-manufacturers.json` → `POST /api/dcim/manufacturers/` …). Related objects are lookup dictionaries
                NetBox resolves (`{"slug": "…"}`); the two fields NetBox only takes as ids — cable terminations'
                `object_id` and the `rear_port` of a front-port template's `rear_ports` mapping — carry names instead.
                """.formatted(e.plan(), e.scenario(), e.site().name(), e.manufacturers().size(), e.roles().size(),
                e.deviceTypes().size(), e.locations().size(), e.racks().size(), e.devices().size(),
                e.interfaces().size(), e.bundles().size(), csvCables, restOnlyCables);
    }
}
