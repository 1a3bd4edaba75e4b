package org.cablesim.plant;

/**
 * The router's allocation in compact arrays (no object per fibre, lane or cable): per link, per sub-channel (one
 * MDI of a link), per trunk and per panel stack (the panels of one tier and role at one location).
 *
 * @param linkFirstSub   first sub-channel of each link, −1 when the link is not cabled (capacity)
 * @param linkLowerNode  pathway node of each link's lower device rack
 * @param linkUpperNode  pathway node of each link's upper device rack
 * @param subLink        link of each sub-channel
 * @param subMdi         MDI number (1-based) of each sub-channel within its link
 * @param subTrunk       trunk of each sub-channel, −1 for direct assemblies
 * @param subNearSlot    slot of the trunk at its near end (leg − 1, or cassette front port index)
 * @param subNearXc      cross-connect (equipment-side) port at the near location, −1 without cross-connect
 * @param subFarXc       cross-connect port at the far location, −1 without
 * @param trunkTier      tier of each trunk
 * @param trunkNearStack panel stack its near end lands in
 * @param trunkFarStack  panel stack its far end lands in
 * @param trunkNearStart first port of its block in the near stack
 * @param trunkFarStart  first port of its block in the far stack
 * @param trunkUsed      slots in use
 * @param stackTier      tier of each panel stack
 * @param stackNode      pathway node (rack or patching rack) of each stack
 * @param stackCrossConnect whether the stack is the equipment side of a cross-connect
 * @param stackPorts     ports in use
 * @param stackPanels    panels installed (at least the provisioned count)
 * @param stackTopRu     the top rack unit of the stack's first panel; panel i (0-based) occupies the ruPerPanel
 *                       units down from {@code stackTopRu − i·ruPerPanel} (stacks of a rack follow each other
 *                       downwards in (tier, role) order from the rack's top)
 * @param subLowerHarness harness at the lower end of each sub-channel, −1 when the lower port is not split by one
 * @param subUpperHarness harness at the upper end, −1 likewise
 * @param harnessTier    tier of each harness (one per split port, numbered in order of first use)
 */
record PlantLayout(
        int[] linkFirstSub,
        int[] linkLowerNode,
        int[] linkUpperNode,
        int[] subLink,
        int[] subMdi,
        int[] subTrunk,
        int[] subNearSlot,
        int[] subNearXc,
        int[] subFarXc,
        int[] trunkTier,
        int[] trunkNearStack,
        int[] trunkFarStack,
        int[] trunkNearStart,
        int[] trunkFarStart,
        int[] trunkUsed,
        int[] stackTier,
        int[] stackNode,
        boolean[] stackCrossConnect,
        int[] stackPorts,
        int[] stackPanels,
        int[] stackTopRu,
        int[] subLowerHarness,
        int[] subUpperHarness,
        int[] harnessTier) {

    int subChannels() {
        return subLink.length;
    }

    int trunks() {
        return trunkTier.length;
    }

    int harnesses() {
        return harnessTier.length;
    }
}
