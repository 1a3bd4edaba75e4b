package org.cablesim.topology;

/**
 * Where a rack stands on the floor. Rows are parallel; positions count along a row from 0.
 *
 * @param row      row index from 0; compute rows first, then the spine and core rows
 * @param position rack position in the row from 0 (network racks of a row have positions too)
 * @param xM       x of the rack's centre along the row, metres, ≥ 0 (position × rack pitch)
 * @param yM       y of the rack's centre across the rows, metres, ≥ 0 (row × row pitch, plus the network-row
 *                 gap for spine and core rows)
 */
public record RackLocation(int row, int position, double xM, double yM) {
    public RackLocation {
        if (row < 0 || position < 0) {
            throw new IllegalArgumentException("row and position must be >= 0, were " + row + ", " + position);
        }
        if (!(xM >= 0) || !(yM >= 0) || Double.isInfinite(xM) || Double.isInfinite(yM)) {
            throw new IllegalArgumentException("rack coordinates must be finite and >= 0, were " + xM + ", " + yM);
        }
    }
}
