package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "we will carry our city | we will carry the city | we will carry <del>our</del> <ins>the</ins> city",
        "we cannot afford it | We cannot afford it, | We cannot afford it<ins>,</ins>",
        "the cost is 40 million | the cost is 45 million dollars | the cost is <del>40</del> <ins>45</ins> million <ins>dollars</ins>",
        "it's   a plan | it\u2019s a plan | it\u2019s a plan",
        "a <b> plan | a plan | a <del>&lt;b&gt;</del> plan",
    })
    void wordsOnlyInTheBaseAreDeletedAndWordsOnlyHereInserted(String base, String text, String html) {
        assertThat(WordDiff.html(base, text)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // one wording, one word changed: the full diff
        "we will carry our city | we will carry the city | false | we will carry <del>our</del> <ins>the</ins> city",
        // more than half the words kept: still one wording
        "the cost is 40 million | the cost is 45 billion | false | the cost is <del>40</del> <ins>45</ins> <del>million</del> <ins>billion</ins>",
        // fewer than half kept: as printed, its own words underlined (one word of the two in either order)
        "the mayor opened the new bridge on Monday | officials said a bridge opened | false | <ins>officials said a</ins> bridge <ins>opened</ins>",
        // a claim is a rewording whatever it keeps
        "the council approved the budget | the council approved its budget | true | the council approved <ins>its</ins> budget",
    })
    void aRewordingIsShownAsPrintedWithOnlyItsOwnWordsMarked(String base, String text, boolean paraphrase, String html) {
        assertThat(WordDiff.readable(base, text, paraphrase).html()).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<ins>a</ins> <ins>b</ins> c | <ins>a b</ins> c",
        "<ins>a</ins>  <ins>b</ins> <ins>c</ins> | <ins>a  b c</ins>",
        "<ins>a</ins> b <ins>c</ins> | <ins>a</ins> b <ins>c</ins>",
        "<del>a</del> <ins>b</ins> | <del>a</del> <ins>b</ins>",
        "<ins>a</ins><ins>b</ins> | <ins>a</ins><ins>b</ins>",
        "no marks | no marks",
    })
    void insertedRunsSeparatedOnlyBySpaceBecomeOne(String html, String joined) {
        assertThat(WordDiff.joinRuns(html)).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "we will carry our city | we will carry the city | false | false",
        "the mayor opened the new bridge on Monday | officials said a bridge opened | false | true",
        "the council approved the budget | the council approved the budget today | true | true",
    })
    void aQuoteIsAReWordingOnlyWhenFewerThanHalfItsWordsAreTheBases(String base, String text, boolean paraphrase,
            boolean reworded) {
        assertThat(WordDiff.readable(base, text, paraphrase).reworded()).isEqualTo(reworded);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "This bridge will carry | this  bridge will carry",
        "it's done | it\u2019s done",
        "we cannot afford it | We cannot afford it,",
    })
    void caseMarksAndSpacingAreTheSameWording(String a, String b) {
        assertThat(WordDiff.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Hello", "U.S.", "ABC123", "-", "x"})
    void anAsciiTokensKeyIsItsLowerCaseAsTheFullNormalFormGives(String token) {
        String full = Normalizer.normalize(token, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        assertThat(WordDiff.key(token)).isEqualTo(full);
    }

    @Test
    void theTokensAreTheRegexsOnEveryKindOfCharacter() {
        String[] parts = {"a", "Z", "\u00e9", "\u00df", "7", "\u0663", "\u00bd", "\u2167", "'", "\u2019", "\u2018", " ",
            "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "\u0085", "-", ".", ",", "\"", "<", "&",
            "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "\u0301", "\u200d", "\u4e2d", "\u05d0", "x1"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            assertThat(WordDiff.tokens(t)).as(t).isEqualTo(WordDiff.regexTokens(t));
            assertThat(WordDiff.keys(t)).as(t).isEqualTo(WordDiff.streamKeys(t))
                    .hasSameHashCodeAs(WordDiff.streamKeys(t));
        }
    }

    @Test
    void theTokensOfTheSeedArticlesAreTheRegexs() throws java.io.IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(WordDiff.tokens(text)).isEqualTo(WordDiff.regexTokens(text));
                for (String line : text.split("\n")) {
                    assertThat(WordDiff.keys(line)).isEqualTo(WordDiff.streamKeys(line));
                }
            }
        }
    }
}
