package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Minister's plan         | the minister plan
            Japan’s war-fighting HQ     | japan war-fighting hq
            U.S. forces, 50,000 troops  | u.s forces troops
            COVID-19 in 2025            | covid-19 in
            don’t stop                  | don't stop
            İstanbul ISTANBUL           | i̇stanbul istanbul
            end -- of -dash             | end of dash
            """)
    void wordsAreLowerCasedJoinedAndNumbersLeftOut(String text, String words) {
        assertThat(Words.all(text)).containsExactly(words.split(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            missiles  | missile
            allies    | ally
            forces    | force
            policies  | policy
            status    | status
            glass     | glass
            gas       | gas
            u.s       | u.s
            """)
    void pluralsFoldByTheSStemmer(String word, String key) {
        assertThat(Words.stem(word)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void contentWordsLeaveOutStopWordsAndSingleLetters() {
        assertThat(Words.content("He said the regime's X plan was a scheme.")).isEqualTo(List.of("regime", "plan", "scheme"));
    }
}
