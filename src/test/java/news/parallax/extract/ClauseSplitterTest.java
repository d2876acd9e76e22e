package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a sentence is cut into clauses, and where it is not. */
class ClauseSplitterTest {

    private static final ClauseSplitter SPLITTER = ClauseSplitter.standard();

    static Stream<Arguments> sentences() {
        return Stream.of(
                // two facts joined by a comma and a coordinating word: the word belongs to neither
                Arguments.of("The bank raised its rate to 5 percent, and the currency rose against the dollar.",
                        List.of("The bank raised its rate to 5 percent", "the currency rose against the dollar.")),
                Arguments.of("The union called a strike for Monday, but the company cancelled all its flights.",
                        List.of("The union called a strike for Monday", "the company cancelled all its flights.")),
                // a subordinating word starts the second clause
                Arguments.of("Both sides agreed to build a pipeline, while also considering a second route.",
                        List.of("Both sides agreed to build a pipeline", "while also considering a second route.")),
                Arguments.of("The plant closed in 2019, whereas the mine stayed open for another decade.",
                        List.of("The plant closed in 2019", "whereas the mine stayed open for another decade.")),
                // a semicolon
                Arguments.of("Six people died in the fire; the cause is still under investigation.",
                        List.of("Six people died in the fire", "the cause is still under investigation.")),
                // a comma closing a quotation before the next clause
                Arguments.of("She called it \u201ca turning point,\u201d while her party voted against the bill.",
                        List.of("She called it \u201ca turning point", "while her party voted against the bill.")),
                // a participle after a comma: cut only in a sentence with quoted words
                Arguments.of("He praised the deal, calling it \u201cthe best in a decade\u201d in a speech.",
                        List.of("He praised the deal", "calling it \u201cthe best in a decade\u201d in a speech.")),
                Arguments.of("The minister visited the island, marking the 80th anniversary of the battle.",
                        List.of("The minister visited the island, marking the 80th anniversary of the battle.")),
                // no cut: a list that goes on, a short tail, a single clause, a phrase with "including"
                Arguments.of("The base has 40 jets, two destroyers, and a supply ship that serves the fleet.",
                        List.of("The base has 40 jets, two destroyers, and a supply ship that serves the fleet.")),
                Arguments.of("Prices rose sharply, and then fell.", List.of("Prices rose sharply, and then fell.")),
                Arguments.of("The council approved the budget on Tuesday.", List.of("The council approved the budget on Tuesday.")),
                Arguments.of("They bought new missiles, including long-range ones built abroad.",
                        List.of("They bought new missiles, including long-range ones built abroad.")),
                Arguments.of("She was given a senior, but unpaid, role on the board, the company said.",
                        List.of("She was given a senior, but unpaid, role on the board, the company said.")),
                // a link of two words opens the second clause; "as well as" joins phrases and is no link
                Arguments.of("The agency hired 40 inspectors, even though its budget was cut in March.",
                        List.of("The agency hired 40 inspectors", "even though its budget was cut in March.")),
                Arguments.of("The museum closed two wings, because the roof leaked after the storm.",
                        List.of("The museum closed two wings", "because the roof leaked after the storm.")),
                Arguments.of("The town used the grant to pave its roads, as well as to build a new library.",
                        List.of("The town used the grant to pave its roads, as well as to build a new library.")),
                // a semicolon parts clauses, not the items of a list
                Arguments.of("The plan calls for hiring 200 nurses; building two clinics; and training new staff.",
                        List.of("The plan calls for hiring 200 nurses; building two clinics; and training new staff.")),
                Arguments.of("The panel heard from Ada Vance, the former treasurer; Li Moreno, who ran the audit; and Sam Ortiz.",
                        List.of("The panel heard from Ada Vance, the former treasurer; Li Moreno, who ran the audit; and Sam Ortiz.")),
                Arguments.of("The mayor spoke first at the rally; later on, she was booed by a group of farmers.",
                        List.of("The mayor spoke first at the rally", "later on, she was booed by a group of farmers.")),
                Arguments.of("The firm sold its trucks, as many as were left after the fire.",
                        List.of("The firm sold its trucks, as many as were left after the fire.")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void sentenceIsCutIntoItsClauses(String sentence, List<String> clauses) {
        String text = "Lead. " + sentence + " Tail.";
        int start = 6;
        assertThat(SPLITTER.split(text, start, start + sentence.length()))
                .extracting(c -> text.substring(c.start(), c.end()))
                .containsExactlyElementsOf(clauses);
    }
}
