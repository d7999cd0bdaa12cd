package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The model's values read generically, from the model's own types: a value's attributes are what its
 * immutable implementation offers a {@code with…} copy for. What must look at every field (the
 * history's differences, the check for control characters) reads them here, so no second list of the
 * model's fields exists.
 */
public final class ModelValues {
  private static final ClassValue<Map<String, Method>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      return findAttributes(type);
    }
  };

  private ModelValues() {}

  /** Whether the object is a value of the model (an immutable implementation generated in its packages). */
  public static boolean isValue(Object object) {
    return object != null && object.getClass().getName().startsWith(ModelValues.class.getPackageName() + ".")
        && object.getClass().getSimpleName().startsWith("Immutable");
  }

  /** A value's attributes by name, sorted; empty for anything that is not a value of the model. */
  public static ImmutableMap<String, Object> attributes(Object value) {
    if (!isValue(value)) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, Object> attributes = ImmutableMap.builder();
    methods(value.getClass()).forEach((name, method) -> attributes.put(name, read(method, value)));
    return attributes.build();
  }

  /** The value's id, for the values that have one (events, agenda items, comments, themes, decisions). */
  public static Optional<String> id(Object value) {
    if (!isValue(value)) {
      return Optional.empty();
    }
    Method id = methods(value.getClass()).get("id");
    return id == null ? Optional.empty() : Optional.of(String.valueOf(read(id, value)));
  }

  /**
   * The path of the first text in the value that holds a control character other than tab and line
   * feed (NUL above all, which PostgreSQL refuses and which no person types), such as
   * {@code events[foorumi-2026-1].feedbackWindow.comments[c1].text}; empty when there is none.
   */
  public static Optional<String> controlCharacterIn(Object value) {
    return controlCharacterIn("", value);
  }

  private static Optional<String> controlCharacterIn(String path, Object value) {
    if (value instanceof String text) {
      return hasControlCharacter(text) ? Optional.of(path) : Optional.empty();
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? controlCharacterIn(path, optional.get()) : Optional.empty();
    }
    if (value instanceof Collection<?> elements) {
      int index = 0;
      for (Object element : elements) {
        String at = path + "[" + id(element).orElse(Integer.toString(index)) + "]";
        Optional<String> found = controlCharacterIn(at, element);
        if (found.isPresent()) {
          return found;
        }
        index++;
      }
      return Optional.empty();
    }
    for (Map.Entry<String, Object> attribute : attributes(value).entrySet()) {
      Optional<String> found = controlCharacterIn(path.isEmpty() ? attribute.getKey() : path + "." + attribute.getKey(),
          attribute.getValue());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n') {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Method> methods(Class<?> type) {
    return ATTRIBUTES.get(type);
  }

  private static Map<String, Method> findAttributes(Class<?> type) {
    Map<String, Method> attributes = new TreeMap<>();
    for (Method wither : type.getDeclaredMethods()) {
      String name = wither.getName();
      if (name.startsWith("with") && name.length() > 4 && Modifier.isPublic(wither.getModifiers())
          && !Modifier.isStatic(wither.getModifiers())) {
        String attribute = Character.toLowerCase(name.charAt(4)) + name.substring(5);
        try {
          attributes.putIfAbsent(attribute, type.getMethod(attribute));
        } catch (NoSuchMethodException notAnAttribute) {
          // a wither of another shape (none today): nothing to read
        }
      }
    }
    return attributes;
  }

  private static Object read(Method attribute, Object value) {
    try {
      return attribute.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("the model's attribute " + attribute.getName() + " cannot be read", unreadable);
    }
  }
}
