package org.cablesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats of the report; all use {@link Locale#ROOT} so output never depends on the machine. */
public final class ReportFormat {
    /** What the report shows where a value is missing. */
    public static final String MISSING = "n/a";

    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private ReportFormat() {
    }

    /**
     * {@code value} rounded to {@code significant} (1..15) significant digits in plain grouped notation,
     * switching to {@code 1.2×10⁻⁵} style below 10⁻⁴ and at 10¹⁵ and above.
     */
    public static String significant(double value, int significant) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e15) {
            return scientific(value, significant);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        int decimals = Math.max(0, significant - 1 - (rounded.precision() - rounded.scale() - 1));
        return noNegativeZero(String.format(Locale.ROOT, "%,." + decimals + "f", rounded.doubleValue()));
    }

    /** A value with at most four significant digits and no trailing zeros, e.g. {@code 0.15}, {@code 1,200}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        String text = significant(value, 4);
        if (text.contains(".") && !text.contains("×")) {
            text = text.replaceAll("0+$", "");
            text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
        return text;
    }

    /** A count: whole numbers grouped without decimals ({@code 2,048}), others with three significant digits. */
    public static String count(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return fixed(value, 0);
        }
        return significant(value, 3);
    }

    /** {@code value} with exactly {@code decimals} (0..10) decimals, grouped. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return noNegativeZero(String.format(Locale.ROOT, "%,." + decimals + "f", value));
    }

    /** US dollars rounded to whole dollars, e.g. {@code $1,234,567}. */
    public static String usd(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        String digits = fixed(Math.abs(value), 0);
        return (value < 0 && !digits.equals("0") ? "−$" : "$") + digits;
    }

    /** US dollars with a k/M/G suffix and three significant digits, e.g. {@code $1.23M}, for chart ticks. */
    public static String usdCompact(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return (value < 0 ? "−$" : "$") + compact(Math.abs(value));
    }

    /** A number with a k/M/G suffix and up to three significant digits, e.g. {@code 12.5k}. */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 999.5e12) {
            return scientific(value, 3);
        }
        String[] suffixes = {"", "k", "M", "G", "T"};
        int index = 0;
        while (magnitude >= 999.5 && index < suffixes.length - 1) {
            magnitude /= 1000;
            index++;
        }
        String digits = stripZeros(significantPlain(magnitude, 3));
        return (value < 0 ? "−" : "") + digits + suffixes[index];
    }

    /** A fraction in [0, 1] as a percentage with {@code decimals} decimals, e.g. {@code 37.5 %}. */
    public static String percent(double fraction, int decimals) {
        if (!Double.isFinite(fraction)) {
            return MISSING;
        }
        return fixed(100 * fraction, decimals) + " %";
    }

    /**
     * A probability: "0", a percentage with three significant digits at 0.1 % and above, and
     * {@code 1.2×10⁻⁴} style below, so tiny link-failure probabilities stay readable.
     */
    public static String probability(double p) {
        if (!Double.isFinite(p)) {
            return MISSING;
        }
        if (p == 0) {
            return "0";
        }
        if (Math.abs(p) >= 1e-3 && Math.abs(p) < 1e10) {
            return significantPlain(100 * p, 3) + " %";
        }
        return scientific(p, 2);
    }

    /**
     * An availability in [0, 1] as a percentage with enough decimals to show two significant digits of the
     * unavailability (1 − a), between one and six decimals, e.g. 0.99953 → {@code 99.953 %}.
     */
    public static String availability(double a) {
        if (!Double.isFinite(a)) {
            return MISSING;
        }
        double unavailablePercent = 100 * (1 - a);
        int decimals = unavailablePercent <= 0 ? 1
                : (int) Math.max(1, Math.min(6, 1 - Math.floor(Math.log10(unavailablePercent))));
        return fixed(100 * a, decimals) + " %";
    }

    /** {@code mantissa×10ⁿ} with {@code significant} significant digits in the mantissa. */
    public static String scientific(double value, int significant) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (value == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%." + (significant - 1) + "e", value);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e);
        int exponent = Integer.parseInt(text.substring(e + 1));
        if (mantissa.startsWith("-")) {
            mantissa = "−" + mantissa.substring(1);
        }
        return mantissa + "×" + powerOfTen(exponent);
    }

    /** {@code 10ⁿ} with a superscript exponent, e.g. {@code 10⁻³}. */
    public static String powerOfTen(int exponent) {
        StringBuilder text = new StringBuilder("10");
        if (exponent < 0) {
            text.append('⁻');
        }
        for (char digit : Long.toString(Math.abs((long) exponent)).toCharArray()) {
            text.append(SUPERSCRIPT[digit - '0']);
        }
        return text.toString();
    }

    private static String significantPlain(double value, int significant) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return rounded.setScale(Math.max(0, rounded.scale()), RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String stripZeros(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String stripped = plain.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String noNegativeZero(String text) {
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text.replace("-", "−");
    }
}
