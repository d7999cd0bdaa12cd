package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** ical4j runs offline and in memory: no zone updates from tzurl.org, no cache on disk. */
class OfflineConfigurationTest {
  @Test
  void ical4jFetchesNoTimeZonesAndCachesInMemory() {
    assertEquals(Optional.of("false"), Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
    assertEquals(Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
        Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
  }
}
