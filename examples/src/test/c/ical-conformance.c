/*
 * Checks iCalendar files with libical, as calendar clients built on it read them: each file is parsed
 * (parse errors become X-LIC-ERROR properties) and checked with icalrestriction_check, which applies
 * RFC 5546's restrictions for the calendar's METHOD (PUBLISH: ORGANIZER, DTSTAMP, UID, SEQUENCE rules...)
 * to the VCALENDAR and every component in it. Prints each problem as FILE: COMPONENT UID: message and
 * exits 1 when there is any, 2 when a file cannot be read.
 *
 * Built and run by IcalConformanceTest:  gcc ical-conformance.c $(pkg-config --cflags --libs libical)
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) {
    return NULL;
  }
  size_t size = 0, capacity = 1 << 16;
  char *text = malloc(capacity);
  size_t read;
  while (text != NULL && (read = fread(text + size, 1, capacity - size - 1, file)) > 0) {
    size += read;
    if (size + 1 == capacity) {
      capacity *= 2;
      text = realloc(text, capacity);
    }
  }
  fclose(file);
  if (text != NULL) {
    text[size] = '\0';
  }
  return text;
}

/* Prints the X-LIC-ERROR properties of the component and its subcomponents; returns how many. */
static int report(const char *path, icalcomponent *component) {
  int errors = 0;
  const char *uid = icalcomponent_get_uid(component);
  for (icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); error != NULL;
       error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s %s: %s\n", path, icalcomponent_kind_to_string(icalcomponent_isa(component)), uid == NULL ? "-" : uid,
           icalproperty_get_xlicerror(error));
    errors++;
  }
  for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child != NULL;
       child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    errors += report(path, child);
  }
  return errors;
}

int main(int argc, char **argv) {
  int problems = 0;
  for (int i = 1; i < argc; i++) {
    char *text = read_file(argv[i]);
    if (text == NULL) {
      fprintf(stderr, "%s: cannot be read\n", argv[i]);
      return 2;
    }
    icalcomponent *calendar = icalparser_parse_string(text);
    free(text);
    if (calendar == NULL || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
      printf("%s: not an iCalendar object\n", argv[i]);
      problems++;
      continue;
    }
    int events = icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
    if (!icalrestriction_check(calendar)) {
      printf("%s: icalrestriction_check refused the calendar\n", argv[i]);
      problems++;
    }
    int errors = report(argv[i], calendar);
    problems += errors;
    printf("%s: %d VEVENT, %d problem(s)\n", argv[i], events, errors);
    icalcomponent_free(calendar);
  }
  return problems == 0 ? 0 : 1;
}
