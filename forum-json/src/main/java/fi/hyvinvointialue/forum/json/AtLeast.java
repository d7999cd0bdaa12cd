package fi.hyvinvointialue.forum.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises a whole-number DTO field's floor above {@link WholeNumbers}' default of 0. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface AtLeast {
  int value();
}
