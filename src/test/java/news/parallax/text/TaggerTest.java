package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {

    @Test
    void tokensKeepOffsetsAndNamesAreProperNouns() {
        String text = "xx Defense Secretary Pete Hegseth said on Sunday.";
        List<Token> tokens = Tagger.standard().tag(text, 3, text.length());
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens).filteredOn(t -> t.text().equals("Hegseth")).singleElement()
                .satisfies(t -> assertThat(t.proper()).isTrue());
    }
}
