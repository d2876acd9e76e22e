package news.parallax.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads records of strings, numbers, booleans, enums, {@code Optional}s, {@code List}s,
 * {@code Map}s with string keys and other such records (any of them may be null), in component order. Much cheaper at start-up than a JSON mapper, and
 * enough for the summaries the cache keeps ({@code StoryView}); a type it cannot handle throws
 * {@link IllegalArgumentException} naming it.
 */
final class RecordCodec {
    private RecordCodec() {}

    static void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            out.writeBoolean(value != null);
            if (value == null) {
                return;
            }
        }
        if (raw == String.class) {
            writeString(out, (String) value);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw.isEnum()) {
            out.writeUTF(((Enum<?>) value).name());
        } else if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                write(out, argument(type), o.get());
            }
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, argument(type), item);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                write(out, key(type), e.getKey());
                write(out, value(type), e.getValue());
            }
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                write(out, c.getGenericType(), get(c, value));
            }
        } else {
            throw new IllegalArgumentException("cannot cache a value of type " + type.getTypeName());
        }
    }

    static Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive() && !in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            return readString(in);
        } else if (raw == int.class || raw == Integer.class) {
            return in.readInt();
        } else if (raw == long.class || raw == Long.class) {
            return in.readLong();
        } else if (raw == double.class || raw == Double.class) {
            return in.readDouble();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw.isEnum()) {
            return enumValue(raw, in.readUTF());
        } else if (raw == Optional.class) {
            return in.readBoolean() ? Optional.of(read(in, argument(type))) : Optional.empty();
        } else if (raw == List.class) {
            int n = in.readInt();
            List<Object> list = new ArrayList<>(Math.max(0, Math.min(n, 1024)));
            for (int i = 0; i < n; i++) {
                list.add(read(in, argument(type)));
            }
            return Collections.unmodifiableList(list);
        } else if (raw == Map.class) {
            int n = in.readInt();
            Map<Object, Object> map = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(read(in, key(type)), read(in, value(type)));
            }
            return Collections.unmodifiableMap(map);
        } else if (raw.isRecord()) {
            RecordComponent[] cs = raw.getRecordComponents();
            Object[] args = new Object[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = read(in, cs[i].getGenericType());
                types[i] = cs[i].getType();
            }
            return construct(raw, types, args);
        }
        throw new IllegalArgumentException("cannot cache a value of type " + type.getTypeName());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] bytes = in.readNBytes(Math.max(0, n));
        if (n < 0 || bytes.length != n) {
            throw new IOException("truncated string");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("cannot cache a value of type " + type.getTypeName());
    }

    private static Type argument(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("cannot cache a raw " + type.getTypeName());
    }

    private static Type key(Type mapType) {
        Type k = argument(mapType);
        if (k != String.class) {
            throw new IllegalArgumentException("cannot cache a map with keys of type " + k.getTypeName());
        }
        return k;
    }

    private static Type value(Type mapType) {
        return ((ParameterizedType) mapType).getActualTypeArguments()[1];
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static Object construct(Class<?> raw, Class<?>[] types, Object[] args) throws IOException {
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IOException("cached " + raw.getSimpleName() + " is no longer valid: " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a " + raw.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> raw, String name) throws IOException {
        try {
            return Enum.valueOf((Class) raw, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + raw.getSimpleName() + " " + name, e);
        }
    }
}
