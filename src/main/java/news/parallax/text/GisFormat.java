package news.parallax.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringTokenizer;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A maxent (GIS) model of an OpenNLP model file in a layout read in bulk: the OpenNLP serializer of the
 * stored model copies that {@link ModelRepack} makes (their manifest names this class for the model
 * entry, {@code serializer-class-<entry>}, which OpenNLP honours). OpenNLP's own format is read a
 * number or a string at a time through a stack of streams (about 200,000 calls for the tagger's model,
 * on a cold JVM); this one is every label in one UTF-8 text with the offsets where each ends, the
 * outcome patterns as ints and the parameters as one block of doubles. The model made is built exactly
 * as OpenNLP's reader builds it (same labels, patterns and parameters in the same order, the same
 * constructor), so it is the same model.
 *
 * <p>Layout (big-endian): magic, version, outcome count, predicate count, pattern count; the byte length
 * of the text, the text (UTF-8: the outcomes, then the predicates); the char offset where each label
 * ends; each pattern as its length and its ints (the first is how many predicates have it, as in
 * OpenNLP's format); the parameters of every predicate in order, as doubles.
 */
public final class GisFormat implements ArtifactSerializer<GISModel> {

    static final int MAGIC = 0x50584753; // "PXGS"
    static final int VERSION = 1;

    /** The serializer (OpenNLP makes it by reflection from the model's manifest). */
    public GisFormat() {
        // no state
    }

    @Override
    public GISModel create(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    @Override
    public void serialize(GISModel artifact, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("GisFormat only reads; ModelRepack writes it from the published model");
    }

    /** The model in {@code bytes} (this layout). */
    static GISModel read(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 24 || in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new InvalidFormatException("not a model in GisFormat version " + VERSION + ": rebuild with Maven");
        }
        int outcomeCount = in.getInt();
        int predCount = in.getInt();
        int patternCount = in.getInt();
        int textBytes = in.getInt();
        String text = new String(bytes, in.position(), textBytes, StandardCharsets.UTF_8);
        in.position(in.position() + textBytes);
        String[] outcomes = new String[outcomeCount];
        String[] preds = new String[predCount];
        int from = 0;
        for (int i = 0; i < outcomeCount; i++) {
            int to = in.getInt();
            outcomes[i] = text.substring(from, to);
            from = to;
        }
        for (int i = 0; i < predCount; i++) {
            int to = in.getInt();
            preds[i] = text.substring(from, to);
            from = to;
        }
        int[][] patterns = new int[patternCount][];
        long total = 0;
        for (int i = 0; i < patternCount; i++) {
            int[] p = new int[in.getInt()];
            in.asIntBuffer().get(p);
            in.position(in.position() + 4 * p.length);
            patterns[i] = p;
            total += (long) p[0] * (p.length - 1);
        }
        if (total != (bytes.length - in.position()) / 8) {
            throw new InvalidFormatException("damaged model in GisFormat: " + total + " parameters expected");
        }
        double[] all = new double[(int) total];
        in.asDoubleBuffer().get(all);
        Context[] params = new Context[predCount];
        int pid = 0;
        int at = 0;
        for (int[] p : patterns) {
            int[] outcomePattern = Arrays.copyOfRange(p, 1, p.length);
            for (int j = 0; j < p[0]; j++) {
                double[] values = new double[p.length - 1];
                System.arraycopy(all, at, values, 0, values.length);
                at += values.length;
                params[pid++] = new Context(outcomePattern, values);
            }
        }
        if (pid != predCount) {
            throw new InvalidFormatException("damaged model in GisFormat: " + pid + " of " + predCount + " predicates");
        }
        return new GISModel(params, preds, outcomes);
    }

    /**
     * The model of OpenNLP's binary GIS format ({@code "GIS"}, as {@code GISModelReader} reads it) in this
     * layout, or null when {@code model} is not such a model or has a label that UTF-8 cannot carry
     * exactly (an unpaired surrogate): such a model is left in OpenNLP's format.
     */
    static byte[] convert(byte[] model) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(model));
        if (!"GIS".equals(in.readUTF())) {
            return null;
        }
        in.readInt(); // correction constant, unused (as by OpenNLP's reader)
        in.readDouble(); // correction parameter, unused
        String[] outcomes = labels(in);
        int[][] patterns = new int[in.readInt()][];
        for (int i = 0; i < patterns.length; i++) {
            StringTokenizer tok = new StringTokenizer(in.readUTF(), " ");
            int[] p = new int[tok.countTokens()];
            for (int j = 0; tok.hasMoreTokens(); j++) {
                p[j] = Integer.parseInt(tok.nextToken());
            }
            patterns[i] = p;
        }
        String[] preds = labels(in);
        StringBuilder text = new StringBuilder();
        int[] ends = new int[outcomes.length + preds.length];
        int k = 0;
        for (String s : outcomes) {
            text.append(s);
            ends[k++] = text.length();
        }
        for (String s : preds) {
            text.append(s);
            ends[k++] = text.length();
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        if (!new String(utf8, StandardCharsets.UTF_8).contentEquals(text)) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(model.length);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(outcomes.length);
        out.writeInt(preds.length);
        out.writeInt(patterns.length);
        out.writeInt(utf8.length);
        out.write(utf8);
        for (int end : ends) {
            out.writeInt(end);
        }
        int predsSeen = 0;
        for (int[] p : patterns) {
            out.writeInt(p.length);
            for (int v : p) {
                out.writeInt(v);
            }
            predsSeen += p[0];
        }
        if (predsSeen != preds.length) {
            throw new IOException("GIS model: patterns cover " + predsSeen + " predicates of " + preds.length);
        }
        for (int[] p : patterns) {
            for (int j = 0; j < p[0]; j++) {
                for (int v = 1; v < p.length; v++) {
                    out.writeDouble(in.readDouble());
                }
            }
        }
        if (in.read() != -1) {
            throw new IOException("GIS model: bytes after the parameters");
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static String[] labels(DataInputStream in) throws IOException {
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        return labels;
    }
}
