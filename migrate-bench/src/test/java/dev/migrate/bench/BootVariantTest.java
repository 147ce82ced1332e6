package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each Spring Boot variant of benchmark 5 gets its own tool's jars and not the other's. */
class BootVariantTest {

    @Test
    void eachVariantSeesOnlyItsOwnTool() {
        String migrate = BootStartupBenchmark.Variant.MIGRATE.classpath();
        String flyway = BootStartupBenchmark.Variant.FLYWAY.classpath();
        String neither = BootStartupBenchmark.Variant.NEITHER.classpath();

        assertThat(migrate).contains("migrate-spring-boot-autoconfigure").doesNotContain("flyway-core");
        assertThat(flyway)
                .contains("flyway-core")
                .contains("spring-boot-flyway")
                .doesNotContain("migrate-spring-boot-");
        assertThat(neither)
                .doesNotContain("flyway-")
                .doesNotContain("migrate-spring-boot-")
                .doesNotContain("migrate-core");
        for (String classpath : new String[] {migrate, flyway, neither}) {
            assertThat(classpath).contains("spring-boot-jdbc").contains("postgresql");
        }
    }
}
