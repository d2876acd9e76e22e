package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
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
}
