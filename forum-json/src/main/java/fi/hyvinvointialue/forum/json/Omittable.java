package fi.hyvinvointialue.forum.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a DTO field a plan file may leave out. Every other field is required, except lists, which
 * default to empty: a missing field is an error naming it rather than a silent null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@interface Omittable {}
