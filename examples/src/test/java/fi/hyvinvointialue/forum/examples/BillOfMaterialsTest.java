package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.examples.ReactorPoms.Pom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import org.junit.jupiter.api.Test;

/** forum-bom manages every published module of the reactor, at the reactor's version, and nothing else. */
class BillOfMaterialsTest {
  private final Pom root = ReactorPoms.root();
  private final Pom bom = Pom.of(ReactorPoms.BOM);

  @Test
  void isAModuleOfTheReactorWithItsCoordinates() {
    assertTrue(root.modules().contains(ReactorPoms.BOM), "the root pom's <modules> lists " + ReactorPoms.BOM);
    assertEquals(root.groupId(), bom.groupId());
    assertEquals(root.version(), bom.version(), "forum-bom's version follows the reactor's");
  }

  @Test
  void listsEveryPublishedModuleAndNoOther() {
    Set<String> published = ReactorPoms.publishedModules().stream().map(Pom::artifactId).collect(Collectors.toSet());
    Set<String> managed = bom.managedDependencies().stream()
        .filter(dependency -> ReactorPoms.text(dependency, "type").isEmpty())
        .map(dependency -> ReactorPoms.text(dependency, "artifactId").orElseThrow())
        .collect(Collectors.toSet());

    assertEquals(published, managed);
  }

  @Test
  void leavesOutTheModulesThatAreNotPublished() {
    List<String> unpublished = ReactorPoms.modules().stream().filter(pom -> !pom.published()).map(Pom::artifactId).toList();

    assertEquals(List.of("examples", "benchmarks"), unpublished);
  }

  @Test
  void managesOnlyThisReactorsArtifactsAtItsVersion() {
    for (Element dependency : bom.managedDependencies()) {
      String name = ReactorPoms.text(dependency, "artifactId").orElseThrow();
      assertEquals(Optional.of(root.groupId()), ReactorPoms.text(dependency, "groupId"), name);
      assertEquals(Optional.of("${project.version}"), ReactorPoms.text(dependency, "version"), name);
    }
  }
}
