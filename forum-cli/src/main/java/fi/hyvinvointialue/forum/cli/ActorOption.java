package fi.hyvinvointialue.forum.cli;

import picocli.CommandLine.Option;

/** Who makes a change the command stores, for the audit trail; when comes from the clock, never from {@code --now}. */
final class ActorOption {
  @Option(names = "--actor", paramLabel = "WHO", defaultValue = "${sys:user.name}",
      description = "Who makes the change, for the audit trail (default: the user's name).")
  String actor;
}
