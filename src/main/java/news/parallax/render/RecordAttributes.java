package news.parallax.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
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
 * found once and called through a method handle. Anything else (maps, lists,
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
    private static final Map<Class<?>, Map<String, MethodHandle>> ACCESSORS = new ConcurrentHashMap<>();

    private static Map<String, MethodHandle> accessors(Class<?> type) {
        Map<String, MethodHandle> known = ACCESSORS.get(type);
        return known != null ? known : ACCESSORS.computeIfAbsent(type, RecordAttributes::find);
    }

    private static Map<String, MethodHandle> find(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().equals(RecordAttributes.class.getPackageName())) {
            return Map.of();
        }
        Map<String, MethodHandle> found = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!shadowed(type, c.getName())) {
                try {
                    found.put(c.getName(), lookup.unreflect(c.getAccessor()).asType(GETTER));
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
        MethodHandle accessor = accessors(instance.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
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
}
