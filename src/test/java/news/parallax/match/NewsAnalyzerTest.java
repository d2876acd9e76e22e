package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsAnalyzerTest {

    private static List<String> terms(String text, Acronyms acronyms) {
        return Terms.of(text, new NewsAnalyzer(acronyms)).terms();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the minister's decision       | minist decis",
        "The Ministers’ decisions      | minist decis",
        "50,000 troops                 | 50000 troop",
        "50 000 troops                 | 50000 troop",
        "2.5 million people            | 2500000 peopl",
        "five soldiers                 | 5 soldier",
        "3.50 dollars                  | 3.5 dollar",
        "e-mail and email              | email email",
        "co-operate to cooperate       | cooper cooper",
        "jointly-counter aggression    | jointlycount aggress",
        "It is not in the report       | report",
        "the 80th anniversary          | 80 anniversari",
        "the 1st and 22nd days         | 1 22 dai",
        "Peña and Pena, Calderón       | pena pena calderon",
    })
    void chainTurnsTextIntoTerms(String text, String expected) {
        assertThat(String.join(" ", terms(text.strip(), Acronyms.none()))).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "leaders of the North Atlantic Treaty Organization (NATO) met. NATO said no. | North Atlantic Treaty Organization | NATO",
        "the Irish Republican Army, known as the IRA, | Irish Republican Army | IRA",
        "missiles, Advanced Medium-Range Air-to-Air Missiles (AMRAAM), | Advanced Medium-Range Air-to-Air Missiles | AMRAAM",
        "the World Health Organization (WHO) | World Health Organization | WHO",
    })
    void acronymsAreFoundWhereAnArticleSpellsThemOut(String text, String expansion, String acronym) {
        assertThat(Acronyms.in(List.of(text)).expansions()).containsEntry(expansion.strip(), acronym.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a meeting in the city (Reuters) today",
        "talks with the Big Four (G4) countries",
        "the new rules (ABC) apply",
    })
    void bracketsThatDoNotSpellTheWordsBeforeThemAreNotAcronyms(String text) {
        assertThat(Acronyms.in(List.of(text)).expansions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NATO allies met in Brussels | North Atlantic Treaty Organization allies met in Brussels",
        "the IRA ceasefire           | the Irish Republican Army ceasefire",
    })
    void anAcronymAndItsExpansionGiveTheSameTerms(String a, String b) {
        Acronyms acronyms = Acronyms.in(List.of("the North Atlantic Treaty Organization (NATO)",
                "the Irish Republican Army, known as the IRA"));
        assertThat(terms(a.strip(), acronyms)).isEqualTo(terms(b.strip(), acronyms));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the new JRDU base opened     | the new JRADU base opened",
        "two JRDUs were sold          | two JRADUs were sold",
    })
    void anAcronymWrittenOneLetterShortIsReadAsTheAcronym(String a, String b) {
        Acronyms acronyms = Acronyms.in(List.of("the Joint Regional Air Defence Unit (JRADU)", a.strip()));
        assertThat(acronyms.variants()).containsEntry("JRDU", "JRADU");
        assertThat(terms(a.strip(), acronyms)).isEqualTo(terms(b.strip(), acronyms));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the JRADX plan    | JRADX",
        "the JRADUXY plan  | JRADUXY",
        "the NRDU plan     | NRDU",
    })
    void wordsInCapitalsNotOneLetterMoreOrLessThanAnAcronymAreNotItsVariants(String text, String word) {
        Acronyms acronyms = Acronyms.in(List.of("the Joint Regional Air Defence Unit (JRADU)", text.strip()));
        assertThat(acronyms.variants()).doesNotContainKey(word.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks with Sen. Mary Lane went well | mari, lane",
        "A letter from Rev. Paul L. Green arrived | paul, green",
    })
    void aPeriodAfterATitleOrAnInitialDoesNotEndTheSentenceOfAName(String text, String names) {
        assertThat(Terms.of(text, new NewsAnalyzer(Acronyms.none())).names()).contains(names.strip().split(",\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks in Tokyo went well | tokyo",
        "Officials said NATO would act | nato",
    })
    void namesAreCapitalisedWordsInsideTheStatement(String text, String name) {
        assertThat(Terms.of(text, new NewsAnalyzer(Acronyms.none())).names()).containsExactly(name.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5", "50000", "2.5", "3.50", "2.", ".5", "2.5.1", "'1,000'", "5a", "a5", "'\u0665'", "1\u0665", "'5 '", "00", "0.0"})
    void aDecimalIsWhatTheRegexOfDigitsAndOnePointAccepts(String t) {
        assertThat(NumberWordFilter.isDecimal(t)).isEqualTo(t.matches("\\d+(\\.\\d+)?"));
    }

    // each term with its offsets, through the whole chain of the analyzer given
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Terms.FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The North Atlantic Treaty Organization said on Monday that 50,000 troops would stay.",
        "The North Atlantic Treaty Organization said on Monday that troops would stay.",
        "NATO allies, the alliance said, met 3 times in 2024 and 12 000 people came.",
        "A long-range missile hit the e\u2010mail server; 1, 2 and 3 were hurt.",
        "Officials said 2,5 and 10 000 are numbers; the NATOS said no.",
        "Nothing to filter in this statement at all",
    })
    void theChainForATextGivesTheTermsAndOffsetsOfTheWholeChain(String text) throws IOException {
        Acronyms acronyms = Acronyms.in(List.of(text, "the North Atlantic Treaty Organization (NATO) met"));
        for (NewsAnalyzer analyzer : List.of(new NewsAnalyzer(acronyms), new NewsAnalyzer(Acronyms.none()))) {
            assertThat(tokens(analyzer.forText(text), text)).isEqualTo(tokens(analyzer, text));
        }
    }
}
