package org.cablesim.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Numbers in the sentences the study writes (recommendation reasons): locale-independent, short, with units. */
final class Wording {
    private Wording() {
    }

    /** Three significant digits; whole numbers from 1,000 up, grouped; {@code 1.2e-7} style below 10⁻⁴. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (magnitude < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value).replace("e-0", "e-");
        }
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** US dollars, whole, grouped: {@code $1,234,567}. */
    static String usd(double value) {
        return (value < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.0f", Math.abs(value));
    }

    /** An availability as a percentage showing two significant digits of the unavailability: 99.99757 %. */
    static String availability(double a) {
        if (!Double.isFinite(a)) {
            return "n/a";
        }
        double unavailablePercent = 100 * (1 - a);
        int decimals = unavailablePercent <= 0 ? 1
                : (int) Math.max(1, Math.min(6, 1 - Math.floor(Math.log10(unavailablePercent))));
        return String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * a);
    }

    /** A figure and its interval: {@code 1.81 [95 % CI 1.79 to 1.83]}, or {@code 1.81 (exact)} for a point interval. */
    static String figure(Figure f, DoubleFunction<String> format) {
        String value = format.apply(f.value());
        if (!f.hasInterval()) {
            return value;
        }
        if (f.ci95().low() == f.ci95().high()) {
            return value + " (exact)";
        }
        return value + " [95 % CI " + format.apply(f.ci95().low()) + " to " + format.apply(f.ci95().high()) + "]";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
