package news.parallax.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Pebble extension that hands a compiled template's output to a {@link PageWriter} in the form it
 * writes fastest, without changing a byte of it. It visits each template once, after Pebble's
 * auto-escaper, and rewrites two kinds of node:
 *
 * <ul>
 *   <li>the template's own text ({@code TextNode}) is encoded in UTF-8 once, when the template is
 *       compiled, and copied as bytes on every page (instead of being encoded character by character);
 *   <li>a printed value the auto-escaper wrapped in the {@code escape} filter (with no argument: the
 *       default strategy, "html", which is {@link HtmlEscaping}) is printed as an {@link Escaped} value,
 *       which the page writer escapes as it encodes it (instead of Pebble's building an argument map, a
 *       {@code SafeString} and an escaped copy of the text). A value that is null or already safe
 *       (printed {@code | raw}) is printed as the filter would leave it.
 * </ul>
 *
 * To any other writer the nodes write what Pebble's would: the text as characters, an escaped value's
 * {@code toString}, which escapes it.
 */
final class PageNodes extends AbstractExtension {

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(Visitor::new);
    }

    /** A value to print escaped for HTML ({@link HtmlEscaping}); its {@code toString} is the escaped text. */
    record Escaped(String text) {
        @Override
        public String toString() {
            return HtmlEscaping.escapeHtml(text);
        }
    }

    private static final class Visitor extends AbstractNodeVisitor {
        Visitor(PebbleTemplate template) {
            super((PebbleTemplateImpl) template);
        }

        @Override
        public void visit(BodyNode node) {
            List<RenderableNode> children = node.getChildren();
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof TextNode text && text.getClass() == TextNode.class) {
                    String chars = new String(text.getData());
                    byte[] utf8 = chars.getBytes(StandardCharsets.UTF_8);
                    if (new String(utf8, StandardCharsets.UTF_8).equals(chars)) { // no lone surrogate
                        children.set(i, new EncodedText(chars, utf8, text.getLineNumber()));
                    }
                }
            }
            super.visit(node);
        }

        @Override
        public void visit(PrintNode node) {
            Expression<?> e = node.getExpression();
            if (e instanceof TernaryExpression ternary) {
                ternary.setExpression2(direct(ternary.getExpression2()));
                ternary.setExpression3(direct(ternary.getExpression3()));
            } else {
                node.setExpression(direct(e));
            }
            super.visit(node);
        }

        /** {@code e} printed straight to the page writer when it is the default escape filter of a value. */
        private static Expression<?> direct(Expression<?> e) {
            if (e instanceof FilterExpression filter
                    && filter.getRightExpression() instanceof FilterInvocationExpression invocation
                    && invocation.getFilterName().equals("escape") && noArguments(invocation.getArgs())) {
                return new EscapedValue(filter.getLeftExpression());
            }
            return e;
        }

        private static boolean noArguments(ArgumentsNode args) {
            return args == null || (args.getNamedArgs() == null || args.getNamedArgs().isEmpty())
                    && (args.getPositionalArgs() == null || args.getPositionalArgs().isEmpty());
        }
    }

    /** A template's text, encoded once. */
    static final class EncodedText extends TextNode {
        private final byte[] utf8;

        EncodedText(String text, byte[] utf8, int lineNumber) {
            super(text, lineNumber);
            this.utf8 = utf8;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            if (writer instanceof PageWriter page) {
                page.writeUtf8(utf8);
            } else {
                super.render(self, writer, context);
            }
        }
    }

    /** {@code value | escape} with the default strategy: the value, to be escaped as it is written. */
    static final class EscapedValue implements Expression<Object> {
        private final Expression<?> value;

        EscapedValue(Expression<?> value) {
            this.value = value;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object input = value.evaluate(self, context);
            if (input == null || input instanceof SafeString) {
                return input; // as the escape filter returns them
            }
            return new Escaped(StringUtils.toString(input));
        }

        @Override
        public int getLineNumber() {
            return value.getLineNumber();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
