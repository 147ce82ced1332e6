package dev.migrate.cli;

import dev.migrate.internal.fleet.TenantSource;
import java.util.function.Supplier;

/**
 * What an application that embeds the CLI (Spring Boot's command mode) says about
 * {@code migrate fleet}'s tenants, in place of migrate.properties' {@code tenants_*} keys; the
 * command line's {@code --tenants-…}, {@code --parallel} and {@code --[no-]continue-on-error} win.
 *
 * @param source          the application's tenant source, asked only when the command line names
 *                        none; it throws a {@link dev.migrate.BadInputException} saying how to name
 *                        one when the application names none
 * @param parallel        tenants run at once
 * @param continueOnError whether the other tenants run after one failed
 */
public record ApplicationTenants(Supplier<TenantSource> source, int parallel, boolean continueOnError) {}
