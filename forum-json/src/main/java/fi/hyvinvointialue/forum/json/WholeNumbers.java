package fi.hyvinvointialue.forum.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The floors of a plan's whole numbers. Each is a count, a number of days, a year, a format version
 * or a sequence number, so none is negative; {@link AtLeast} raises a field's floor. The reader
 * refuses a number under its floor at the field, and the JSON Schema carries it as {@code minimum}.
 */
final class WholeNumbers {
  private static final ClassValue<List<RecordComponent>> FIELDS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> type) {
      return type.isRecord()
          ? Arrays.stream(type.getRecordComponents()).filter(WholeNumbers::isWholeNumber).collect(Collectors.toList())
          : List.of();
    }
  };

  private WholeNumbers() {}

  static boolean isWholeNumber(RecordComponent component) {
    return component.getType() == int.class || component.getType() == Integer.class;
  }

  static int floor(RecordComponent component) {
    AtLeast floor = component.getAnnotation(AtLeast.class);
    return floor == null ? 0 : floor.value();
  }

  /** Refuses the first whole-number field of the DTO under its floor. */
  static void check(Object dto) {
    for (RecordComponent field : FIELDS.get(dto.getClass())) {
      Integer value = value(field, dto);
      if (value != null && value < floor(field)) {
        throw new InvalidField(field.getName(), "must be at least " + floor(field) + ", was " + value);
      }
    }
  }

  private static Integer value(RecordComponent field, Object dto) {
    try {
      return (Integer) field.getAccessor().invoke(dto);
    } catch (IllegalAccessException | InvocationTargetException impossible) {
      throw new IllegalStateException("the accessor of " + field + " cannot be called", impossible);
    }
  }
}
