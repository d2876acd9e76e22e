package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.match.Fixtures;
import news.parallax.match.Matcher;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Difference;
import news.parallax.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifferencesTest {

    /** A person speaker with no titles or variants. */
    private static Speaker person(String id, String name) {
        return new Speaker(id, name, List.of(), List.of(), Speaker.Kind.PERSON);
    }

    private static List<Difference> differences(Fixtures f, List<Speaker> speakers) {
        Analysis a = new Analysis(f.story(), speakers, f.extraction().statements(),
                Matcher.standard().cluster(f.story(), f.extraction()));
        Cluster first = a.clusters().get(0);
        return Differences.of(first, a);
    }

    @Test
    void sameQuoteWithOtherWordsIsAWordingDifferenceNamingTheWords() {
        Fixtures f = new Fixtures()
                .source("a", "\"Our country is an indispensable partner in keeping the peace,\" he said.")
                .source("b", "\"Our country is our indispensable partner in keeping the peace,\" he said.")
                .quote("a", "Our country is an indispensable partner in keeping the peace,")
                .quote("b", "Our country is our indispensable partner in keeping the peace,");
        assertThat(differences(f, List.of())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.sources()).containsExactly("a", "b");
            assertThat(d.detail()).contains("\"is our indispensable\"", "\"is an indispensable\"", "Outlet A", "Outlet B");
        });
    }

    @Test
    void twoWordingsWithTheSameChangeMakeOneNoteNamingBothSources() {
        Fixtures f = new Fixtures()
                .source("a", "\"We reject his visit and we reject the plan he brings with him,\" he said.")
                .source("b", "He said: \"reject his visit and we reject the plan he brings with him.\"")
                .source("c", "\"We reject his message and we reject the plan he brings with him today,\" he said.")
                .quote("a", "We reject his visit and we reject the plan he brings with him,")
                .quote("b", "reject his visit and we reject the plan he brings with him.")
                .quote("c", "We reject his message and we reject the plan he brings with him today,");
        assertThat(differences(f, List.of())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.sources()).containsExactly("a", "b", "c");
            assertThat(d.detail()).isEqualTo("Outlet A and Outlet B quote \"his visit and\" where Outlet C has \"his message and\".");
        });
    }

    @Test
    void capitalsAloneAreAMinorWordingDifferenceAndPunctuationAloneIsNone() {
        Fixtures f = new Fixtures()
                .source("a", "\"We stand against communist aggression in the region,\" he said.")
                .source("b", "\"We stand against Communist aggression in the region.\" he said.")
                .source("c", "\"We stand against communist aggression in the region!\" he said.")
                .quote("a", "We stand against communist aggression in the region,")
                .quote("b", "We stand against Communist aggression in the region.")
                .quote("c", "We stand against communist aggression in the region!");
        assertThat(differences(f, List.of())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.sources()).containsExactly("a", "b");
            assertThat(d.detail()).startsWith("Minor:").contains("\"Communist\"");
        });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // a short quote against the part of a long one it comes from, not words scattered across it
        "what is this a joke | we came for answers what is this the joke they call a plan this is not a joke"
            + " | CHANGE [a] -> [the]",
        "it is not about the roads it is not about the schools it is about some grand idea not an idea of the people"
            + " | it is about some grand idea oh not an idea of the people | INSERT [] -> [oh]",
        // a change at either end where both quotes have a word or two there
        "we will win this race | they will win this race | CHANGE [we] -> [they]",
        "we will win this race | we will win this contest | CHANGE [race] -> [contest]",
        // the shorter quote leaves words out inside: the common subsequence of the whole
        "under duress | he was under a lot of duress | INSERT [] -> [a, lot, of]",
        "i quickly took it down | i read the message and quickly took it down | INSERT [] -> [read, the, message, and]",
        // an excerpt: nothing
        "rebuild every school | we will rebuild every school in the valley | ''",
    })
    void wordingChangesAreFoundInTheStretchBothQuotesCover(String a, String b, String expected) {
        List<String> changes = Differences.changes(List.of(a.split(" ")), List.of(b.split(" "))).stream()
                .map(d -> d.getType() + " " + d.getSource().getLines() + " -> " + d.getTarget().getLines()).toList();
        assertThat(String.join("; ", changes)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // session 13 (clus14): a speaker's two quotes in one mixed cluster, no word in common or a few
        "a closer look | nobody here wants to turn this into a feud with the council | true",
        "a fair deal for the port | sadly the talks did not end the way we hoped for the port | true",
        // one quote printed two ways: a word or two changed
        "that d n bridge | that damn bridge | false",
        "we agree that the ferries and the harbour are vital the fees will be paused for now"
            + " | the mayor and i have spoken and we agree that the ferries and harbour are vital | false",
        "our country is an indispensable partner | our country is our indispensable partner | false",
        // an excerpt
        "rebuild every school | we will rebuild every school in the valley | false",
    })
    void twoPassagesOfOneRemarkAreNoQuotePrintedTwoWays(String a, String b, boolean expected) {
        assertThat(Differences.twoPassages(List.of(a.split(" ")), List.of(b.split(" ")))).isEqualTo(expected);
        assertThat(Differences.twoPassages(List.of(b.split(" ")), List.of(a.split(" ")))).isEqualTo(expected);
    }

    @Test
    void anExcerptOfALongerQuoteIsNoWordingDifference() {
        Fixtures f = new Fixtures()
                .source("a", "\"We will rebuild every school in the valley before winter,\" the mayor said.")
                .source("b", "The mayor promised to \"rebuild every school in the valley\" soon.")
                .quote("a", "We will rebuild every school in the valley before winter,")
                .partial("b", "rebuild every school in the valley");
        assertThat(differences(f, List.of())).isEmpty();
    }

    @Test
    void aQuoteThatRepeatsItsOpeningWordsInsideALongerOneIsAnExcerpt() {
        Fixtures f = new Fixtures()
                .source("a", "\"I am not in favour of the new tax,\" she said.")
                .source("b", "\"I am against waste and I am not in favour of the new tax,\" she said.")
                .quote("a", "I am not in favour of the new tax,")
                .quote("b", "I am against waste and I am not in favour of the new tax,");
        assertThat(differences(f, List.of())).isEmpty();
    }

    @Test
    void abbreviationsWithAndWithoutDotsAreTheSameWords() {
        Fixtures f = new Fixtures()
                .source("a", "\"She told the FBI about the meetings twice and heard nothing back,\" he said.")
                .source("b", "\"She told the F.B.I. about the meetings twice and heard nothing back,\" he said.")
                .quote("a", "She told the FBI about the meetings twice and heard nothing back,")
                .quote("b", "She told the F.B.I. about the meetings twice and heard nothing back,");
        assertThat(differences(f, List.of())).isEmpty();
    }

    @Test
    void aTitleOneOutletAbbreviatesIsAMinorDifferenceNotAName() {
        Fixtures f = new Fixtures()
                .source("a", "\"Sen. Vale thinks the bridge should be built somewhere else,\" he said.")
                .source("b", "\"Senator Vale thinks the bridge should be built somewhere else,\" he said.")
                .quote("a", "Sen. Vale thinks the bridge should be built somewhere else,")
                .quote("b", "Senator Vale thinks the bridge should be built somewhere else,");
        assertThat(differences(f, List.of())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.detail()).startsWith("Minor:").contains("\"Sen.\"", "\"Senator\"", "abbreviation");
        });
    }

    @Test
    void anAbbreviationBesideARealChangeLeavesOnlyTheChange() {
        Fixtures f = new Fixtures()
                .source("a", "\"Gov. Vale wants the bridge rebuilt before the winter comes,\" he said.")
                .source("b", "\"Governor Vale wants the bridge repaired before the winter comes,\" he said.")
                .quote("a", "Gov. Vale wants the bridge rebuilt before the winter comes,")
                .quote("b", "Governor Vale wants the bridge repaired before the winter comes,");
        assertThat(differences(f, List.of())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.detail()).contains("repaired", "rebuilt").doesNotContain("Governor");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "Sen, Sen. Vale, Senator, true",
            "Mt, the Mt. Hood trail, Mount, true",
            "Sgt, Sgt. Roe, Sergeant, true",
            "NSA, the NSA. It, NASA, false",
            "Sen, Sen Vale, Senator, false",
            "Sen, Sen. Vale, Sen, false",
            "Gen, Gen. Roe, Ruler, false",
            "Al, Al. Roe, Alberta, true",
    })
    void anAbbreviationIsAShortCapitalisedWordWithADotMadeOfTheLongWordsLettersInOrder(String shortWord,
            String printed, String longWord, boolean expected) {
        assertThat(Differences.abbreviates(shortWord, printed, longWord)).isEqualTo(expected);
    }

    @Test
    void figuresThatDisagreeAreANumberDifference() {
        Fixtures f = new Fixtures()
                .source("a", "The country hosts about 50,000 troops and a carrier group at its bases.")
                .source("b", "The country hosts about 54,000 troops and a carrier group at its bases.")
                .claim("a", "The country hosts about 50,000 troops and a carrier group at its bases.")
                .claim("b", "The country hosts about 54,000 troops and a carrier group at its bases.");
        assertThat(differences(f, List.of())).filteredOn(d -> d.kind().equals("number")).singleElement()
                .satisfies(d -> assertThat(d.detail()).contains("\"50,000\"", "\"54,000\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // session 12 (clus13): a day of the month is compared with days of the month only, a year with years
        "The harbour office was closed to the public on May 12, 2019"
                + " | The harbour office was closed to the public between May 2019 and June 2020 | ''",
        "The harbour office was closed on May 12, 2019, and reopened on June 3, 2020"
                + " | The harbour office was closed on May 12, 2019, and reopened on June 3, 2021 | \"2020\" \"2021\"",
        "The harbour office was closed on May 12, 2019, and reopened on June 3, 2020"
                + " | The harbour office was closed on May 14, 2019, and reopened on June 3, 2020 | \"12\" \"14\"",
    })
    void figuresAreComparedWithFiguresOfTheirKind(String a, String b, String disagreeing) {
        Fixtures f = new Fixtures().source("a", a + ".").source("b", b + ".").claim("a", a).claim("b", b);
        Analysis analysis = new Analysis(f.story(), List.of(), f.extraction().statements(),
                Matcher.standard().cluster(f.story(), f.extraction()));
        assertThat(analysis.clusters()).hasSize(1);
        List<Difference> numbers = differences(f, List.of()).stream().filter(d -> d.kind().equals("number")).toList();
        if (disagreeing.isEmpty()) {
            assertThat(numbers).isEmpty();
        } else {
            assertThat(numbers).singleElement().satisfies(d -> assertThat(d.detail()).contains(disagreeing.split(" ")));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // session 12 (clus13): an outlet credited with its own statement reports it; no one else is credited
        "New York Times | The New York Times | true",
        "The Daily Courier | Daily Courier | true",
        "Daily Courier | The New York Times | false",
        "Jane Roe | Source A | false",
    })
    void aSpeakerNamedAsTheOutletThatPrintsTheStatementIsTheOutletsOwnReporting(String speaker, String outlet,
            boolean expected) {
        assertThat(Differences.ownOutlet(speaker, outlet)).isEqualTo(expected);
    }

    @Test
    void anOutletsOwnReportingIsNoOtherAttribution() {
        String words = "The mayor met the harbour pilots in June who had promised to drop the strike";
        Fixtures f = new Fixtures()
                .source("a", words + ", Outlet A reported.")
                .source("b", words + ", Jane Roe said.")
                .claim("a", words, "outlet-a")
                .claim("b", words, "jane-roe");
        List<Speaker> speakers = List.of(new Speaker("outlet-a", "Outlet A", List.of(), List.of(),
                Speaker.Kind.ORGANIZATION), person("jane-roe", "Jane Roe"));
        List<Difference> found = differences(f, speakers);
        assertThat(found).noneMatch(d -> d.detail().contains("credited differently"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "on September 20, 2016 | date:20 year:2016",
        "between Sept. 4 and 2,016 boats | date:4 2016",
        "in 1850 and 20 more | 1850 20",
        "on Monday, May 1 | day:1 date:1",
    })
    void aFiguresKindIsAYearADayOfTheMonthADayOfTheWeekOrNone(String text, String keys) {
        assertThat(String.join(" ", Figures.of(text).keySet())).isEqualTo(keys);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"MRAAM, AMRAAM", "Hegeth, Hegseth", "Kandahar, Kandahr", "Brown, Browne", "Iran, Iraq", "Moamar, Muamar"})
    void namesSpeltNearlyTheSameAreANameDifference(String x, String y) {
        assertThat(Differences.nearly(x, y)).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Monday, Sunday", "Paris, Parma", "NATO, NASA", "Japan, japan", "Republican, Republicans", "MRAAMs, MRAAM",
            "Russia, Russian", "Democrat, Democratic", "Democratic, Democrats", "Senate, Senator", "Korea, Korean"})
    void differentNamesAreNotMisspellings(String x, String y) {
        assertThat(Differences.nearly(x, y)).isFalse();
    }

    @Test
    void theSameWordsCreditedToDifferentSpeakersAreAnAttributionDifference() {
        Fixtures f = new Fixtures()
                .source("a", "\"The border will stay open for trade and for families,\" the minister said.")
                .source("b", "\"The border will stay open for trade and for families,\" the governor said.")
                .quote("a", "The border will stay open for trade and for families,", "minister")
                .quote("b", "The border will stay open for trade and for families,", "governor");
        List<Speaker> speakers = List.of(person("minister", "Ana Ruiz"),
                person("governor", "Bo Lind"));
        assertThat(differences(f, speakers)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("attribution");
            assertThat(d.detail()).contains("Ana Ruiz", "Bo Lind");
        });
    }

    @Test
    void aDescribedSpeakerIsNoEvidenceOfADifferentAttribution() {
        // "a spokeswoman" may well be the person the other outlet names
        Fixtures f = new Fixtures()
                .source("a", "\"The border will stay open for trade and for families,\" a spokeswoman said.")
                .source("b", "\"The border will stay open for trade and for families,\" said Ana Ruiz.")
                .quote("a", "The border will stay open for trade and for families,", "a-spokeswoman")
                .quote("b", "The border will stay open for trade and for families,", "ana-ruiz");
        List<Speaker> speakers = List.of(
                person("a-spokeswoman", "a spokeswoman"),
                person("ana-ruiz", "Ana Ruiz"));
        assertThat(differences(f, speakers)).noneMatch(d -> d.kind().equals("attribution"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Ana Ruiz, true", "NATO, true", "The Hague Tribunal, true", "The reporter, false", "a spokeswoman, false",
            "Another man, false", "the committee, false", "officials, false", "Several lawmakers, false"})
    void aSpeakerIsNamedUnlessItsNameOpensWithADeterminerOrASmallLetter(String name, boolean named) {
        assertThat(Differences.named(name)).isEqualTo(named);
    }

    @Test
    void quotedByOneOutletAndParaphrasedByAnotherIsAnAttributionDifference() {
        Fixtures f = new Fixtures()
                .source("a", "\"The bridge will reopen to traffic in May after the repairs,\" the mayor said.")
                .source("b", "The mayor said the bridge would reopen to traffic in May after repairs.")
                .quote("a", "The bridge will reopen to traffic in May after the repairs,")
                .claim("b", "The mayor said the bridge would reopen to traffic in May after repairs.");
        assertThat(differences(f, List.of())).filteredOn(d -> d.kind().equals("attribution")).singleElement()
                .satisfies(d -> assertThat(d.detail()).contains("Outlet A prints these words in quotation marks",
                        "Outlet B gives them without"));
    }

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', value = {
        // outlet B's claim gives the quoted word without marks
        "The mayor said she had \"real doubts\" about the toll plan for the old river bridge. | real doubts"
            + " | The mayor said she has doubts about the toll plan for the old river bridge. | true",
        // outlet B's claim puts words of its own in quotation marks: it quotes the mayor too
        "The mayor said she had \"real doubts\" about the toll plan for the old river bridge. | real doubts"
            + " | The mayor said she had \"serious doubts\" about the toll plan for the old river bridge. | false",
        // a word outlet A quotes inside its own sentence, which outlet B's sentence never uses
        "The mayor said she would not \"budge\" on the toll plan for the old river bridge. | budge"
            + " | The mayor said she would keep the toll plan for the old river bridge. | false",
    })
    void quotationMarksNoteOnlyWhereTheOtherOutletGivesTheWordsWithoutMarks(String a, String quote, String b, boolean note) {
        Fixtures f = new Fixtures().source("a", a).source("b", b).claim("a", a).quote("a", quote).claim("b", b);
        Analysis an = new Analysis(f.story(), List.of(), f.extraction().statements(),
                Matcher.standard().cluster(f.story(), f.extraction()));
        Cluster first = an.clusters().get(0);
        assertThat(first.sources()).containsExactly("a", "b");
        assertThat(Differences.of(first, an)).filteredOn(d -> d.detail().contains("quotation marks"))
                .hasSize(note ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Mike Roe, Michael Roe, true", "Jane Roe, Jane Q. Roe, true", "Jane Roe, Jane Roe., true",
            "Ann Lee Jr., Ann Lee Jr, true", "Jane Roe, Jane Roe Jr., false", "Jane Roe, Bill Roe, false",
            "Jane Roe, Jane Doe, false", "Roe, Jane Roe, false"})
    void namesThatMayBeOnePersonAreNoTwoAttributions(String a, String b, boolean same) {
        assertThat(Differences.maybeOnePerson(a, b)).isEqualTo(same);
    }

    @Test
    void oneQuoteCreditedToTwoSpellingsOfOneNameIsNoAttributionDifference() {
        Fixtures f = new Fixtures()
                .source("a", "\"The border will stay open for trade and for families,\" said Mike Roe.")
                .source("b", "\"The border will stay open for trade and for families,\" said Michael Roe.")
                .quote("a", "The border will stay open for trade and for families,", "mike-roe")
                .quote("b", "The border will stay open for trade and for families,", "michael-roe");
        List<Speaker> speakers = List.of(person("mike-roe", "Mike Roe"),
                person("michael-roe", "Michael Roe"));
        assertThat(differences(f, speakers)).noneMatch(d -> d.kind().equals("attribution"));
    }

    @Test
    void anOutletThatCreditsTheWordsToBothPeopleReportsNoOtherAttribution() {
        // outlet A prints the minister's words and the governor repeating them; outlet B the minister's alone
        Fixtures f = new Fixtures()
                .source("a", "\"The border will stay open for trade and for families,\" the minister said. Later the governor"
                        + " told reporters: \"The border will stay open for trade and for families.\"")
                .source("b", "\"The border will stay open for trade and for families,\" the minister said.")
                .quote("a", "The border will stay open for trade and for families,", "minister")
                .quote("a", "The border will stay open for trade and for families.", "governor")
                .quote("b", "The border will stay open for trade and for families,", "minister");
        List<Speaker> speakers = List.of(person("minister", "Ana Ruiz"),
                person("governor", "Bo Lind"));
        Analysis a = new Analysis(f.story(), speakers, f.extraction().statements(),
                Matcher.standard().cluster(f.story(), f.extraction()));
        Cluster first = a.clusters().get(0);
        assertThat(first.statements()).hasSize(3);
        assertThat(Differences.of(first, a)).noneMatch(d -> d.kind().equals("attribution"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a word censored with dashes is one word in the note, as printed
        "\"They built that d---n fence for nothing,\" he said. | d---n fence",
        "\"They built that d\u2013\u2013n fence for nothing,\" he said. | d\u2013\u2013n fence",
        // words apart stay apart, whatever stands between them
        "\"They built that d -- n fence for nothing,\" he said. | d n fence",
    })
    void aWordCensoredWithDashesKeepsItsDashesInTheNote(String printed, String expected) {
        String quote = printed.substring(1, printed.indexOf(",\""));
        Fixtures f = new Fixtures()
                .source("a", printed)
                .source("b", "\"They built that darn fence for nothing,\" he said.")
                .quote("a", quote + ",")
                .quote("b", "They built that darn fence for nothing,");
        assertThat(differences(f, List.of())).singleElement()
                .satisfies(d -> assertThat(d.detail()).contains("\"that " + expected + "\""));
    }
}
