package dev.migrate.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {

    @TempDir
    Path folder;

    @Test
    void shardsPartitionTheSetEvenlyAndStably() {
        List<Tenant> tenants = IntStream.range(0, 3000)
                .mapToObj(i -> Tenant.schema("tenant_" + i))
                .toList();
        Set<Tenant> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Shard shard = Shard.parse(i + "/3");
            List<Tenant> part = tenants.stream().filter(shard::contains).toList();
            assertThat(part.size()).as("shard " + shard).isBetween(850, 1150);
            for (Tenant tenant : part) {
                assertThat(seen.add(tenant)).as(tenant + " in one shard only").isTrue();
            }
        }
        assertThat(seen).hasSize(3000);
        // the hash is SHA-256's, the same in every JVM: a fixed tenant stays in a fixed shard
        assertThat(Shard.hash("tenant_0")).isEqualTo(Shard.hash(new String("tenant_0")));
        assertThat(Shard.parse("0/1").contains(Tenant.schema("x"))).isTrue();
    }

    @Test
    void badShardsSayWhatToGive() {
        assertThatThrownBy(() -> Shard.parse("3/3"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("0 <= i < n");
        assertThatThrownBy(() -> Shard.parse("1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("JOB_COMPLETION_INDEX");
        assertThatThrownBy(() -> Shard.parse("a/b"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("whole numbers");
    }

    @Test
    void aTenantsFileHoldsSchemasAndUrlsWithPasswordsMaskedInTheirIds() throws Exception {
        Path file = folder.resolve("tenants.txt");
        Files.writeString(
                file,
                "# tenants\ntenant_a\n\n  tenant_b  \njdbc:postgresql://db:5432/t?user=u&password=s3cret\ntenant_a\n");
        List<Tenant> tenants = TenantSource.file(file).tenants(null);
        List<String> ids = new ArrayList<>();
        tenants.forEach(t -> ids.add(t.id()));
        assertThat(ids).containsExactly("tenant_a", "tenant_b", "jdbc:postgresql://db:5432/t?user=u&password=***");
        assertThatThrownBy(
                        () -> TenantSource.file(folder.resolve("missing.txt")).tenants(null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing.txt");
        assertThatThrownBy(() -> TenantSource.pattern("t_%").tenants(null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--tenants-pattern");
    }
}
