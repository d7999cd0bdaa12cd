package fi.hyvinvointialue.forum.domain.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hexagon as whitelists, shared by every module's architecture test. Each rule takes the root
 * package, so a test can also show it failing on a fixture that breaks it.
 */
public final class HexagonRules {
  /**
   * What the JDK offers the model: values, collections, time, URIs, the stream types ports name, patterns,
   * and hashing and randomness for the tokens' secrets ({@code TokenSecrets}).
   */
  private static final String[] JDK_FOR_THE_MODEL = {
    "java.lang", "java.lang.annotation", "java.lang.invoke", "java.util", "java.util.function", "java.util.stream",
    "java.util.regex", "java.time..", "java.math", "java.net", "java.io", "java.nio.charset", "java.security"
  };

  /** Guava, Immutables, and the annotations their generated code carries. */
  private static final String[] MODEL_LIBRARIES = {
    "com.google.common..", "org.immutables..", "com.google.errorprone.annotations..", "org.jspecify..", "javax.annotation.."
  };

  /** The profile's periods: a date derived from one of them is the calendar's to compute. */
  private static final Set<String> PROFILE_PERIODS = Set.of(
      "publicationLeadDays", "feedbackMinDays", "recordingAvailableDays", "recordingPublicationDays", "memoDeliveryDays",
      "decisionMarginDays", "maxDaysBetweenForums", "minDaysBetweenForums", "personalDataRetention", "summerBreakUntil");

  private HexagonRules() {}

  /** The library's own main classes under {@code root}: neither test classes nor test-jars. */
  public static JavaClasses mainClasses(String root) {
    ImportOption noTestJars = location -> !location.matches(Pattern.compile(".*-tests\\.jar.*"));
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(noTestJars)
        .importPackages(root);
  }

  /** The domain depends on the JDK's value types, Guava and Immutables, and nothing else. */
  public static ArchRule domainDependsOnlyOnTheWhitelist(String root) {
    return classes()
        .that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat()
        // java.lang.reflect: ModelValues reads the model's attributes from its own value types, so no
        // second list of its fields exists; nothing outside the domain needs it
        .resideInAnyPackage(concat(new String[] {root + ".domain..", "java.lang.reflect"}, JDK_FOR_THE_MODEL, MODEL_LIBRARIES))
        .because("the domain is pure: no I/O, no frameworks, no Jackson");
  }

