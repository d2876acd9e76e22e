package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "announced, announce, true",
        "wounded, injured, true",
        "said, said, true",
        "missile, banana, false",
        "20, twenty, true",
        "soldiers, banana, false",
    })
    void wordsAreLinkedWhenTheyShareAWordNetSenseInEitherOrder(String a, String b, boolean linked) {
        Synonyms synonyms = new Synonyms();
        assertThat(synonyms.linked(a, b)).isEqualTo(linked);
        assertThat(new Synonyms().linked(b, a)).isEqualTo(linked);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"announced, announce", "wounded, injured"})
    void linkedWordsShareASenseOrLemma(String a, String b) {
        Synonyms synonyms = new Synonyms();
        assertThat(synonyms.senses(a)).containsAnyElementsOf(synonyms.senses(b));
    }
}
