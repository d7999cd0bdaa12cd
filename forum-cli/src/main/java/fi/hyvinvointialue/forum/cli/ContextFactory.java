package fi.hyvinvointialue.forum.cli;

import picocli.CommandLine;

/** Hands each command the run's {@link Context} through its constructor. */
final class ContextFactory implements CommandLine.IFactory {
  private final Context context;

  ContextFactory(Context context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(Context.class).newInstance(context);
    } catch (NoSuchMethodException noContext) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
