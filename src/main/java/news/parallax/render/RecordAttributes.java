package news.parallax.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.TernaryExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.Pair;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@code view.name} in a template from one of this package's view records by its accessor, as
 * Pebble's own resolver does, with less work: Pebble looks the member up in a cache keyed by a fresh
 * object on every access, then calls it through reflection; here each record type's accessors are
 * found once and called through plain code ({@link ViewReaders}), or a method handle for a record it
 * does not list. Anything else (maps, lists,
 * calls with arguments, other types, a name that is not a component) is left to Pebble, which
 * reports a missing attribute as before.
 *
 * <p>Same values as Pebble's resolver: it looks for {@code getName}, {@code isName}, {@code hasName}
 * then {@code name}; a component whose record also has one of the first three is left to it.
 */
final class RecordAttributes implements AttributeResolver {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /**
     * Each type's accessors by name, found once. A concurrent map by class, not a {@link ClassValue}: with C1
     * only, {@code ClassValue.get} took its slow path on most look-ups (4% of rendering). It holds the types
     * that reach a template (this package's views, collections, strings), a few dozen.
     */
    private static final Map<Class<?>, Map<String, Accessor>> ACCESSORS = new ConcurrentHashMap<>();

    /** Reads one component of a record (a {@link ViewReaders} reader, else the accessor's method handle). */
    interface Accessor {
        Object read(Object instance) throws Throwable;
    }

    /** Component {@code index} of a record type {@link ViewReaders} knows. */
    private record Component(ViewReaders.Reader reader, int index) implements Accessor {
        @Override
        public Object read(Object instance) {
            return reader.read(instance, index);
        }
    }

    /** An accessor called through its method handle, adapted to {@code (Object) Object}. */
    private record Handle(MethodHandle handle) implements Accessor {
        @Override
        public Object read(Object instance) throws Throwable {
            return (Object) handle.invokeExact(instance);
        }
    }

    /** The accessor this resolver reads {@code name} of a {@code type} with, or null when it leaves it to Pebble. */
    static Accessor accessor(Class<?> type, String name) {
        return accessors(type).get(name);
    }

    private static Map<String, Accessor> accessors(Class<?> type) {
        Map<String, Accessor> known = ACCESSORS.get(type);
        return known != null ? known : ACCESSORS.computeIfAbsent(type, RecordAttributes::find);
    }

