package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as rules that fail the build: the API maps, the domain decides. Plain JUnit on
 * the compiled classes; nothing starts.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void nothingOutsideTheApiDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("vn.motcua..graphql..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua..graphql..")
                .because("services take domain commands and return domain results; the graphql packages map")
                .check(MAIN);
    }

    @Test
    void servicesKnowNothingOfGraphQL() {
        noClasses().that().resideInAPackage("vn.motcua..service..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.microprofile.graphql..", "io.smallrye.graphql..", "graphql..")
                .check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.motcua.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void entitiesDependOnlyOnTheDomainAndCommon() {
        noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(MappedSuperclass.class)
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua..service..", "vn.motcua..graphql..",
                        "vn.motcua.security..", "vn.motcua.demo..", "vn.motcua.devdb..")
                .because("entities are the domain's state: rules that act on them live in services")
                .check(MAIN);
    }
}
