package io.jobstream.stack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries the design rests on, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jobstream");
  }

  @Test
  void shouldKeepTheContractsFreeOfKafkaAndJdbc() {
    noClasses()
        .that().resideInAPackage("io.jobstream.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "java.sql..")
        .check(classes);
  }

  @Test
  void shouldKeepTheEnrichmentLibraryFreeOfKafka() {
    noClasses()
        .that().resideInAPackage("io.jobstream.enrich..")
        .and().resideOutsideOfPackage("io.jobstream.enrich.topology..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "java.sql..")
        .check(classes);
  }

  @Test
  void shouldLetOnlyTheSinkTouchJdbc() {
    // The launcher (io.jobstream.stack) wires the sink in-process and passes its store's
    // SQLException through; it writes no SQL of its own.
    noClasses()
        .that().resideOutsideOfPackages(
            "io.jobstream.sink..", "io.jobstream.testsupport..", "io.jobstream.stack..")
        .should().dependOnClassesThat().resideInAPackage("java.sql..")
        .check(classes);
  }

  @Test
  void shouldKeepTheProducerFreeOfKafkaStreams() {
    noClasses()
        .that().resideInAnyPackage("io.jobstream.ingest..", "io.jobstream.sink..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.streams..")
        .check(classes);
  }
}
