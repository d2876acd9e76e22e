package news.parallax.render;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn at build time. Every chart has a title and a description for screen
 * readers, writes its numbers as text next to the marks, and is styled by classes so that the light
 * and dark themes both apply. All text is escaped.
 */
final class Svg {
    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int ROW = 30;

    /** One bar: its label, value and the text written after it. */
    record Bar(String label, double value, String text) {}

    /** One edge of a two-column graph, from a left node to a right node, with a weight. */
    record Edge(String from, String to, int weight) {}

    /** One point of a timeline: a label, a position 0..1 along the axis and the time as written. */
    record Point(String label, double at, String text) {}

    private Svg() {}

    static String bars(String id, String title, String description, List<Bar> bars) {
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
        int height = Math.max(ROW, bars.size() * ROW) + 10;
        StringBuilder out = open(id, title, description, height);
        int span = WIDTH - LABEL - 190;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * ROW;
            double w = max == 0 ? 0 : Math.abs(b.value()) / max * span;
            out.append(String.format(Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL - 8, y + 18,
                    Html.escape(Html.shorten(b.label(), 26))));
            out.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>", LABEL, y + 4,
                    Math.max(w, 1.0), ROW - 10));
            out.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\">%s</text>",
                    LABEL + Math.max(w, 1.0) + 6, y + 18, Html.escape(b.text())));
        }
        return out.append("</svg>").toString();
    }

    static String graph(String id, String title, String description, List<String> left, List<String> right,
            List<Edge> edges) {
        int rows = Math.max(1, Math.max(left.size(), right.size()));
        int height = rows * 36 + 20;
        StringBuilder out = open(id, title, description, height);
        int max = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        int x1 = 200;
        int x2 = WIDTH - 240;
        for (Edge e : edges) {
            int a = left.indexOf(e.from());
            int b = right.indexOf(e.to());
            if (a < 0 || b < 0) {
                continue;
            }
            double stroke = 1.5 + 4.5 * e.weight() / (double) Math.max(1, max);
            out.append(String.format(Locale.ROOT,
                    "<line class=\"edge\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke-width=\"%.1f\"/>",
                    x1, y(a, left.size(), rows), x2, y(b, right.size(), rows), stroke));
        }
        for (int i = 0; i < left.size(); i++) {
            node(out, x1, y(i, left.size(), rows), left.get(i), "end", -10);
        }
        for (int i = 0; i < right.size(); i++) {
            node(out, x2, y(i, right.size(), rows), right.get(i), "start", 10);
        }
        return out.append("</svg>").toString();
    }

    /**
     * A time axis with one row per point; {@code from} and {@code to}, the times at the two ends of the
     * axis, are written under them (nothing when they are equal: every point then sits in the middle).
     */
    static String timeline(String id, String title, String description, List<Point> points, String from, String to) {
        int height = Math.max(1, points.size()) * ROW + 40 + (from.equals(to) ? 0 : 20);
        StringBuilder out = open(id, title, description, height);
        int x0 = LABEL;
        int x1 = WIDTH - 150;
        int axis = points.size() * ROW + 12;
        out.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                x0, axis, x1, axis));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int y = 5 + i * ROW + 14;
            double x = x0 + p.at() * (x1 - x0);
            out.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", x, y, x, axis));
            out.append(String.format(Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", x0 - 10, y + 5,
                    Html.escape(Html.shorten(p.label(), 26))));
            out.append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%d\" r=\"6\"/>", x, y));
            // the time goes right of its dot in the left half, left of it in the right half
            boolean right = p.at() <= 0.5;
            out.append(String.format(Locale.ROOT,
                    "<text class=\"value\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                    right ? x + 10 : x - 10, y + 5, right ? "start" : "end", Html.escape(p.text())));
        }
        if (!from.equals(to)) {
            out.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"start\">%s</text>",
                    x0, axis + 20, Html.escape(from)));
            out.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    x1, axis + 20, Html.escape(to)));
        }
        return out.append("</svg>").toString();
    }

    private static int y(int index, int count, int rows) {
        double offset = (rows - count) * 36 / 2.0;
        return (int) Math.round(10 + offset + index * 36 + 18);
    }

    private static void node(StringBuilder out, int x, int y, String label, String anchor, int dx) {
        out.append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%d\" cy=\"%d\" r=\"5\"/>", x, y));
        out.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                x + dx, y + 5, anchor, Html.escape(Html.shorten(label, 30))));
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-labelledby=\"%s-t %s-d\">", WIDTH, height, id, id));
        out.append("<title id=\"").append(id).append("-t\">").append(Html.escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(description)).append("</desc>");
        return out;
    }
}
