package fi.hyvinvointialue.forum.secretariat;

/** A request about one event of the year. */
public interface EventRequest extends Request {
  String eventId();
}
