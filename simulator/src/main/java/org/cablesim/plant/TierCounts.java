package org.cablesim.plant;

/**
 * Quantities of one tier (or of the whole plant).
 *
 * @param fibresInstalled  fibres in trunks and direct assemblies (the cables between locations; cords and jumpers
 *                         are patching and not counted), including unused trunk legs
 * @param fibresLit        of those, fibres that carry a lane of a routed channel
 * @param trunks           trunks, including provisioned spares
 * @param trunkMetres      total trunk length, metres
 * @param cords            equipment cords (two per routed channel outside direct)
 * @param cordMetres       total cord length, metres
 * @param jumpers          cross-connect jumpers (two per cross-connected channel)
 * @param assemblies       direct transceiver-to-transceiver assemblies
 * @param assemblyMetres   total assembly length, metres
 * @param cassettes        cassettes (at both ends of every trunk of a tier with cassettes)
 * @param adapters         panel adapters: plain panel ports in use (trunk legs without cassettes, cross-connect
 *                         ports); cassette adapters come with the cassette
 * @param panels           patch panels
 * @param rackUnits        rack units the panels take
 * @param mpoConnectors    array (MPO) plugs on cables: two per trunk leg, cord, jumper and assembly, one per
 *                         harness common plug and leg
 * @param matedPairs       mated pairs made at installation, the MDI matings included (for labour); an MDI shared by
 *                         a split port's links counts once
 * @param harnesses        breakout harnesses (one per port split by a harness; their metres are in cordMetres, or in
 *                         assemblyMetres with {@code direct})
 * @param lowerMdiMatings  of the mated pairs, the plugs mated into the lower devices' MDIs
 * @param upperMdiMatings  of the mated pairs, the plugs mated into the upper devices' MDIs
 * @param fibreSplices     fusion splices (one per trunk fibre per splice point)
 * @param copperCables     copper cables (DAC, ACC, AEC) of a copper tier: one per link, or per switch port when
 *                         they split 1:b
 * @param copperMetres     their total length, metres
 */
public record TierCounts(long fibresInstalled, long fibresLit, int trunks, double trunkMetres, int cords,
        double cordMetres, int jumpers, int assemblies, double assemblyMetres, int cassettes, int adapters,
        int panels, int rackUnits, long mpoConnectors, long matedPairs, int harnesses, long lowerMdiMatings,
        long upperMdiMatings, long fibreSplices, int copperCables, double copperMetres) {

    static final TierCounts ZERO = new TierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Dark fibres: installed − lit. */
    public long fibresDark() {
        return fibresInstalled - fibresLit;
    }

    /** Dark fraction of the installed fibres, 0 when none is installed. */
    public double darkFraction() {
        return fibresInstalled == 0 ? 0 : (double) fibresDark() / fibresInstalled;
    }

    TierCounts plus(TierCounts o) {
        return new TierCounts(fibresInstalled + o.fibresInstalled, fibresLit + o.fibresLit, trunks + o.trunks,
                trunkMetres + o.trunkMetres, cords + o.cords, cordMetres + o.cordMetres, jumpers + o.jumpers,
                assemblies + o.assemblies, assemblyMetres + o.assemblyMetres, cassettes + o.cassettes,
                adapters + o.adapters, panels + o.panels,
                rackUnits + o.rackUnits, mpoConnectors + o.mpoConnectors, matedPairs + o.matedPairs,
                harnesses + o.harnesses, lowerMdiMatings + o.lowerMdiMatings, upperMdiMatings + o.upperMdiMatings,
                fibreSplices + o.fibreSplices, copperCables + o.copperCables, copperMetres + o.copperMetres);
    }
}
