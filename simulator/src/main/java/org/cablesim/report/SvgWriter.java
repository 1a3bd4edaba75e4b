package org.cablesim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Appends SVG markup: elements with escaped attribute values and text, coordinates with one decimal. */
public final class SvgWriter {
    private final StringBuilder out = new StringBuilder(4096);

    /** Opens {@code <tag name="value" ...>}; {@code attributes} alternate trusted names and untrusted values. */
    public SvgWriter open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    /** Writes the self-closing element {@code <tag ... />}. */
    public SvgWriter empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Writes {@code <tag ...>text</tag>} with {@code text} escaped. */
    public SvgWriter element(String tag, String text, String... attributes) {
        open(tag, attributes);
        out.append(HtmlEscape.text(text));
        return close(tag);
    }

    /** Closes {@code tag}. */
    public SvgWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends {@code text} escaped. */
    public SvgWriter text(String text) {
        out.append(HtmlEscape.text(text));
        return this;
    }

    /** Appends a line break, to keep the markup readable in a diff. */
    public SvgWriter newline() {
        out.append('\n');
        return this;
    }

    /** The markup written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A coordinate or length in user-space units with at most one decimal, no trailing ".0" and no
     * negative zero, so equal inputs always print identically.
     */
    public static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG number must be finite, was " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /**
     * Estimated advance width of {@code text} at {@code fontSize} in a common sans-serif face, erring wide
     * (DejaVu Sans proportions) so layouts computed from it do not collide in the browser.
     */
    public static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em * fontSize;
    }

    private static double advance(char c) {
        if ("iljtfI.,:;'|!()[] ".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.95;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        if (Character.isUpperCase(c)) {
            return 0.72;
        }
        if (c == '×' || c == '−' || c == '+' || c == '=' || c == '$' || c == '→') {
            return 0.84;
        }
        return 0.62;
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name/value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(HtmlEscape.text(attributes[i + 1])).append('"');
        }
    }
}
