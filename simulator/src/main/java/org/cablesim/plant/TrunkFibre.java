package org.cablesim.plant;

/**
 * The concrete trunk fibre one lit lane uses: which trunk, and its leg and ferrule position at both ends.
 *
 * @param trunkId       trunk cable id, e.g. {@code T000012}
 * @param nearLeg       leg at the trunk's near (lower) end, 1-based
 * @param nearPosition  ferrule position at the near end, 1-based
 * @param farLeg        leg at the far end
 * @param farPosition   ferrule position at the far end
 */
public record TrunkFibre(String trunkId, int nearLeg, int nearPosition, int farLeg, int farPosition) {
}
