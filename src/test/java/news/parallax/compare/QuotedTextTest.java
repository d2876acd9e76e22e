package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He slammed “the regime” today.          | He slammed               today.
            "A regime," he said.                    |             he said.
            He said: “It is a regime                | He said:
            No quotes here.                         | No quotes here.
            """)
    void wordsInsideQuotationMarksAreBlanked(String paragraph, String expected) {
        String blanked = QuotedText.blankQuotes(paragraph);
        assertThat(blanked).hasSameSizeAs(paragraph);
        assertThat(blanked.strip().replaceAll("\\s+", " ")).isEqualTo(expected.strip().replaceAll("\\s+", " "));
    }
}
