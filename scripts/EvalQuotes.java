import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@code parallax extract} against the GGT quote annotations: precision, recall and F1 at
 * more than 30% and more than 80% overlap of each gold quote's characters (one-to-one matching), for
 * direct quotes and for all quotes (direct and reported speech), and speaker accuracy (surname of the
 * resolved name) on matched direct quotes. Run by scripts/eval-quotes.sh.
 */
public final class EvalQuotes {

    record Span(int start, int end, String speaker) {}

    /** Error dump lines (only when a dump file is given as the third argument). */
    static final List<String> DUMP = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path dir = Files.createTempDirectory("parallax-ggt");
        List<JsonNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            ObjectNode o = json.createObjectNode().put("text", a.get("text").asText());
            Files.write(dir.resolve(String.format(Locale.ROOT, "a%03d.json", articles.size())), json.writeValueAsBytes(o));
            articles.add(a);
        }
        Path out = dir.resolve("out.extract");
        Process p = new ProcessBuilder("java", "-jar", args[1], "extract", "--input", dir.toString(), "--output", out.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("extract failed");
        }
        JsonNode result = json.readTree(out.toFile());
        Map<String, JsonNode> docs = new HashMap<>();
        for (JsonNode d : result.get("documents")) {
            docs.put(d.get("file").asText(), d);
        }
        double[][] counts = new double[4][3]; // [direct30, direct80, all30, all80][tp, pred, gold]
        int speakerRight = 0;
        int speakerTotal = 0;
        for (int i = 0; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            String text = a.get("text").asText();
            JsonNode doc = docs.get(String.format(Locale.ROOT, "a%03d.json", i));
            Map<String, String> names = new HashMap<>();
            List<Span> direct = new ArrayList<>();
            List<Span> all = new ArrayList<>();
            List<Span> reported = new ArrayList<>();
            List<Span> partial = new ArrayList<>();
            if (doc != null) {
                for (JsonNode s : doc.get("speakers")) {
                    names.put(s.get("id").asText(), s.get("name").asText());
                }
                for (JsonNode s : doc.get("statements")) {
                    String speaker = s.get("speaker").isNull() ? "" : names.getOrDefault(s.get("speaker").asText(), "");
                    Span span = new Span(s.get("start").asInt(), s.get("end").asInt(), speaker);
                    boolean quote = s.get("kind").asText().equals("quote");
                    if (quote && !s.get("partial").asBoolean()) {
                        direct.add(span);
                    } else if (quote) {
                        partial.add(span);
                    } else if (s.get("id").asText().matches(".*-r\\d+")) {
                        reported.add(span);
                    }
                }
            }
            all.addAll(direct);
            all.addAll(reported);
            for (Span q : partial) {
                if (reported.stream().noneMatch(r -> r.start() <= q.start() && q.end() <= r.end())) {
                    all.add(q);
                }
            }
            List<Span> goldDirect = new ArrayList<>();
            List<Span> goldAll = new ArrayList<>();
            for (JsonNode q : a.get("quotes")) {
                JsonNode span = q.get("quote_span");
                if (span == null || !span.isArray() || span.size() < 2) {
                    continue;
                }
                String ref = q.hasNonNull("speaker_reference") ? q.get("speaker_reference").asText() : "";
                Span g = new Span(span.get(0).asInt(), span.get(1).asInt(), ref);
                goldAll.add(g);
                if (g.start() < text.length() && "\"\u201c\u201d'\u2018".indexOf(text.charAt(g.start())) >= 0) {
                    goldDirect.add(g);
                }
            }
            Span[] matched = match(goldDirect, direct, 0.3, counts[0]);
            if (args.length > 2 && !args[2].isBlank()) {
                dump(i, text, a, goldDirect, direct, matched);
                dumpPartial(i, text, goldDirect, direct, partial);
            }
            match(goldDirect, direct, 0.8, counts[1]);
            match(goldAll, all, 0.3, counts[2]);
            match(goldAll, all, 0.8, counts[3]);
            for (int g = 0; g < goldDirect.size(); g++) {
                String ref = goldDirect.get(g).speaker();
                if (matched[g] == null || ref.isBlank()) {
                    continue;
                }
                speakerTotal++;
                if (sameSurname(ref, matched[g].speaker())) {
                    speakerRight++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %6s %6s %6s%n", "measure", "precision", "recall", "F1", "tp", "pred", "gold");
        String[] labels = {"direct quotes >30%", "direct quotes >80%", "all quotes >30%", "all quotes >80%"};
        for (int k = 0; k < 4; k++) {
            double[] c = counts[k];
            double pr = c[1] == 0 ? 0 : c[0] / c[1];
            double re = c[2] == 0 ? 0 : c[0] / c[2];
            double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %6d %6d %6d%n", labels[k], pr, re, f1, (int) c[0], (int) c[1], (int) c[2]);
        }
        System.out.printf(Locale.ROOT, "speaker accuracy on matched direct quotes (>30%%): %.3f (%d of %d)%n",
                speakerTotal == 0 ? 0 : (double) speakerRight / speakerTotal, speakerRight, speakerTotal);
        if (args.length > 2 && !args[2].isBlank()) {
            Files.write(Path.of(args[2]), DUMP, StandardCharsets.UTF_8);
        }
        deleteAll(dir);
    }

    /** Lists each missed gold direct quote, each wrong speaker and each unmatched prediction. */
    static void dump(int article, String text, JsonNode a, List<Span> gold, List<Span> pred, Span[] matched) {
        List<Span> used = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span gs = gold.get(g);
            String written = "";
            for (JsonNode q : a.get("quotes")) {
                JsonNode span = q.get("quote_span");
                if (span != null && span.size() >= 2 && span.get(0).asInt() == gs.start()) {
                    written = q.hasNonNull("speaker") ? q.get("speaker").asText() : "";
                }
            }
            String kind;
            if (matched[g] == null) {
                kind = "MISS";
            } else {
                used.add(matched[g]);
                if (gs.speaker().isBlank()) {
                    continue;
                }
                kind = sameSurname(gs.speaker(), matched[g].speaker()) ? "OK" : "SPEAKER";
            }
            if (kind.equals("OK")) {
                continue;
            }
            DUMP.add(String.format(Locale.ROOT, "%s a%03d @%d gold=[%s] written=[%s] ours=[%s]%n  quote: %s%n  context: %s%n",
                    kind, article, gs.start(), gs.speaker(), written, matched[g] == null ? "-" : matched[g].speaker(),
                    clip(text.substring(gs.start(), gs.end()), 160), context(text, gs.start(), gs.end())));
        }
        for (Span p : pred) {
            if (!used.contains(p)) {
                DUMP.add(String.format(Locale.ROOT, "EXTRA a%03d @%d ours=[%s]%n  quote: %s%n  context: %s%n", article,
                        p.start(), p.speaker(), clip(text.substring(p.start(), p.end()), 160), context(text, p.start(), p.end())));
            }
        }
    }

    /**
     * Lists each partial quote (scored only under "all quotes") as PARTIAL-GOLD when it overlaps a gold
     * direct quote that no direct prediction covers, else PARTIAL-NOGOLD: what counting it as direct would win or cost.
     */
    static void dumpPartial(int article, String text, List<Span> gold, List<Span> direct, List<Span> partial) {
        for (Span p : partial) {
            boolean hit = false;
            for (Span g : gold) {
                int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                boolean covered = direct.stream().anyMatch(d -> Math.min(g.end(), d.end()) - Math.max(g.start(), d.start()) > 0.3 * (g.end() - g.start()));
                hit |= overlap > 0.3 * (g.end() - g.start()) && !covered;
            }
            DUMP.add(String.format(Locale.ROOT, "%s a%03d @%d ours=[%s]%n  quote: %s%n  context: %s%n", hit ? "PARTIAL-GOLD" : "PARTIAL-NOGOLD",
                    article, p.start(), p.speaker(), clip(text.substring(p.start(), p.end()), 160), context(text, p.start(), p.end())));
        }
    }

    static String context(String text, int start, int end) {
        int s = Math.max(0, start - 250);
        int e = Math.min(text.length(), Math.max(end, start + 160) + 120);
        return text.substring(s, start).replace('\n', '|') + " [[" + clip(text.substring(start, end), 80).replace('\n', '|') + "]] "
                + text.substring(end, e).replace('\n', '|');
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n / 2) + " ... " + s.substring(s.length() - n / 2);
    }

    /** One-to-one matching: each gold quote takes the free prediction that covers most of it. */
    static Span[] match(List<Span> gold, List<Span> pred, double threshold, double[] c) {
        boolean[] used = new boolean[pred.size()];
        Span[] matched = new Span[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            Span gs = gold.get(g);
            int best = -1;
            int bestOverlap = 0;
            for (int p = 0; p < pred.size(); p++) {
                int overlap = Math.min(gs.end(), pred.get(p).end()) - Math.max(gs.start(), pred.get(p).start());
                if (!used[p] && overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0 && bestOverlap > threshold * (gs.end() - gs.start())) {
                used[best] = true;
                matched[g] = pred.get(best);
                c[0]++;
            }
        }
        c[1] += pred.size();
        c[2] += gold.size();
        return matched;
    }

    static boolean sameSurname(String gold, String predicted) {
        if (predicted.isBlank()) {
            return false;
        }
        String[] g = gold.toLowerCase(Locale.ROOT).split("\\s+");
        String[] p = predicted.toLowerCase(Locale.ROOT).split("\\s+");
        return g[g.length - 1].equals(p[p.length - 1]);
    }

    static void deleteAll(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted((x, y) -> y.compareTo(x)).forEach(f -> f.toFile().delete());
        }
    }
}
