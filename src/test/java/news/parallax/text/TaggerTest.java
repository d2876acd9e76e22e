package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSentenceTaggedAgainElsewhereGetsTheSameTagsAtItsNewOffsets() {
        String sentence = "The ministry said 20 soldiers were wounded in the attack.";
        List<Token> alone = Tagger.standard().tag(sentence, 0, sentence.length());
        String text = "Earlier: " + sentence + " Later.";
        int start = "Earlier: ".length();
        List<Token> inText = Tagger.standard().tag(text, start, start + sentence.length());

        assertThat(inText).hasSameSizeAs(alone);
        for (int i = 0; i < alone.size(); i++) {
            Token a = alone.get(i);
            assertThat(inText.get(i)).isEqualTo(new Token(a.start() + start, a.end() + start, a.text(), a.tag()));
        }
    }

    @Test
    void rememberedTokensCannotBeChangedByACaller() {
        String sentence = "Officials announced the results on Monday.";
        List<Token> first = Tagger.standard().tag(sentence, 0, sentence.length());
        List<Token> again = Tagger.standard().tag(sentence, 0, sentence.length());

        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> again.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
