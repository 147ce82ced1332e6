package dev.migrate.autogenerate.corpus;

import dev.migrate.schema.SchemaModel;

import java.util.function.Function;

/**
 * One case of the autogenerate corpus: the model the database is at, and the model it should
 * get to. Either side is given per dialect, so an entity-based case can build its Hibernate
 * model for the database at hand.
 */
public record ModelChange(String name, Function<String, SchemaModel> before, Function<String, SchemaModel> after) {

    public static ModelChange of(String name, SchemaModel before, SchemaModel after) {
        return new ModelChange(name, dialect -> before, dialect -> after);
    }

    @Override
    public String toString() {
        return name;
    }
}
