package fi.hyvinvointialue.forum.archfixture.cycle.a;

import fi.hyvinvointialue.forum.archfixture.cycle.b.Second;

/** One half of a package cycle. */
public final class First {
  private First() {}

  public static int depth() {
    return Second.depth() + 1;
  }

  public static int base() {
    return 0;
  }
}
