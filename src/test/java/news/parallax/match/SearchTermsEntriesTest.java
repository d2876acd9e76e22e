package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SearchTerms.Entries} gives the terms of text + " " + detail, whichever way it finds them. */
class SearchTermsEntriesTest {

    // pieces that meet at the space: digits and digit groups, number and scale words, hyphens, possessives,
    // marks that attach to what is before them, emoji and joiners, letters of other scripts, stop words
    private static final String[] PARTS = {"a", "Z", "mayor", "Mayor's", "plan", "the", "of", "and", "5", "50",
        "000", "2.5", "80th", "five", "twenty", "million", "billion", "thousand", "dozen", ",", ".", ";", ":", "-",
        "\u2010", "\u2011", "co-operate", "e-mail", "'s", "\u2019s", "'", "\u2019", "\u00a0", "\u202f", " ", "  ",
        "\t", "\n", "(", ")", "\"", "\u201c", "\u201d", "\u00b7", "\u0301", "\u200d", "\ud83d\ude00", "\u4e2d", "\u00e9",
        "Pe\u00f1a", "\u0663", "U.S.", "AT&T", "50,000", "3 000", "1,5", "No.", "x"};

    private static String random(Random random, int most) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(most + 1);
        for (int k = 0; k < length; k++) {
            if (k > 0 && random.nextBoolean()) {
                text.append(' ');
            }
            text.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The council approved the plan on Tuesday | Jane Roe \u00b7 City Daily and Evening Post",
        "the budget grew by 5 | million dollars, officials said",
        "The fund raised 12 | 000 dollars",
        "They paid five | million",
        "The mayor's long-time aide | co-operated with the inquiry",
        "The report, which ran 300 pages | Evening Post",
    })
    void anEntrysTermsAreThoseOfItsTextAndDetailTogether(String text, String detail) {
        assertThat(SearchTerms.entries().terms(text, detail)).isEqualTo(SearchTerms.terms(text + " " + detail));
    }

    @Test
    void aNumberAtTheTextsEndTakesAScaleWordAtTheDetailsStart() {
        // the case the entries must not part: "5 million" is one term
        assertThat(SearchTerms.entries().terms("the deficit was 5", "million")).containsExactly("deficit", "5000000");
    }

    @Test
    void randomEntriesHaveTheTermsOfTheirWholeText() {
        Random random = new Random(21);
        NewsAnalyzer plain = new NewsAnalyzer(Acronyms.none());
        int parted = 0;
        for (int round = 0; round < 400; round++) {
            // a story's statements, analysed by the matcher's chain without acronyms (or, every third story,
            // with the thread's texts forgotten)
            List<String> texts = new ArrayList<>();
            List<Terms> terms = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                String t = random(random, 12);
                texts.add(t);
                terms.add(Terms.of(t, plain));
            }
            SearchTerms.analysed(texts, terms, round % 3 != 0);
            SearchTerms.Entries entries = SearchTerms.entries();
            List<String> details = List.of(random(random, 4), random(random, 4), random(random, 4));
            for (int k = 0; k < 30; k++) {
                String text = random.nextInt(3) > 0 ? texts.get(random.nextInt(texts.size())) : random(random, 12);
                String detail = details.get(random.nextInt(details.size()));
                parted += SearchTerms.Entries.apart(text, detail) ? 1 : 0;
                assertThat(entries.terms(text, detail)).as("[%s] [%s]", text, detail)
                        .isEqualTo(SearchTerms.terms(text + " " + detail));
            }
        }
        assertThat(parted).isGreaterThan(3000); // most went by the parted path
        SearchTerms.analysed(List.of(), List.of(), false);
    }
}
