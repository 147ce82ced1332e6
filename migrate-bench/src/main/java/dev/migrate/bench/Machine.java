package dev.migrate.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the results were measured on: the machine, the JVM, the databases and each tool's version. */
final class Machine {

    private Machine() {}

    static String describe(List<BenchDatabase> databases) {
        StringBuilder out = new StringBuilder();
        out.append("- CPU: ")
                .append(cpuModel())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores visible to the JVM\n");
        out.append("- Memory: ").append(memory()).append('\n');
        out.append("- OS: ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append('\n');
        out.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append('\n');
        for (BenchDatabase database : databases) {
            out.append("- ")
                    .append(database.label())
                    .append(": ")
                    .append(database.version())
                    .append('\n');
        }
        out.append("- Tools: migrate ")
                .append(jarVersion("migrate-core-", "(reactor build)"))
                .append(", Flyway ")
                .append(jarVersion("flyway-core-", "?"))
                .append(", Liquibase ")
                .append(jarVersion("liquibase-core-", "?"))
                .append(", Hibernate ORM ")
                .append(jarVersion("hibernate-core-", "?"))
                .append(", Spring Boot ")
                .append(jarVersion("spring-boot-", "?"))
                .append(", JMH ")
                .append(jarVersion("jmh-core-", "?"))
                .append(", JDBC drivers PostgreSQL ")
                .append(jarVersion("postgresql-", "?"))
                .append(", MariaDB ")
                .append(jarVersion("mariadb-java-client-", "?"))
                .append(", H2 ")
                .append(jarVersion("h2-", "?"))
                .append('\n');
        return out.toString();
    }

    /** The one-minute load average; on a shared machine it says how far the figures can be trusted. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }

    private static String cpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The version in a jar's file name on this classpath, e.g. flyway-core-11.14.1.jar. */
    static String jarVersion(String prefix, String otherwise) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith(prefix) && name.endsWith(".jar") && Character.isDigit(name.charAt(prefix.length()))) {
                return name.substring(prefix.length(), name.length() - ".jar".length());
            }
        }
        return otherwise;
    }
}
