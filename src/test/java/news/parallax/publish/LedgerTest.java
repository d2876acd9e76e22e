package news.parallax.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"a/index.html", "", "caf\u00e9/\u201cq\u201d.html", "nul\u0000here", "\ud83d\ude00/x", "(dev=803,ino=1)"})
    void aStampReadsBackAsItWasWrittenWhateverItsCharacters(String text) throws Exception {
        List<Ledger.Stamp> stamps = List.of(new Ledger.Stamp(text, 12, -5L, text),
                new Ledger.Stamp("data/x.json", Long.MAX_VALUE, Long.MIN_VALUE, "(dev=2049,ino=123456789)"));
        Map<String, Ledger.Entry> entries = new TreeMap<>();
        entries.put("key", Ledger.Entry.of(stamps));
        Path file = tmp.resolve("published.ledger");
        Ledger.write(file, entries);

        Map<String, Ledger.Entry> back = Ledger.read(file);

        assertThat(back).containsOnlyKeys("key");
        assertThat(back.get("key").stamps()).isEqualTo(stamps);
    }

    @Test
    void aTornEntryDecodesToNoStampsSoNothingIsCarriedOver() throws Exception {
        Map<String, Ledger.Entry> entries = new TreeMap<>();
        entries.put("key", Ledger.Entry.of(List.of(new Ledger.Stamp("a/index.html", 1, 2, "(dev=1,ino=2)"))));
        Path file = tmp.resolve("published.ledger");
        Ledger.write(file, entries);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        // the entry's own count says two stamps where one was written: its bytes end early
        int count = bytes.length - (4 + 2 + 12 + 8 + 8 + 2 + 13); // the entry: its count, then one stamp
        bytes[count + 3] = 2;
        java.nio.file.Files.write(file, bytes);

        assertThat(Ledger.read(file).get("key").stamps()).isEmpty();
    }
}
