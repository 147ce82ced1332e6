package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.spring.boot.autoconfigure.MigrateProperties.CheckOnStartup;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when something will read the application's JPA mapping: command mode (for
 * {@code check} and {@code revision --autogenerate}) or {@code migrate.check-on-startup} other
 * than {@code off}. Otherwise Hibernate's boot metadata is not kept alive for nothing.
 */
class EntityModelNeededCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        if (environment.getProperty(MigrateCommandMode.ACTIVE_PROPERTY, boolean.class, false)) {
            return ConditionOutcome.match("migrate command mode reads the JPA mapping");
        }
        CheckOnStartup mode = Binder.get(environment)
                .bind(SchemaCheckOnStartup.PROPERTY, CheckOnStartup.class)
                .orElse(CheckOnStartup.OFF);
        return (mode != CheckOnStartup.OFF)
                ? ConditionOutcome.match(SchemaCheckOnStartup.PROPERTY + " is " + mode)
                : ConditionOutcome.noMatch(SchemaCheckOnStartup.PROPERTY + " is off and not in command mode");
    }
}
