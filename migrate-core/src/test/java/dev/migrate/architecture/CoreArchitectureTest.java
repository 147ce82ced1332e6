package dev.migrate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's map (DESIGN.md, "Layers of the core") checked on its compiled classes: each layer
 * uses only the layers below it, no two packages need each other, the revision graph and the
 * schema model touch no database, and case is folded the same way in every locale.
 *
 * <p>Layers are matched by a package segment ("..runtime.."), so they still hold when a package
 * moves below an {@code internal} or {@code api} package. The root package {@code dev.migrate}
 * (the entry point and the exceptions every layer throws) belongs to no layer.
 */
class CoreArchitectureTest {

    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() {
        // The module's own output folders (the tests run in the module's folder): scanning the
        // class path for the package would read every jar on it first.
        main = new ClassFileImporter().importPath(Path.of("target", "classes"));
        tests = new ClassFileImporter().importPath(Path.of("target", "test-classes"));
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        ArchRule layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("command")
                .definedBy("..command..")
                .layer("autogenerate")
                .definedBy("..autogenerate..")
                .layer("runtime")
                .definedBy("..runtime..")
                .layer("script")
                .definedBy("..script..")
                .layer("dialect")
                .definedBy("..dialect..")
                .layer("ops")
                .definedBy("..ops..")
                .layer("schema")
                .definedBy("..schema..")
                .whereLayer("command")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("autogenerate")
                .mayOnlyBeAccessedByLayers("command")
                .whereLayer("runtime")
                .mayOnlyBeAccessedByLayers("command", "autogenerate")
                .whereLayer("script")
                .mayOnlyBeAccessedByLayers("command", "autogenerate", "runtime")
                .whereLayer("dialect")
                .mayOnlyBeAccessedByLayers("command", "autogenerate", "runtime", "script")
                .whereLayer("ops")
                .mayOnlyBeAccessedByLayers("command", "autogenerate", "runtime", "script", "dialect")
                .whereLayer("schema")
                .mayOnlyBeAccessedByLayers("command", "autogenerate", "runtime", "script", "dialect", "ops");
        layers.check(main);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("dev.migrate.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theRevisionGraphIsPure() {
        noClasses()
                .that()
                .resideInAPackage("..script.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio.file..")
                .because("the graph is computed without a database or files (DESIGN.md, layer script)")
                .check(main);
    }

    @Test
    void theSchemaModelTouchesNoDatabase() {
        noClasses()
                .that()
                .resideInAPackage("..schema..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the schema model is plain data; reading it from a database is the dialect's job")
                .check(main);
    }

    @Test
    void caseIsFoldedWithAnExplicitLocale() {
        noClasses()
                .should()
                .callMethod(String.class, "toLowerCase")
                .orShould()
                .callMethod(String.class, "toUpperCase")
                .because("the default locale changes the result (Turkish dotless i): use toLowerCase(Locale.ROOT)")
                .check(main);
    }

    @Test
    void testsFoldCaseWithAnExplicitLocaleToo() {
        noClasses()
                .should()
                .callMethod(String.class, "toLowerCase")
                .orShould()
                .callMethod(String.class, "toUpperCase")
                .because("the default locale changes the result (Turkish dotless i): use toLowerCase(Locale.ROOT)")
                .check(tests);
    }
}
