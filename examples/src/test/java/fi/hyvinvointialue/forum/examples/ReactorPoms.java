package fi.hyvinvointialue.forum.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The reactor's poms as the build tests read them: surefire runs in examples/, so the root is its parent.
 * Only what those tests need: modules, coordinates, properties, the BOM's managed dependencies.
 */
final class ReactorPoms {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String BOM = "forum-bom";

  private ReactorPoms() {}

  /** One module's pom, read from {@code <root>/<directory>/pom.xml}. */
  record Pom(String directory, Element project) {
    static Pom of(String directory) {
      Path file = ROOT.resolve(directory).resolve("pom.xml");
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return new Pom(directory, document.getDocumentElement());
      } catch (IOException | ParserConfigurationException | SAXException e) {
        throw new IllegalStateException("cannot read " + file, e);
      }
    }

    String artifactId() {
      return text(project, "artifactId").orElseThrow();
    }

    /** The pom's own version, else its parent's. */
    String version() {
      return text(project, "version").or(() -> child(project, "parent").flatMap(p -> text(p, "version"))).orElseThrow();
    }

    /** The pom's own groupId, else its parent's. */
    String groupId() {
      return text(project, "groupId").or(() -> child(project, "parent").flatMap(p -> text(p, "groupId"))).orElseThrow();
    }

    Optional<String> property(String name) {
      return child(project, "properties").flatMap(properties -> text(properties, name));
    }

    boolean published() {
      return !property("maven.deploy.skip").equals(Optional.of("true"));
    }

    List<String> modules() {
      return child(project, "modules").map(modules -> children(modules, "module").stream()
          .map(Node::getTextContent).map(String::trim).toList()).orElse(List.of());
    }

    List<Element> managedDependencies() {
      return child(project, "dependencyManagement").flatMap(management -> child(management, "dependencies"))
          .map(dependencies -> children(dependencies, "dependency")).orElse(List.of());
    }
  }

  static Pom root() {
    return Pom.of(".");
  }

  /** Every module of the root pom except the BOM itself, in the root pom's order. */
  static List<Pom> modules() {
    return root().modules().stream().filter(module -> !module.equals(BOM)).map(Pom::of).toList();
  }

  static List<Pom> publishedModules() {
    return modules().stream().filter(Pom::published).toList();
  }

  static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(Node::getTextContent).map(String::trim);
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
