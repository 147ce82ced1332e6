package dev.migrate.internal.autogenerate.hibernate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The part of an application's configuration that changes how Hibernate maps its entities, read
 * as Spring Boot reads it: the naming strategies of {@code spring.jpa.hibernate.naming.*} (Spring
 * Boot's own when absent) and every {@code spring.jpa.properties.*} entry, handed to Hibernate
 * without the prefix ({@code spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type}).
 *
 * @param physicalNamingStrategy the class name of the physical naming strategy; {@code null} for Spring Boot's
 * @param implicitNamingStrategy the class name of the implicit naming strategy; {@code null} for Spring Boot's
 * @param hibernate              Hibernate settings ({@code hibernate.*}, {@code jakarta.persistence.*})
 */
public record JpaSettings(String physicalNamingStrategy, String implicitNamingStrategy, Map<String, String> hibernate) {

    private static final String PROPERTIES = "spring.jpa.properties.";
    private static final String NAMING = "spring.jpa.hibernate.naming.";

    public JpaSettings {
        hibernate = Map.copyOf(hibernate);
    }

    /** Spring Boot's defaults: its naming strategies and no Hibernate settings. */
    public static JpaSettings defaults() {
        return new JpaSettings(null, null, Map.of());
    }

    /**
     * The settings an application's flattened properties (as {@link ApplicationProperties} reads
     * them) give. Keys under {@code spring.jpa.hibernate.naming} are matched in Spring's relaxed
     * forms ({@code physical-strategy}, {@code physicalStrategy}, {@code physical_strategy}).
     */
    public static JpaSettings fromApplicationProperties(Map<String, String> properties) {
        String physical = null;
        String implicit = null;
        Map<String, String> hibernate = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(PROPERTIES)) {
                hibernate.put(
                        key.substring(PROPERTIES.length()), entry.getValue().strip());
            } else if (key.startsWith(NAMING)) {
                String name = key.substring(NAMING.length())
                        .replace("-", "")
                        .replace("_", "")
                        .toLowerCase(Locale.ROOT);
                if (name.equals("physicalstrategy")) {
                    physical = entry.getValue().strip();
                } else if (name.equals("implicitstrategy")) {
                    implicit = entry.getValue().strip();
                }
            }
        }
        return new JpaSettings(physical, implicit, hibernate);
    }
}
