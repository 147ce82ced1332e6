package dev.migrate.spring.boot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules Spring Boot's own build checks on its auto-configuration modules, applied here: an
 * auto-configuration class is a public final class whose beans are not public API, conditions
 * are not public, post-processor beans are static (declaring them must not create anything
 * early), a class condition sits on a class (on a method it cannot stop the method's signature
 * from loading), every auto-configuration is registered, no package cycles, and case is folded
 * with an explicit locale.
 */
class AutoConfigurationArchitectureTests {

    private static final String AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.AutoConfiguration";
    private static final String BEAN = "org.springframework.context.annotation.Bean";
    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void autoConfigurationClassesArePublicAndFinal() {
        classes()
                .that()
                .areAnnotatedWith(AUTO_CONFIGURATION)
                .should()
                .bePublic()
                .andShould()
                .haveModifier(JavaModifier.FINAL)
                .check(main);
    }

    @Test
    void autoConfigurationClassesExposeNoPublicMembers() {
        members()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(AUTO_CONFIGURATION)
                .and(areNotConstructors())
                .should()
                .notBePublic()
                .because("an auto-configuration is not API: applications replace its beans, never call it")
                .check(main);
    }

    @Test
    void nestedConfigurationClassesDoNotProxyBeanMethods() {
        classes()
                .that()
                .areAnnotatedWith(CONFIGURATION)
                .and()
                .areNestedClasses()
                .should(declareProxyBeanMethodsFalse())
                .check(main);
    }

    @Test
    void conditionsAreNotPublic() {
        noClasses()
                .that()
                .areAssignableTo("org.springframework.boot.autoconfigure.condition.SpringBootCondition")
                .and()
                .doNotHaveModifier(JavaModifier.ABSTRACT)
                .should()
                .bePublic()
                .check(main);
    }

    @Test
    void postProcessorBeanMethodsAreStatic() {
        methods()
                .that()
                .areAnnotatedWith(BEAN)
                .and()
                .haveRawReturnType(assignableToAny(
                        "org.springframework.beans.factory.config.BeanPostProcessor",
                        "org.springframework.beans.factory.config.BeanFactoryPostProcessor"))
                .should()
                .beStatic()
                .because("a post-processor is created before the other beans; an instance method would create its "
                        + "configuration class early")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void beanMethodsCarryNoClassCondition() {
        methods()
                .that()
                .areAnnotatedWith(BEAN)
                .should()
                .notBeAnnotatedWith("org.springframework.boot.autoconfigure.condition.ConditionalOnClass")
                .because("on a method it cannot stop the method's signature from loading; put it on a nested "
                        + "@Configuration class")
                .check(main);
    }

    @Test
    void everyAutoConfigurationIsRegisteredAndEveryRegisteredClassIsOne() throws IOException {
        Path imports = Path.of(
                "target",
                "classes",
                "META-INF",
                "spring",
                "org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        Set<String> registered = Files.readAllLines(imports).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> annotated = main.stream()
                .filter(type -> type.isAnnotatedWith(AUTO_CONFIGURATION))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).isEqualTo(annotated);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("dev.migrate.spring.boot.(**)")
                .should()
                .beFreeOfCycles()
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

    private static DescribedPredicate<JavaMember> areNotConstructors() {
        return DescribedPredicate.describe("are not constructors", member -> !(member instanceof JavaConstructor));
    }

    private static DescribedPredicate<JavaClass> assignableToAny(String... types) {
        return DescribedPredicate.describe("assignable to one of " + String.join(", ", types), type -> {
            for (String name : types) {
                if (type.isAssignableTo(name)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static ArchCondition<JavaClass> declareProxyBeanMethodsFalse() {
        return new ArchCondition<>("declare @Configuration(proxyBeanMethods = false)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Object proxy = type.getAnnotationOfType(CONFIGURATION)
                        .get("proxyBeanMethods")
                        .orElse(true);
                if (!Boolean.FALSE.equals(proxy)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " proxies its bean methods"));
                }
            }
        };
    }
}
