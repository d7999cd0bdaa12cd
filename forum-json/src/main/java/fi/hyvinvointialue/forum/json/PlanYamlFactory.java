package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML as plan files use it: the JSON data model written in YAML, without anchors and aliases.
 *
 * <p>Anchors ({@code &name}) and aliases ({@code *name}) are refused, at their line and column and with
 * the field's path, rather than expanded. Jackson's YAML parser reads SnakeYAML's events one by one and
 * hands an alias on as a text holding the anchor's <em>name</em> ({@code title: *otsikko} would be the
 * title "otsikko"); expanding it correctly would mean keeping every anchored subtree and replaying it as
 * tokens at each alias, with the places of errors inside it pointing at the anchor, and bounding the
 * expansion ("billion laughs"), which SnakeYAML does only in its composer, which Jackson does not use.
 * A plan file gains nothing from aliases that a plain copy does not give, and JSON, the other plan file
 * format, has none; so a plan file means exactly what it says.
 *
 * <p>Texts longer than {@link PlanLimits#MAX_TEXT_LENGTH} are refused here too, because Jackson checks
 * the length of texts only in JSON.
 */
final class PlanYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  PlanYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(data, offset, length, null, context));
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
        _createReader(in, null, context));
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    return _createParser(new CharArrayReader(data, offset, length), context);
  }

  private static final class Parser extends YAMLParser {
    Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      if (event instanceof AliasEvent) {
        throw refused(event, "the alias *" + ((AliasEvent) event).getAnchor()
            + " is not supported: plan files have no anchors and aliases; write the value out");
      }
      if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor() != null) {
        throw refused(event, "the anchor &" + ((NodeEvent) event).getAnchor()
            + " is not supported: plan files have no anchors and aliases; write the value out where it is used");
      }
      if (event instanceof ScalarEvent && ((ScalarEvent) event).getValue().length() > PlanLimits.MAX_TEXT_LENGTH) {
        throw refused(event, PlanLimits.textTooLong(((ScalarEvent) event).getValue().length()));
      }
      return event;
    }

    /** At the event's start, with the path of the value or field name it would become. */
    private RefusedInput refused(Event event, String problem) {
      String path = RefusedInput.pathAt(this, true);
      return new RefusedInput(this, problem, _locationFor(event.getStartMark()), path);
    }
  }
}
