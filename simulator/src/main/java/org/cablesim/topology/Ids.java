package org.cablesim.topology;

/** Zero-padded, deterministic device and link ids. */
final class Ids {
    private Ids() {
    }

    /** Digits needed to print {@code count}, but at least {@code minWidth}, so ids sort as numbers do. */
    static int width(long count, int minWidth) {
        return Math.max(minWidth, Long.toString(Math.max(count, 1)).length());
    }

    /** {@code prefix} followed by {@code number} zero-padded to {@code width} digits. */
    static String padded(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
        sb.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
