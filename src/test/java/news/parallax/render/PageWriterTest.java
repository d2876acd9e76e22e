package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageWriterTest {

    static List<List<String>> pieces() {
        String pair = "\uD83D\uDE00"; // one character outside the Basic Multilingual Plane
        return List.of(
                List.of("<p>", "plain ASCII", "</p>\n"),
                List.of("caf\u00e9 ", "\u201cquoted\u201d", " \u00b7 Parallax"),
                List.of("", "", "x"),
                List.of("before " + pair, " after"),
                List.of("split " + pair.charAt(0), pair.charAt(1) + " pair"),
                List.of("lone high at the end " + pair.charAt(0)),
                List.of("lone high " + pair.charAt(0), "then text"),
                List.of("lone low " + pair.charAt(1), "then text"),
                List.of(String.valueOf(pair.charAt(0)), String.valueOf(pair.charAt(0)), String.valueOf(pair.charAt(1))),
                List.of("x".repeat(20_000), "\u2014", "y".repeat(10_000)));
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void aPageIsTheUtf8OfAllItsPiecesAsOneString(List<String> pieces) {
        PageWriter out = new PageWriter();
        for (String p : pieces) {
            out.write(p);
        }

        assertThat(out.bytes()).isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void aPageWrittenAsCharacterArraysIsTheSame(List<String> pieces) {
        PageWriter out = new PageWriter();
        for (String p : pieces) {
            char[] padded = ("<" + p + ">").toCharArray();
            out.write(padded, 1, p.length());
        }

        assertThat(out.bytes()).isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void charactersArraysAndAppendsAreWrittenLikeStrings() {
        PageWriter out = new PageWriter();
        out.write("ab\u00e9cd".toCharArray(), 1, 3);
        out.write('!');
        out.append("xyz", 1, 2).append('\u201d').append(null, 0, 2);
        out.write("0123", 1, 2);

        assertThat(new String(out.bytes(), StandardCharsets.UTF_8)).isEqualTo("b\u00e9c!y\u201dnu12");
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void aPageOfEscapedPiecesIsTheUtf8OfThePiecesEscapedAsOneString(List<String> pieces) {
        PageWriter out = new PageWriter();
        out.write("<before>"); // a page written before, on the same writer
        out.bytes();
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i) + (i % 2 == 0 ? "<&\"'>" : "");
            out.write(new PageNodes.Escaped(p));
            page.append(new HtmlEscaping().escape(p));
        }

        assertThat(out.bytes()).isEqualTo(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void textEncodedAheadBetweenPiecesIsCopiedAsItIs(List<String> pieces) {
        PageWriter out = new PageWriter();
        String text = "<li>caf\u00e9 \u201c</li>";
        for (String p : pieces) {
            out.write(p);
            out.writeUtf8(text.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(out.bytes()).isEqualTo(String.join(text, pieces).concat(text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersAreWrittenAsTheirStrings() {
        PageWriter out = new PageWriter();
        out.write((Object) 42);
        out.write((Object) (-7L));
        out.write((Object) 0.5);
        out.write((Object) new java.math.BigDecimal("1E+3"));
        out.write((Object) 'c');

        assertThat(new String(out.bytes(), StandardCharsets.UTF_8)).isEqualTo("42-70.51000c");
    }

    @Test
    void randomPiecesEscapedOrNotAreTheUtf8OfTheWholePageAsAString() {
        java.util.Random random = new java.util.Random(10);
        String others = "\u00e9\u00a0\u2019\u201c\u2014\u2028\uffff\uD83D\uDE00\uD800\uDFFF";
        for (int round = 0; round < 3_000; round++) {
            PageWriter out = new PageWriter();
            StringBuilder page = new StringBuilder();
            int pieces = random.nextInt(6);
            for (int k = 0; k < pieces; k++) {
                StringBuilder piece = new StringBuilder();
                int n = random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    int pick = random.nextInt(10);
                    piece.append(pick < 6 ? (char) random.nextInt(0x80) : pick < 8 ? (char) random.nextInt(0x100)
                            : others.charAt(random.nextInt(others.length())));
                }
                String p = piece.toString();
                if (random.nextBoolean()) {
                    out.write(new PageNodes.Escaped(p));
                    page.append(HtmlEscaping.escapeHtml(p));
                } else {
                    out.write(p);
                    page.append(p);
                }
            }
            assertThat(out.bytes()).as("round %d", round).isEqualTo(page.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
