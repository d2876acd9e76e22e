package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I'm sure he'd back the plan, and she'll vote for it.",
        "We're here because we've seen what they'll do if you don't act.",
        "The harbor isn't ready, and I've told the board we can't wait."})
    void aContractionWithACurlyApostropheIsTaggedAsWithAStraightOne(String straight) {
        String curly = straight.replace('\'', '\u2019');
        List<Token> a = Tagger.standard().tag(straight, 0, straight.length());
        List<Token> b = Tagger.standard().tag(curly, 0, curly.length());
        assertThat(b).extracting(Token::tag).containsExactlyElementsOf(a.stream().map(Token::tag).toList());
        // the tokens keep the text's own apostrophe
        assertThat(b).allSatisfy(t -> assertThat(curly.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(b).anySatisfy(t -> assertThat(t.text()).contains("\u2019"));
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

    @Test
    void theTokenizersWhitespaceIsAnsweredAsOpenNlpAnswersIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Tagger.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(StringUtil.isWhitespace(c));
        }
        assertThat(Tagger.isWhitespace(Character.MAX_VALUE)).isEqualTo(StringUtil.isWhitespace(Character.MAX_VALUE));
    }

    @Test
    void javasWhitespaceIsAnsweredAsCharacterAnswersIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Tagger.isJavaWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void everySeedSentenceHasTheTokensOfOpenNlpsTokenizer() throws IOException {
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        int sentences = 0;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Sentence s : SentenceSplitter.standard().split(text, 0, text.length())) {
                    List<Token> tokens = Tagger.standard().tag(text, s.start(), s.end());
                    Span[] expected = tokenizer.tokenizePos(s.textIn(text));
                    assertThat(tokens).hasSize(expected.length);
                    for (int i = 0; i < expected.length; i++) {
                        Token t = tokens.get(i);
                        assertThat(new int[] {t.start(), t.end()}).as(s.textIn(text))
                                .containsExactly(s.start() + expected[i].getStart(), s.start() + expected[i].getEnd());
                        assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                    }
                    sentences++;
                }
            }
        }
        assertThat(sentences).isGreaterThan(50);
    }

    @Test
    void wordsMetAgainAndWordsOfTheSameSlotHaveTheTokensOfOpenNlpsTokenizer() {
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        // more distinct words than each thread's slots of recent words, each met many times, in any order
        String marks = ".,;:!?\"'()[]-$%\u201c\u201d\u2019";
        Random random = new Random(3);
        List<String> vocabulary = new ArrayList<>();
        for (int n = 0; n < 3 * Tagger.RECENT_WORDS; n++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                int r = random.nextInt(10);
                w.append(r < 7 ? (char) ('a' + random.nextInt(26)) : r < 8 ? (char) ('A' + random.nextInt(26))
                        : r < 9 ? (char) ('0' + random.nextInt(10)) : marks.charAt(random.nextInt(marks.length())));
            }
            vocabulary.add(w.toString());
        }
        for (int s = 0; s < 400; s++) {
            StringBuilder b = new StringBuilder();
            for (int k = 5 + random.nextInt(40); k > 0; k--) {
                b.append(vocabulary.get(random.nextInt(random.nextBoolean() ? 50 : vocabulary.size()))).append(' ');
            }
            String text = b.toString().strip();
            List<Token> tokens = Tagger.standard().tag(text, 0, text.length());
            Span[] expected = tokenizer.tokenizePos(text);
            assertThat(tokens).as(text).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                assertThat(new int[] {tokens.get(i).start(), tokens.get(i).end()}).as(text)
                        .containsExactly(expected[i].getStart(), expected[i].getEnd());
                assertThat(tokens.get(i).text()).isEqualTo(text.substring(tokens.get(i).start(), tokens.get(i).end()));
            }
        }
    }

    @Test
    void everyTextIsTaggedAsTheModelsOwnTaggerTagsItsTokens() throws IOException {
        // the tagger hands the search each token's features found with its split (and the one-character
        // tokens' found once), and the search decides from approximate sums where one tag is clearly
        // ahead; the reference evaluates the model's own features at every word
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        List<String> texts = new ArrayList<>(GreedySearchTest.seedTexts());
        String marks = ".,;:!?\"'()[]-$%&#@*/\u201c\u201d\u2019\u2014\u00e9\u00a0\u2009\ud83d\ude00";
        Random random = new Random(11);
        for (int s = 0; s < 300; s++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(s % 10 == 0 ? 500 : 40); k > 0; k--) {
                int length = random.nextInt(20) == 0 ? 60 + random.nextInt(Tagger.MAX_WORD - 60) : 1 + random.nextInt(9);
                for (int c = 0; c < length; c++) {
                    int r = random.nextInt(12);
                    b.append(r < 7 ? (char) ('a' + random.nextInt(26)) : r < 9 ? (char) ('A' + random.nextInt(26))
                            : r < 10 ? (char) ('0' + random.nextInt(10)) : marks.charAt(random.nextInt(marks.length())));
                }
                b.append(random.nextInt(8) == 0 ? "  " : " ");
            }
            texts.add(b.toString().strip());
        }
        int tokens = 0;
        for (String text : texts) {
            List<Token> tagged = Tagger.standard().tag(text, 0, text.length());
            String[] words = tokenizer.tokenize(text);
            assertThat(tagged).extracting(Token::text).as(text).containsExactly(words);
            List<String> expected = new ArrayList<>();
            for (int from = 0; from < words.length; from += Tagger.MAX_TAGGED) {
                expected.addAll(List.of(PosFeaturesTest.referenceTags(Arrays.copyOfRange(words, from,
                        Math.min(words.length, from + Tagger.MAX_TAGGED)))));
            }
            assertThat(tagged).extracting(Token::tag).as(text).containsExactlyElementsOf(expected);
            tokens += words.length;
        }
        assertThat(tokens).isGreaterThan(10_000);
    }
}
