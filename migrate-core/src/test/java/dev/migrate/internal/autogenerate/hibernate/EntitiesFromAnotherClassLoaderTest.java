package dev.migrate.internal.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.autogenerate.render.JavaCompilation;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library caller (a build plugin, a CLI) hands over entity classes loaded by a class loader of
 * its own, which the thread's context loader does not see: the mapping must still be read.
 */
class EntitiesFromAnotherClassLoaderTest {

    @TempDir
    Path work;

    @Test
    void entitiesOfAnOwnClassLoaderAreMappedWithoutTheContextLoader() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompilation.compileInto("""
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Shipment {
                    @Id
                    private Long id;

                    @Embedded
                    private Address address;

                    @Enumerated(EnumType.STRING)
                    private Status status;

                    @Embeddable
                    public static class Address {
                        private String street;
                        private String city;
                    }

                    public enum Status { OPEN, SENT }
                }
                """, "shop", "Shipment", work, classes);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> shipment = loader.loadClass("shop.Shipment");
            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());

            SchemaModel model = HibernateModel.fromEntities(List.of(shipment), "postgresql");

            Table table = model.table("shipment").orElseThrow();
            assertThat(table.columns())
                    .extracting(c -> c.name())
                    .containsExactlyInAnyOrder("id", "street", "city", "status");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
