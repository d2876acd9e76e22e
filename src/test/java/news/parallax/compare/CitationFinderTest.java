package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationFinderTest {
    private static final CitationFinder FINDER = CitationFinder.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The deal was signed, Reuters reported.                              | wire:Reuters
            The deal was signed, according to the AP.                           | wire:The Associated Press
            The Associated Press first reported the deal.                       | wire:The Associated Press
            Officials confirmed the plan, state news agency Xinhua said.        | wire:Xinhua
            The plan began last week, according to Kyodo.                       | wire:Kyodo News
            He told CNN on Sunday that talks would go on.                        | outlet:CNN
            She said in an interview with Fox News that she would run.           | outlet:Fox News
            The Wall Street Journal reports that the bank will close.            | outlet:The Wall Street Journal
            The story was first reported by the Daily Herald.                    | outlet:Daily Herald
            The Springfield Gazette reported that the mayor resigned.            | outlet:Springfield Gazette
            Public broadcaster RTQ reported the quake.                           | outlet:RTQ
            The Defense Ministry said in a statement that the drill was over.    | official:Defense Ministry
            The Ministry of Foreign Affairs said the envoy would return.         | official:Ministry of Foreign Affairs
            A State Department spokesman said the talks were useful.            | official:State Department
            “It is over,” said the Interior Ministry.                            | official:Interior Ministry
            Japan’s Defense Ministry officials told reporters it was routine.    | official:Japan’s Defense Ministry
            The Pentagon said the ship was safe.                                 | official:Pentagon
            According to the White House, the call lasted an hour.              | official:White House
            But State Department officials said nothing.                        | official:State Department
            Bloomberg reported the merger.                                       | wire:Bloomberg News
            Mayor Bloomberg said the city would act.                             | ``
            The president visited the White House and the Pentagon.              | ``
            He told Nakamura that the Defense Ministry was ready.                | ``
            The senator told the Senate Armed Services Committee he disagreed.   | ``
            Senate Majority Leader John Doe said the vote would be held.         | ``
            The Daily Show host said the bill was a joke.                        | ``
            The minister said the ministry would respond.                        | ``
            Smith reported the results to the board.                             | ``
            The Fox News host urged the party to change.                         | ``
            A CNN contributor said the bill would pass.                          | ``
            """)
    void citedSourcesAreFoundWithTheirKind(String sentence, String expected) {
        List<String> found = FINDER.find(sentence).stream().map(f -> f.kind() + ":" + f.name()).toList();
        assertThat(found).containsExactlyElementsOf(expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(", ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AP reports, according to ABC News, that the talks ended.   | wire:The Associated Press, outlet:ABC News
            Reuters and AFP reported the blast.                       | wire:Reuters, wire:Agence France-Presse
            """)
    void severalCitationsInOneSentenceAreFoundInOrder(String sentence, String expected) {
        assertThat(FINDER.find(sentence).stream().map(f -> f.kind() + ":" + f.name()).toList())
                .containsExactly(expected.split(", "));
    }
}
