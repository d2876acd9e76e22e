package news.parallax.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Statement;

/**
 * Marks the quotes and claims of one source in its body paragraphs, by their offsets into
 * {@link Source#text()}. Each statement becomes a {@code <mark>} whose id is the statement id, followed
 * by a small tag that names its kind and speaker in text (colour is never the only signal) and links to
 * its cluster. Statements nested in others become nested marks; a statement that crosses the end of
 * the one it starts in is cut at that end; one that runs over several paragraphs is marked in each,
 * with the id on the first part.
 */
final class Marker {

    /** How one statement is shown: its tag text, colour class, cluster link (may be empty) and a phrase for screen readers. */
    record Look(String tag, String colour, Optional<String> href, String description) {}

    /** The marked paragraphs, and the statements that lie outside every body paragraph. */
    record Result(List<String> paragraphs, List<Statement> unplaced) {}

    private static final class Node {
        final Statement statement;
        final int start;
        int end;
        final boolean first;
        final List<Node> children = new ArrayList<>();

        Node(Statement statement, int start, int end, boolean first) {
            this.statement = statement;
            this.start = start;
            this.end = end;
            this.first = first;
        }
    }

    private Marker() {}

    static Result mark(Source source, List<Statement> statements, Map<String, Look> looks) {
        List<Block> body = source.body();
        List<List<Node>> pieces = new ArrayList<>();
        body.forEach(b -> pieces.add(new ArrayList<>()));
        List<Statement> unplaced = new ArrayList<>();
        for (Statement s : statements) {
            boolean first = true;
            if (s.end() <= source.text().length()) {
                // the first body block that ends after the statement starts, then on while they overlap
                for (int i = firstEndingAfter(body, s.start()); i < body.size() && body.get(i).start() < s.end(); i++) {
                    Block block = body.get(i);
                    int start = Math.max(s.start(), block.start());
                    int end = Math.min(s.end(), block.end());
                    if (start < end) {
                        pieces.get(i).add(new Node(s, start, end, first));
                        first = false;
                    }
                }
            }
            if (first) {
                unplaced.add(s);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            StringBuilder html = new StringBuilder();
            render(source.text(), tree(body.get(i), pieces.get(i)), looks, html);
            paragraphs.add(html.toString());
        }
        return new Result(paragraphs, unplaced);
    }

    /** The index of the first block (blocks in text order) whose end is after {@code offset}. */
    private static int firstEndingAfter(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Node tree(Block block, List<Node> pieces) {
        pieces.sort(Comparator.comparingInt((Node n) -> n.start).thenComparingInt(n -> -n.end)
                .thenComparing(n -> n.statement.id()));
        Node root = new Node(null, block.start(), block.end(), false);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Node piece : pieces) {
            while (open.size() > 1 && open.peek().end <= piece.start) {
                open.pop();
            }
            Node parent = open.peek();
            piece.end = Math.min(piece.end, parent.end);
            parent.children.add(piece);
            open.push(piece);
        }
        return root;
    }

    private static void render(String text, Node node, Map<String, Look> looks, StringBuilder out) {
        int cursor = node.start;
        for (Node child : node.children) {
            out.append(Html.escape(text.substring(cursor, child.start)));
            Look look = looks.getOrDefault(child.statement.id(),
                    new Look("?", "sp-none", Optional.empty(), "statement"));
            out.append("<mark");
            if (child.first) {
                out.append(" id=\"").append(Html.escape(child.statement.id())).append('"');
            }
            out.append(" class=\"stmt ").append(child.statement.kind().jsonName()).append(' ')
                    .append(look.colour()).append("\">");
            render(text, child, looks, out);
            out.append("</mark>");
            tag(look, out);
            cursor = child.end;
        }
        out.append(Html.escape(text.substring(cursor, node.end)));
    }

    private static void tag(Look look, StringBuilder out) {
        String inner = Html.escape(look.tag()) + "<span class=\"vh\"> (" + Html.escape(look.description()) + ")</span>";
        if (look.href().isPresent()) {
            out.append("<a class=\"tag ").append(look.colour()).append("\" href=\"")
                    .append(Html.escape(look.href().get())).append("\">").append(inner).append("</a>");
        } else {
            out.append("<span class=\"tag ").append(look.colour()).append("\">").append(inner).append("</span>");
        }
    }
}
