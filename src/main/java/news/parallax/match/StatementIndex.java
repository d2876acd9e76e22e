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
 * An in-memory Lucene index of one story's statements, searched with BM25 to find the candidates a
 * statement is compared with (so no statement is compared with every other). Not thread-safe; one per
 * story.
 */
final class StatementIndex implements AutoCloseable {

    private static final String NUMBER = "n";
    private static final int MAX_CLAUSES = 512;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Each document's statement number, read once (not once per hit). */
    private final int[] numbers;

    private StatementIndex(DirectoryReader reader) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        StoredFields stored = searcher.storedFields();
        this.numbers = new int[reader.maxDoc()];
        for (int d = 0; d < numbers.length; d++) {
            numbers[d] = stored.document(d).getField(NUMBER).numericValue().intValue();
        }
    }

    /** Indexes {@code texts}; a hit's number is its index in the list. */
    static StatementIndex of(List<String> texts, Analyzer analyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(Terms.FIELD, texts.get(i), Field.Store.NO));
                doc.add(new StoredField(NUMBER, i));
                w.addDocument(doc);
            }
            w.commit();
            return new StatementIndex(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /** The numbers of the {@code k} statements that share most weighted terms with {@code terms}, best first. */
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
            throw new UncheckedIOException("an in-memory index cannot fail to read", e);
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
