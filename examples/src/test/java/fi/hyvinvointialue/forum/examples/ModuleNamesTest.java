package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.hyvinvointialue.forum.examples.ReactorPoms.Pom;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every published jar names itself for the module path (Automatic-Module-Name), and the name is the
 * module's root package: each module sets {@code automatic.module.name}, the root pom writes it into the manifest.
 */
class ModuleNamesTest {
  private static final String PREFIX = "fi.hyvinvointialue.forum.";

  @Test
  void everyPublishedModuleNamesItselfAfterItsRootPackage() throws IOException {
    for (Pom module : ReactorPoms.publishedModules()) {
      String name = module.property("automatic.module.name").orElseThrow(
          () -> new AssertionError(module.directory() + "/pom.xml sets no automatic.module.name"));
      assertTrue(name.startsWith(PREFIX), name);
      Set<String> packages = packages(ReactorPoms.ROOT.resolve(module.directory()).resolve("src/main/java"));
      assertTrue(packages.contains(name), module.directory() + " has no package " + name);
      for (String inModule : packages) {
        assertTrue(inModule.equals(name) || inModule.startsWith(name + "."), inModule + " is outside " + name);
      }
    }
  }

  @Test
  void theNamesAreDistinct() {
    List<String> names = ReactorPoms.modules().stream().map(pom -> pom.property("automatic.module.name").orElseThrow()).toList();

    assertEquals(names.size(), Set.copyOf(names).size(), names.toString());
  }

  /** Reads the built jars from the test class path: a reactor build to verify puts them there, `mvn test` puts classes directories. */
  @Test
  void theBuiltJarsCarryTheName() {
    for (Pom module : ReactorPoms.publishedModules()) {
      Optional<Path> jar = jarOnClassPath(module);
      assumeTrue(jar.isPresent(), module.artifactId() + " is not on the class path as a jar (run `./mvnw verify`)");

      Set<ModuleDescriptor> found = ModuleFinder.of(jar.get()).findAll().stream()
          .map(reference -> reference.descriptor()).collect(Collectors.toSet());

      assertEquals(1, found.size(), jar.get().toString());
      ModuleDescriptor descriptor = found.iterator().next();
      assertTrue(descriptor.isAutomatic(), jar.get().toString());
      assertEquals(module.property("automatic.module.name").orElseThrow(), descriptor.name(), jar.get().toString());
    }
  }

  private static Optional<Path> jarOnClassPath(Pom module) {
    String jarName = module.artifactId() + "-" + module.version() + ".jar";
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).filter(path -> path.getFileName().toString().equals(jarName)).findFirst();
  }

  private static Set<String> packages(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(file -> file.getFileName().toString().equals("package-info.java"))
          .map(file -> sources.relativize(file.getParent()).toString().replace(File.separatorChar, '.'))
          .collect(Collectors.toSet());
    }
  }
}
