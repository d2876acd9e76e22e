package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceViewTest {

    @ParameterizedTest(name = "opening of \"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "The council voted on Monday to close the harbour. | The council voted on Monday to close the harbour.",
        "One two three four five six seven eight nine ten eleven twelve thirteen | One two three four five six seven eight nine ten eleven twelve…",
        "  Spaced   words\tkeep  one space | Spaced words keep one space",
    })
    void aMissingHeadlineIsStoodInForByTheFirstWordsOfTheBody(String paragraph, String expected) {
        assertThat(SourceView.opening(List.of(paragraph, "A second paragraph."))).isEqualTo(expected);
    }

    @Test
    void anArticleWithoutBodyHasNoOpening() {
        assertThat(SourceView.opening(List.of())).isEmpty();
    }
}
