// Measures the check-worthiness scorer on a ClaimBuster file (a JSON list of {sentence_id, label, text}):
// precision, recall, F1 and accuracy of the check-worthy class (label 1) at the shipped threshold, and the
// baseline of calling every sentence check-worthy. Run by scripts/eval-claims.sh.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.parallax.extract.CheckWorthiness;

public class EvalClaims {
    public static void main(String[] args) throws Exception {
        JsonNode data = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        CheckWorthiness cw = CheckWorthiness.standard();
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (JsonNode item : data) {
            boolean gold = item.get("label").asInt() == 1;
            boolean predicted = cw.isCheckWorthy(item.get("text").asText());
            if (predicted && gold) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
            else tn++;
        }
        int n = tp + fp + fn + tn;
        double p = tp / (double) Math.max(tp + fp, 1);
        double r = tp / (double) Math.max(tp + fn, 1);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double base = 2.0 * (tp + fn) / (n + tp + fn);
        System.out.printf(java.util.Locale.ROOT, "file        %s (%d sentences, %d check-worthy)%n", args[0], n, tp + fn);
        System.out.printf(java.util.Locale.ROOT, "threshold   %.2f%n", cw.threshold());
        System.out.printf(java.util.Locale.ROOT, "precision   %.3f%nrecall      %.3f%nF1          %.3f%naccuracy    %.3f%n",
                p, r, f1, (tp + tn) / (double) n);
        System.out.printf(java.util.Locale.ROOT, "baseline    F1 %.3f, accuracy %.3f (every sentence check-worthy)%n",
                base, (tp + fn) / (double) n);
        System.out.printf(java.util.Locale.ROOT, "confusion   tp %d  fp %d  fn %d  tn %d%n", tp, fp, fn, tn);
    }
}
