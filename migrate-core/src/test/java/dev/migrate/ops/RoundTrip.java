package dev.migrate.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.LiveDatabase;
import dev.migrate.internal.dialect.SchemaSnapshot;
import java.util.function.Consumer;

/**
 * Applies an operation, checks the schema it leaves, applies its reverse and checks the schema
 * is back exactly, then applies the operation again (and checks it leaves the same schema), so
 * that the database ends in the operation's state.
 */
final class RoundTrip {

    private RoundTrip() {}

    static void assertRoundTrip(LiveDatabase db, Operation operation, Consumer<SchemaSnapshot> applied) {
        SchemaSnapshot before = db.snapshot();
        db.run(operation);
        SchemaSnapshot after = db.snapshot();
        assertThat(after.facts()).as("the schema after %s", operation).isNotEqualTo(before.facts());
        applied.accept(after);
        Operation reverse = operation.reverse();
        db.run(reverse);
        assertThat(db.snapshot().facts())
                .as("the schema after the reverse of %s", operation)
                .containsExactlyInAnyOrderEntriesOf(before.facts());
        db.run(operation);
        assertThat(db.snapshot().facts())
                .as("the schema after applying %s again", operation)
                .containsExactlyInAnyOrderEntriesOf(after.facts());
    }
}
