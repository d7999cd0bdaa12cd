package fi.hyvinvointialue.forum.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises a whole-number DTO field's floor above {@link ExactScalars#DEFAULT_FLOOR}. The reader refuses
 * a number under its floor at the number, and the JSON Schema carries the floor as {@code minimum}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@interface AtLeast {
  int value();
}
