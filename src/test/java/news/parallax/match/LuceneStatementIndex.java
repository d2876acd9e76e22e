package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The reference {@link StatementIndex} is checked against: a real Lucene index of the statements' texts
 * (analysed with the matcher's analyzer), searched with BM25 by a disjunction of the distinct terms.
 */
final class LuceneStatementIndex implements AutoCloseable {

    private static final String NUMBER = "n";
    private static final int MAX_CLAUSES = 512;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] numbers;

    private LuceneStatementIndex(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        StoredFields stored = searcher.storedFields();
        this.numbers = new int[reader.maxDoc()];
        for (int d = 0; d < numbers.length; d++) {
            numbers[d] = stored.document(d).getField(NUMBER).numericValue().intValue();
        }
    }

    static LuceneStatementIndex of(List<String> texts, Analyzer analyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(Terms.FIELD, texts.get(i), Field.Store.NO));
                doc.add(new StoredField(NUMBER, i));
                w.addDocument(doc);
            }
            w.commit();
            return new LuceneStatementIndex(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Integer> candidates(Terms terms, int k) {
        TreeSet<String> distinct = new TreeSet<>(terms.terms());
        if (distinct.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String t : distinct) {
            if (clauses >= MAX_CLAUSES) {
                break;
            }
            q.add(new TermQuery(new Term(Terms.FIELD, t)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        try {
            List<Integer> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q.build(), k).scoreDocs) {
                out.add(numbers[hit.doc]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
