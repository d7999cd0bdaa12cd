/** Runnable examples of embedding the library. */
package fi.hyvinvointialue.forum.examples;
