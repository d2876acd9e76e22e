package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.standard().split(text, 0, text.length()).stream().map(s -> s.textIn(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sen. Lindsey Graham, R-S.C., said on Sunday that the U.S. Defense Secretary would go. He left.| 2
            Gen. Mark Jones met Mr. Smith and Dr. Lee in Washington, D.C. on Friday.                      | 1
            The U.S. military command in Japan will grow. Officials said so.                               | 2
            He lives in the U.S. The next day he flew home.                                                | 2
            “We share an ethos,” she said. “Japan is a partner.”                                           | 2
            Rep. Jane Doe, D-Calif., and Gov. John Roe spoke.                                             | 1
            They stood before Judge Tom Webb in Washington, D.C. Roe's wife spent $5,000 on capes.         | 2
            Washington, D.C. Mayor Jane Roe and the U.S. Secretary of State spoke.                         | 1
            """)
    void abbreviationsDoNotEndASentence(String text, int count) {
        assertThat(sentences(text)).hasSize(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sen. Lindsey Graham, R-S.C., said so. He left. | 5
            One. Two three.                                | 0
            """)
    void offsetsIndexTheGivenTextAndAreTrimmed(String text, int offset) {
        String padded = " ".repeat(offset) + text + "  ";
        List<Sentence> found = SentenceSplitter.standard().split(padded, 0, padded.length());
        assertThat(found.get(0).start()).isEqualTo(offset);
        assertThat(found.get(found.size() - 1).end()).isEqualTo(offset + text.length());
        for (Sentence s : found) {
            assertThat(s.textIn(padded)).isEqualTo(s.textIn(padded).strip());
        }
    }
}
