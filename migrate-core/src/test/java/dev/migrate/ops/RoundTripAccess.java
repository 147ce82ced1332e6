package dev.migrate.ops;

import dev.migrate.internal.dialect.LiveDatabase;
import dev.migrate.internal.dialect.SchemaSnapshot;
import java.util.function.Consumer;

/** {@link RoundTrip} for tests outside this package. */
public final class RoundTripAccess {

    private RoundTripAccess() {}

    public static void assertRoundTrip(LiveDatabase db, Operation operation, Consumer<SchemaSnapshot> applied) {
        RoundTrip.assertRoundTrip(db, operation, applied);
    }
}
