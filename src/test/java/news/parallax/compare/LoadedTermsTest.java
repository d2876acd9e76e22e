package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadedTermsTest {

    /** Sources a and b of a two-source story, each one paragraph; the contrasts, one per line. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The regime sent troops.                 | The government sent troops.          | a: regime / government / b
            Critics slammed the plan.               | Critics criticized the plan.         | a: slammed / criticized / b
            Police detained illegal aliens.         | Police detained undocumented immigrants. | a: illegal aliens / undocumented immigrants / b
            He claimed the talks failed.            | He said the talks failed.            | a: claimed / said / b
            The group claimed responsibility.       | The group said it did it.            | ``
            Officials called it “a scheme”.         | Officials called it a plan.          | ``
            The so-called deal was signed.          | The deal was signed.                 | a: so-called / (no loaded term) / b
            The regime and the government met.      | The regime met.                      | ``
            The regime met.                         | Nobody met.                          | ``
            Critics slammed it.                     | Critics slammed and criticized it.   | ``
            """)
    void aLoadedTermIsReportedWhereTheOtherSourceUsesTheNeutralOne(String a, String b, String expected) {
        var contrasts = Framing.loadedTerms(Fixtures.analysis(Fixtures.source("a", null, a), Fixtures.source("b", null, b)));
        List<String> lines = contrasts.stream()
                .map(c -> c.source() + ": " + c.loaded() + " / " + c.neutral() + " / " + String.join(",", c.neutralSources()))
                .toList();
        assertThat(lines).containsExactlyElementsOf(expected == null || expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void neutralSourcesAreThoseUsingTheNeutralTermAndNoLoadedOne() {
        LoadedTerms lexicon = LoadedTerms.parse(List.of("scheme, schemes | plan, plans"));
        Map<String, List<String>> words = new TreeMap<>(Map.of(
                "a", Words.all("the schemes and the scheme"),
                "b", Words.all("the plan"),
                "c", Words.all("the scheme and the plans"),
                "d", Words.all("the plans and plans")));
        assertThat(lexicon.contrasts(words)).containsExactly(
                new Comparison.TermContrast("a", "scheme", "plans", List.of("b", "d")),
                new Comparison.TermContrast("c", "scheme", "plans", List.of("b", "d")));
    }

    @Test
    void termsDoNotMatchAcrossParagraphs() {
        LoadedTerms lexicon = LoadedTerms.parse(List.of("illegal aliens | undocumented immigrants"));
        Map<String, List<String>> words = new TreeMap<>(Map.of(
                "a", List.of("illegal", LoadedTerms.BREAK, "aliens"),
                "b", Words.all("undocumented immigrants")));
        assertThat(lexicon.contrasts(words)).isEmpty();
    }

    @Test
    void aLineWithoutTheNeutralSideIsRefused() {
        assertThatThrownBy(() -> LoadedTerms.parse(List.of("regime"))).hasMessageContaining("\"regime\"");
    }
}
