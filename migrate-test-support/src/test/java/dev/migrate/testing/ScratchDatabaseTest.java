package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScratchDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsAnIsolatedDatabaseAndDropsItOnClose(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute("CREATE TABLE scratch_probe (id INT PRIMARY KEY)", "INSERT INTO scratch_probe VALUES (1)");
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scratch_probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
