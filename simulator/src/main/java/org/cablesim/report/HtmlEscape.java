package org.cablesim.report;

/** Escapes untrusted text for HTML and inline SVG text content and attribute values. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /**
     * The text with {@code & < > " '} replaced by entities and characters that XML forbids (C0 controls
     * other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so the
     * result is safe both as element content and inside a quoted attribute; {@code null} becomes "".
     */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < raw.length()
                            && Character.isLowSurrogate(raw.charAt(i + 1))) {
                        out.append(c).append(raw.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && !(c >= 0x7F && c <= 0x9F);
    }
}