    private static Map<String, Accessor> find(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().equals(RecordAttributes.class.getPackageName())) {
            return Map.of();
        }
        Map<String, Accessor> found = new HashMap<>();
        ViewReaders.Reader reader = ViewReaders.READERS.get(type);
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (!shadowed(type, c.getName())) {
                if (reader != null) {
                    found.put(c.getName(), new Component(reader, i));
                    continue;
                }
                try {
                    found.put(c.getName(), new Handle(lookup.unreflect(c.getAccessor()).asType(GETTER)));
                } catch (IllegalAccessException e) {
                    // left to Pebble's resolver
                }
            }
        }
        return Map.copyOf(found);
    }

    /** Whether Pebble would find another member for {@code name} before the accessor. */
    private static boolean shadowed(Class<?> type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)
                    || m.getName().equals("has" + cap))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeNameValue instanceof String name)) {
            return null;
        }
        Accessor accessor = accessors(instance.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute(accessor.read(instance));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + name + " (" + filename + ":" + lineNumber + ")", e);
        }
    }

    /** The Pebble extension that adds this resolver (before Pebble's own). */
    static final class Extension extends AbstractExtension {
        @Override
        public List<AttributeResolver> getAttributeResolver() {
            return List.of(new RecordAttributes());
        }
    }

    /**
     * The Pebble extension that gives each {@code a.name} of a template (a constant name, no arguments) its
     * own one-entry cache of the type it last read and that type's accessor, so that reading it again from
     * the same type is a class check and a call, with no look-up by class and name, no argument array and
     * no {@code ResolvedAttribute}. Its visitor rewrites such attributes where a page evaluates most of them:
     * printed values (and within them operators, filters' inputs, ternaries), {@code if} conditions and
     * {@code for} lists. Any other type (maps, lists, a null value) is read by the attribute as Pebble wrote
     * it, so values and errors are the same. Add it with {@link Extension}, whose resolver it stands for.
     */
    static final class Sites extends AbstractExtension {
        @Override
        public List<NodeVisitorFactory> getNodeVisitors() {
            return List.of(SiteVisitor::new);
        }
    }

    private static final class SiteVisitor extends AbstractNodeVisitor {
        SiteVisitor(PebbleTemplate template) {
            super((PebbleTemplateImpl) template);
        }

        @Override
        public void visit(PrintNode node) {
            node.setExpression(rewrite(node.getExpression()));
            super.visit(node);
        }

        @Override
        public void visit(IfNode node) {
            List<Pair<Expression<?>, BodyNode>> conditions = node.getConditionsWithBodies();
            try {
                for (int i = 0; i < conditions.size(); i++) {
                    Pair<Expression<?>, BodyNode> pair = conditions.get(i);
                    Expression<?> condition = rewrite(pair.getLeft());
                    if (condition != pair.getLeft()) {
                        conditions.set(i, new Pair<>(condition, pair.getRight()));
                    }
                }
            } catch (UnsupportedOperationException e) {
                // a list that cannot change: its conditions are read as Pebble wrote them
            }
            super.visit(node);
        }

        @Override
        public void visit(BodyNode node) {
            List<RenderableNode> children = node.getChildren();
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof ForNode loop && loop.getClass() == ForNode.class) {
                    Expression<?> iterable = rewrite(loop.getIterable());
                    if (iterable != loop.getIterable()) {
                        children.set(i, new ForNode(loop.getLineNumber(), loop.getIterationVariable(), iterable,
                                loop.getBody(), loop.getElseBody()));
                    }
                }
            }
            super.visit(node);
        }

        /** {@code e} with its attributes of constant name rewritten as {@link Site}s (in place where it can). */
        private static Expression<?> rewrite(Expression<?> e) {
            if (e instanceof GetAttributeExpression get && get.getClass() == GetAttributeExpression.class
                    && get.getArgumentsNode() == null
                    && get.getAttributeNameExpression() instanceof LiteralStringExpression name) {
                return new Site(rewrite(get.getNode()), name.getValue(), get);
            }
            if (e instanceof BinaryExpression<?> binary) {
                binary.setLeft(rewrite(binary.getLeftExpression()));
                binary.setRight(rewrite(binary.getRightExpression()));
            } else if (e instanceof UnaryExpression unary) {
                unary.setChildExpression(rewrite(unary.getChildExpression()));
            } else if (e instanceof TernaryExpression ternary) {
                rewrite(ternary.getExpression1()); // its own parts only: it has no setter
                ternary.setExpression2(rewrite(ternary.getExpression2()));
                ternary.setExpression3(rewrite(ternary.getExpression3()));
            }
            return e;
        }
    }

    /** The type a {@link Site} last read and its accessor (null: none, read as Pebble would). Immutable. */
    private record Seen(Class<?> type, Accessor accessor) {}

    /** {@code node.name} with a one-entry cache of the type read. */
    static final class Site implements Expression<Object> {
        private final Expression<?> node;
        private final String name;
        /** The attribute as Pebble wrote it: for any value this resolver leaves to Pebble, and for null. */
        private final GetAttributeExpression pebbles;
        /** The last type read here (racy between threads: each sees a whole record or null; all are right). */
        private Seen seen;

        Site(Expression<?> node, String name, GetAttributeExpression pebbles) {
            this.node = node;
            this.name = name;
            this.pebbles = pebbles;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object instance = node.evaluate(self, context);
            if (instance == null) {
                return pebbles.evaluate(self, context); // Pebble's error, or its null
            }
            Seen last = seen;
            if (last == null || last.type() != instance.getClass()) {
                last = new Seen(instance.getClass(), accessor(instance.getClass(), name));
                seen = last;
            }
            if (last.accessor() == null) {
                return pebbles.evaluate(self, context);
            }
            try {
                return last.accessor().read(instance);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " (line " + getLineNumber() + ")", e);
            }
        }

        @Override
        public int getLineNumber() {
            return pebbles.getLineNumber();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