  /** The rules see the domain, and otherwise only what the domain may see. */
  public static ArchRule rulesSeeOnlyTheDomain(String root) {
    return classes()
        .that().resideInAPackage(root + ".rules..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {root + ".domain..", root + ".rules..", "java.text", "java.nio.charset"}, JDK_FOR_THE_MODEL,
            MODEL_LIBRARIES))
        .because("rules are pure functions of the model and the profile");
  }

  /** No adapter sees another: they meet only in the domain's ports. */
  public static ArchRule adaptersDoNotSeeEachOther(String root) {
    return slices()
        .matching(root + ".adapters.(*)..")
        .should().notDependOnEachOther()
        .because("adapters meet only in the domain's ports");
  }

  /** The planner sees the domain, and otherwise only what the domain may see: it needs no verdict to plan. */
  public static ArchRule plannerSeesOnlyTheDomain(String root) {
    return classes()
        .that().resideInAPackage(root + ".planning..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {root + ".domain..", root + ".planning..", "java.text"}, JDK_FOR_THE_MODEL,
            MODEL_LIBRARIES))
        .because("the planner proposes dates from the domain's calendar; the rules judge its plans afterwards");
  }

  /** The use cases see the domain and the rules, and otherwise only what the domain may see. */
  public static ArchRule useCasesSeeOnlyTheDomainAndTheRules(String root) {
    return classes()
        .that().resideInAPackage(root + ".secretariat..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {root + ".domain..", root + ".rules..", root + ".secretariat..",
            "java.text", "java.util.concurrent.."}, JDK_FOR_THE_MODEL, MODEL_LIBRARIES))
        .because("the use cases drive the ports; adapters are plugged in by the embedding system");
  }

  /**
   * The published language (plan files, reports, the schema) sees the domain, the rules and Jackson,
   * with SnakeYAML, Jackson's YAML parser, whose limits and events the plan reader sets and checks.
   */
  public static ArchRule publishedLanguageSeesOnlyTheModelAndJackson(String root) {
    return classes()
        .that().resideInAPackage(root + ".json..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {root + ".domain..", root + ".rules..", root + ".json..",
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "java.nio..", "java.text", "java.util.regex"},
            JDK_FOR_THE_MODEL, MODEL_LIBRARIES))
        .because("the codec turns the model into text and back; storage, the command and the server use it");
  }

  /** The pages see the domain and the rules: no server, no command line, no storage. */
  public static ArchRule pagesSeeOnlyTheModel(String root) {
    return classes()
        .that().resideInAPackage(root + ".pages..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {root + ".domain..", root + ".rules..", root + ".pages..", "java.text",
                "gg.jte.."},
            JDK_FOR_THE_MODEL, MODEL_LIBRARIES))
        .because("the command, a server and a static site all draw the same pages (with jte's precompiled templates)");
  }

  /** Nothing in the domain, the rules, the planner or the use cases reaches out to an adapter or an application. */
  public static ArchRule theInsideDoesNotSeeTheOutside(String root) {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAnyPackage(root + ".domain..", root + ".rules..", root + ".planning..", root + ".secretariat..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters..", root + ".json..", root + ".pages..",
            root + ".examples..", root + ".cli..", root + ".server..");
  }

  /**
   * The server serves the model, the verdict, the codec's documents, the pages and the adapters' output:
   * it plans nothing and runs no use case, and knows nothing of the command line that starts it.
   */
  public static ArchRule serverSeesOnlyTheModelUseCasesPagesAndAdapters(String root) {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage(root + ".server..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".planning..", root + ".cli..", root + ".examples..")
        .because("the server may depend on the domain, the rules, the secretariat's use cases, the codec, the pages and the adapters");
  }

  /** The server is an application: only the command line (and the examples) start it; no library depends on it. */
  public static ArchRule onlyTheCommandLineSeesTheServer(String root) {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages(root + ".server..", root + ".cli..", root + ".examples..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".server..");
  }

  /** The command line is an application: no library module depends on it. */
  public static ArchRule noLibrarySeesTheCommandLine(String root) {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages(root + ".cli..", root + ".examples..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".cli..", root + ".examples..");
  }

  /**
   * Only the calendar of deadlines ({@code PolicyCalendar}) reads the profile's periods, so the verdict, the plan, the
   * feed and the pages cannot disagree about a date. The profile's own value classes and the codec, which writes the
   * profile out, may read them too.
   */
  public static ArchRule profilePeriodsBecomeDatesOnlyInTheCalendar(String root) {
    String profilePackage = root + ".domain.profile";
    String profile = profilePackage + ".PolicyProfile";
    DescribedPredicate<JavaAccess<?>> readsAPeriod = new DescribedPredicate<>("read a period off " + profile) {
      @Override
      public boolean test(JavaAccess<?> access) {
        return PROFILE_PERIODS.contains(access.getTarget().getName()) && access.getTarget().getOwner().isAssignableTo(profile);
      }
    };
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().haveNameNotMatching(Pattern.quote(profilePackage) + "\\.(PolicyCalendar|(Immutable)?PolicyProfile)(\\$.*)?")
        .and().resideOutsideOfPackage(root + ".json..")
        .should().accessTargetWhere(readsAPeriod)
        .because("a period becomes a date in one place, PolicyCalendar");
  }

  /** No two packages depend on each other, directly or round about. */
  public static ArchRule packagesAreFreeOfCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
