package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
  private static String folded(String unfolded) {
    return new String(ContentLines.fold(unfolded), StandardCharsets.UTF_8);
  }

  @Test
  void aLineOf75OctetsStaysWholeAndOneOf76IsFolded() {
    String exactly = "SUMMARY:" + "x".repeat(67);
    String oneMore = exactly + "y";

    assertEquals(exactly + "\r\n", folded(exactly + "\r\n"));
    assertEquals(exactly + "\r\n y\r\n", folded(oneMore + "\r\n"));
  }

  @Test
  void twoOctetLettersAreNeverSplitAndContinuationsCountTheirSpace() {
    String line = "SUMMARY:" + "ä".repeat(80);

    String[] physical = folded(line + "\r\n").split("\r\n");

    assertEquals("SUMMARY:" + "ä".repeat(33), physical[0], "8 + 66 octets; one more would be 76");
    assertEquals(" " + "ä".repeat(37), physical[1], "1 + 74 octets");
    assertEquals(" " + "ä".repeat(10), physical[2]);
  }

  @Test
  void fourOctetEmojiStayWholeAndUnfoldingGivesTheLineBack() {
    String line = "DESCRIPTION:" + "👩🏽‍⚕️🎉".repeat(20);

    String folded = folded(line + "\r\n");

    for (String physical : folded.split("\r\n")) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
    }
    assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
  }

  @Test
  void theOutputIsUtf8WithoutAByteOrderMark() {
    assertArrayEquals("A:ö\r\n".getBytes(StandardCharsets.UTF_8), ContentLines.fold("A:ö\r\n"));
  }

  @Test
  void aBareLineBreakInsideALineIsRefusedRatherThanWritten() {
    assertThrows(IllegalStateException.class, () -> ContentLines.fold("SUMMARY:a\nBEGIN:VEVENT\r\n"));
    assertThrows(IllegalStateException.class, () -> ContentLines.fold("SUMMARY:a\rb\r\n"));
    assertThrows(IllegalStateException.class, () -> ContentLines.fold("SUMMARY:no line end"));
  }
}
