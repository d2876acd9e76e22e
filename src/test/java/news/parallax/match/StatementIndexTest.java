package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.extract.Extractor;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statement index ranks candidates exactly as a Lucene BM25 index of the statements does. */
class StatementIndexTest {

    static Stream<Arguments> collections() throws Exception {
        Story seeds = StoryReader.standard().readStory(Path.of("seeds"));
        List<String> seedTexts = Extractor.standard().extract(seeds).statements().stream().map(Statement::text).toList();
        List<String> seedSources = seeds.sources().stream().map(Source::text).toList();
        // equal texts and texts of equal length tie: the earlier statement comes first
        List<String> ties = List.of("The army said ten soldiers died.", "Ten soldiers died, the army said.",
                "The army said ten soldiers died.", "The navy said two ships sank.", "Two ships sank, the navy said.",
                "The United Nations (UN) met.", "The UN met on Monday.", "", "Said the of and.",
                "Soldiers, soldiers and soldiers: ten soldiers.", "2.5 million people, five ships, 50,000 troops.");
        List<String> long1 = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long1.add("Statement " + i + " about word" + (i % 7) + " and word" + (i % 3) + " with term" + (i % 11)
                    + (i % 2 == 0 ? " said the minister" : " according to officials"));
        }
        return Stream.of(Arguments.of("the seed story's statements", seedTexts, seedSources),
                Arguments.of("statements that tie", ties, ties), Arguments.of("many alike statements", long1, long1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void candidatesAreTheSameAsALuceneIndexGives(String name, List<String> texts, List<String> sources) {
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(sources));
        List<Terms> terms = texts.stream().map(t -> Terms.of(t, analyzer)).toList();
        try (StatementIndex mine = StatementIndex.of(terms);
                LuceneStatementIndex lucene = LuceneStatementIndex.of(texts, analyzer)) {
            for (int k : new int[] {1, 3, Clusterer.CANDIDATES, 1000}) {
                for (Terms t : terms) {
                    assertThat(mine.candidates(t, k)).as("%s, k=%d", t.terms(), k).isEqualTo(lucene.candidates(t, k));
                }
            }
            assertThat(mine.candidates(terms.get(0), Clusterer.CANDIDATES)).isNotEmpty();
        }
    }
}
