package dev.migrate.internal.autogenerate.corpus;

import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.schema.SchemaModel;
import java.util.List;
import java.util.function.Function;

/**
 * One case of the autogenerate corpus: the model the database is at, and the model it should
 * get to. Either side is given per dialect, so an entity-based case can build its Hibernate
 * model for the database at hand.
 *
 * @param afterEntities the entity classes of the "after" model, which Hibernate's own schema
 *                      validation checks the upgraded database against; empty when the case is
 *                      written as a schema model
 */
public record ModelChange(
        String name,
        Function<String, SchemaModel> before,
        Function<String, SchemaModel> after,
        List<Class<?>> afterEntities) {

    public ModelChange {
        afterEntities = List.copyOf(afterEntities);
    }

    public static ModelChange of(String name, SchemaModel before, SchemaModel after) {
        return new ModelChange(name, dialect -> before, dialect -> after, List.of());
    }

    /** A change between two sets of entity classes: each side is Hibernate's mapping of its classes. */
    public static ModelChange entities(String name, List<Class<?>> before, List<Class<?>> after) {
        return new ModelChange(
                name,
                dialect -> before.isEmpty()
                        ? new SchemaModel(List.of(), List.of())
                        : HibernateModel.fromEntities(before, dialect),
                dialect -> HibernateModel.fromEntities(after, dialect),
                after);
    }

    @Override
    public String toString() {
        return name;
    }
}
