package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {
    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
                HtmlEscape.text("<script>alert(\"x\")</script> & 'y'"));
    }

    @Test
    void replacesCharactersXmlForbidsButKeepsWhitespaceAndAstralCharacters() {
        assertEquals("a\uFFFDb\tc\nd\re", HtmlEscape.text("a\u0000b\tc\nd\re"));
        assertEquals("\uFFFD\uFFFD", HtmlEscape.text("\u0085\uFFFF"));
        assertEquals("\uFFFDx", HtmlEscape.text("\uD800x"), "a lone high surrogate");
        assertEquals("\uD83D\uDE80", HtmlEscape.text("\uD83D\uDE80"), "a valid pair (rocket) stays");
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", HtmlEscape.text(null));
    }
}
