package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.scan(text, 0, text.length(), Lexicons.standard().elisions).stream()
                .map(m -> text.substring(m.start(), m.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We won,” she said.                                       | We won,
            "We won," she said.                                       | We won,
            He called it a “historic step” and left.                  | historic step
            ‘No deal’ on trade, minister says                         | No deal
            'No deal' on trade, minister says                         | No deal
            Canada’s ’90s rock ’n’ roll was the voters’ choice.        |
            Canada's '90s rock 'n' roll was loud.                     |
            “He told me, ‘Go home,’ and I did,” she said.             | He told me, ‘Go home,’ and I did,
            “A,” she said. “B.”                                       | A,;B.
            “Unclosed quote runs to the end                           | Unclosed quote runs to the end
            Stray close” mark and “a real one”                        | a real one
            """)
    void quotationMarksAreToldApartFromApostrophes(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(quoted(text)).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ‘’It is not about who wins,” she said.                    | It is not about who wins,
            ''It is not about who wins,'' she said.                   | It is not about who wins,
            “We worked every day. “Nobody ever thanked us.”           | We worked every day.;Nobody ever thanked us.
            “We worked every day, “he said” and left.                 | We worked every day, “he said
            """)
    void doubledSingleMarksAndUnclosedCurlyQuotes(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Who pays?“ he asked. “Nobody.”                               | Who pays?;Nobody.
            He said, ”We won.”                                            | We won.
            “Most “Harbor Forms” are slow,” she said.                     | Most “Harbor Forms” are slow,
            "Most “Harbor Forms” are slow," she said.                     | Most “Harbor Forms” are slow,
            “We waited, “he said” and left.                               | We waited, “he said
            “A “b” c. “D.”                                                | A “b;D.
            “A was not “a war of choice.” It is your “claim that we quit.  | A was not “a war of choice.” It is your “claim that we quit.
            He said “A was not “b.” It is “c.                               | A was not “b.;c.
            "The lake is cold, Tim said. "Jump in."                       | The lake is cold, Tim said.;Jump in.
            "Tim once called it a "gold standard," Ann wrote, and left," Roe said. | Tim once called it a "gold standard," Ann wrote, and left,
            "Tim said "no" and "yes" to us                                | no;yes
            """)
    void marksTypedWrongAndNestedQuotationsArePairedAsTheWriterMeant(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    private static List<String> cut(String text) {
        List<QuoteMarks.Marked> marked = QuoteMarks.scan(text, 0, text.length(), Lexicons.standard().elisions);
        return QuoteMarks.cutAttribution(text, marked, w -> Lexicons.standard().verb(w) != null).stream()
                .map(m -> text.substring(m.start(), m.end()) + (m.closed() ? "" : "…")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We built it over the years, he wrote.                        | We built it over the years,
            “We built it over the years, said Sen. Jane Roe.              | We built it over the years,
            “We built it over the years, the mayor told us.               | We built it over the years,
            “We built it over the years, and then I said.                 | We built it over the years, and then I said.…
            “We built it over the years, as we promised.                  | We built it over the years, as we promised.…
            “We built it, he wrote.”                                      | We built it, he wrote.
            """)
    void anUnclosedQuotationEndingInAnAttributionIsCutBeforeIt(String text, String expected) {
        assertThat(cut(text)).isEqualTo(List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            based on the advice of the doctor," said Jane Roe.        | based on the advice of the doctor,
            based on advice,” said Jane Roe. “It is final.”           | based on advice,;It is final.
            """)
    void aParagraphThatGoesOnWithAnOpenQuotationIsQuotedUpToItsClosingMark(String text, String expected) {
        List<String> got = QuoteMarks.scan(text, 0, text.length(), Lexicons.standard().elisions, true).stream()
                .map(m -> text.substring(m.start(), m.end())).toList();
        assertThat(got).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tim wrote "the lake is cold.” Then Ann said "Jump in."        | the lake is cold.;Jump in.
            “The lake is cold," Tim said. "Jump in,” Ann said.            | The lake is cold,;Jump in,
            “The lake is cold" and "so is the pond," Tim said.            | The lake is cold;so is the pond,
            Tim wrote, “the lake is cold". Then "jump in," Ann said.      | the lake is cold;jump in,
            Tim said "the lake is cold. “Jump in,” Ann added.             | the lake is cold.;Jump in,
            "Swim.” “Dive.”                                               | Swim.;Dive.
            """)
    void mixedStraightAndCurlyMarksPairUpWithoutSwallowingLaterQuotes(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tim wrote "the lake is cold.” Then he left. Ann said "Jump in." | Then he left. Ann said
            “The lake is cold." Tim left. “Jump in.”                        | Tim left.
            "The lake is cold” Tim left.                                    | Tim left.
            “The lake is cold,’ Tim said. The town voted to drain it.       | The town voted to drain it.
            “The lake is very cold, Tim said. The town voted to drain it.   | The town voted to drain it.
            """)
    void wordsBetweenMixedQuotationsAreOutsideEveryQuotedPassage(String text, String outside) {
        int at = text.indexOf(outside);
        assertThat(QuotedPassages.in(text, 0, text.length()))
                .noneMatch(p -> p[0] < at + outside.length() && at < p[1]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ‘We were at the Joneses’ house when it started,’ said Roe.      | We were at the Joneses’ house when it started,
            'It is the workers' money and they want it back,' she said.     | It is the workers' money and they want it back,
            Roe slams 'lazy workers' over strike                            | lazy workers
            Roe slams ‘lazy workers’ over ‘bad deal’                        | lazy workers;bad deal
            ‘The farmers’ union agreed,’ said Roe. ‘The drivers’ did not.’  | The farmers’ union agreed,;The drivers’ did not.
            """)
    void aPluralPossessiveInsideASingleQuotationDoesNotCloseIt(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ‘He said “go home”, so we did,’ she added.                      | He said “go home”, so we did,
            ‘He said “go” and “stay”, so we sat,’ she added.                | He said “go” and “stay”, so we sat,
            ‘She told me “no.”’                                             | She told me “no.”
            He called it “a mess” and left.                                 | a mess
            Roe’s “plan” and the voters’ “choice” differ.                   | plan;choice
            """)
    void aDoubleQuotationInsideASingleOneIsPartOfIt(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will appeal the ruling, Jane Roe said. She gave no date.    | We will appeal the ruling,
            "We will appeal the ruling, Jane Roe said. Her lawyer said it "will take months."  | We will appeal the ruling,;will take months.
            “We will appeal the ruling, Jane Roe said. Her lawyer said it “will take months.”  | We will appeal the ruling,;will take months.
            “We will appeal, and then I said. We left.                      | We will appeal, and then I said. We left.…
            “When we came, he said, the boats were gone. We left.           | When we came, he said, the boats were gone. We left.…
            “I knew nothing and had not, by then, seen it. I never will.    | I knew nothing and had not, by then, seen it. I never will.…
            """)
    void anAttributionInsideAnUnclosedQuotationEndsIt(String text, String expected) {
        assertThat(cut(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            We will not accept this," Roe said. "Not now, not ever."       | We will not accept this,;Not now, not ever.
            ‘We will not accept this offer,” said Jane Roe of the nurses’ union. | We will not accept this offer,
            “We will not accept this offer,’ said Jane Roe.                 | We will not accept this offer,
            "We won,' she said. "Next year we win again."                   | We won,;Next year we win again.
            “He said ‘go,’ and left.                                        | He said ‘go,’ and left.
            The 6'2" guard said "we are ready."                             | we are ready.
            """)
    void aMarkTheWriterForgotOrTypedAsASingleOneStillBoundsTheQuotation(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ""We have learned a lot," Roe said. "And you know it."          | We have learned a lot,;And you know it.
            “We are ready,”” said Tom Webb. “Go.”                           | We are ready,;Go.
            "We trained all summer,"" Webb added.                           | We trained all summer,
            He had “a list of steps to take. He added: “My start is this.”  | a list of steps to take.;My start is this.
            He had “a list of steps to take. Mr. Roe added: “My start.”     | a list of steps to take.;My start.
            "I did not send it" he said. Is it him? I can't say for sure" he told Roe. | I did not send it;I can't say for sure
            We won. We will win again," Roe said.                           | We won. We will win again,
            “Now, it is only partly true. He asked about the “Acme Plan” (and that question is straight from the old school.) | Now, it is only partly true. He asked about the “Acme Plan” (and that question is straight from the old school.)
            """)
    void doubledMarksAndForgottenMarksAroundAnAttributionAreRead(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Roe, 45, said the deal was fair," and walked off.
            It was fair, the mayor said," and left.
            """)
    void aStrayClosingMarkWithNoAttributionAfterItQuotesNothing(String text) {
        assertThat(quoted(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} marks")
    @CsvSource({"1000", "20000"})
    void unbalancedMarksNeverHang(int n) {
        String text = "\"“‘'".repeat(n) + " word ’”".repeat(n);
        assertThat(quoted(text)).isNotNull();
    }
}
