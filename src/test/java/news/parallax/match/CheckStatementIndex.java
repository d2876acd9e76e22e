package news.parallax.match;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.extract.Extractor;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Checks {@link StatementIndex} against {@link LuceneStatementIndex} on every statement of every story
 * under a folder: the candidate lists must be equal. A check to run by hand, never a test.
 * Usage (test classpath): {@code CheckStatementIndex STORIES_DIR OUT.txt} (writes the count of queries and
 * of differing lists, and each difference).
 */
public final class CheckStatementIndex {
    private CheckStatementIndex() {}

    public static void main(String[] args) throws Exception {
        List<Story> stories = StoryReader.standard().read(Path.of(args[0]));
        Extractor extractor = Extractor.standard();
        long queries = 0;
        long differ = 0;
        List<String> lines = new ArrayList<>();
        for (Story story : stories) {
            Extraction ex = extractor.extract(story);
            List<Statement> st = ex.statements();
            NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(story.sources().stream().map(Source::text).toList()));
            List<Terms> terms = st.stream().map(s -> Terms.of(s.text(), analyzer)).toList();
            try (StatementIndex mine = StatementIndex.of(terms);
                    LuceneStatementIndex lucene = LuceneStatementIndex.of(st.stream().map(Statement::text).toList(), analyzer)) {
                for (int k : new int[] {Clusterer.CANDIDATES, 1000}) {
                    for (Terms t : terms) {
                        queries++;
                        List<Integer> a = mine.candidates(t, k);
                        List<Integer> b = lucene.candidates(t, k);
                        if (!a.equals(b)) {
                            differ++;
                            lines.add(story.slug() + " k=" + k + ": " + a + " <> " + b);
                        }
                    }
                }
            }
        }
        lines.add(0, queries + " queries, " + differ + " differ");
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
