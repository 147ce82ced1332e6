#!/usr/bin/env bash
# Runs the benchmarks of migrate-bench and writes migrate-bench/RESULTS.md and migrate-bench/results.png.
#
#   ./migrate-bench/run.sh                    # defaults: 3 repetitions, postgresql,h2,mariadb, N = 100 and 1,000
#   REPEATS=5 DATABASES=postgresql,h2 ./migrate-bench/run.sh
#   QUICK=1 ./migrate-bench/run.sh            # every benchmark, fewer figures: see QUICK below
#
# Settings (environment):
#   REPEATS     repetitions of every figure (default 3; JMH takes at least 5 iterations)
#   DATABASES   comma-separated: postgresql, h2, mariadb (default all three; an unreachable one is skipped)
#   SIZES       revision counts of the fresh-upgrade benchmark (default 100,1000)
#   NOOP_SIZE   revisions applied before the no-op and Spring Boot start-up benchmarks (default 1000)
#   CHECK_SIZE  tables of the check benchmark (default 1000)
#   MEMORY_DATABASES    where the memory benchmark runs (default: DATABASES)
#   ONLY        which benchmarks to run (default 1,2,3,4,5,6,7; 3, 5 and 7 need PostgreSQL)
#   BENCH_PYTHON        the Python with Alembic and psycopg2 for benchmark 7 (default /usr/bin/python3;
#                       without them Alembic's figures are skipped and the results say so)
#   BENCH_POSTGRES_URL  default jdbc:postgresql://127.0.0.1:5432/test?user=postgres
#   BENCH_MARIADB_URL   default jdbc:mariadb://127.0.0.1:3306/test?user=root
#   SKIP_BUILD=1        reuse the last build
#   QUICK=1     changes the defaults to REPEATS=2 DATABASES=postgresql,h2 SIZES=1000 MEMORY_DATABASES=postgresql
#               (every benchmark still runs; a variable set explicitly still wins)
set -euo pipefail

if [[ "${QUICK:-0}" == "1" ]]; then
    : "${REPEATS:=2}" "${DATABASES:=postgresql,h2}" "${SIZES:=1000}" "${MEMORY_DATABASES:=postgresql}"
fi

module_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$module_dir")"
cd "$root_dir"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    # package also writes target/classpath.txt (maven-dependency-plugin, see the module's pom);
    # migrate-cli-dist's package leaves the launcher and migrate.jar benchmark 7 runs.
    mvn -B -q -pl migrate-bench,migrate-cli-dist -am package -DskipTests
fi

classpath="$module_dir/target/classes:$(cat "$module_dir/target/classpath.txt")"

exec java -Xms256m -Xmx2g -Djava.awt.headless=true \
    -Dbench.repeats="${REPEATS:-3}" \
    -Dbench.databases="${DATABASES:-postgresql,h2,mariadb}" \
    -Dbench.sizes="${SIZES:-100,1000}" \
    -Dbench.noop-size="${NOOP_SIZE:-1000}" \
    -Dbench.check-size="${CHECK_SIZE:-1000}" \
    -Dbench.memory-databases="${MEMORY_DATABASES:-}" \
    -Dbench.only="${ONLY:-1,2,3,4,5,6,7}" \
    -Dbench.cli="$root_dir/migrate-cli-dist/target/migrate" \
    -Dbench.python="${BENCH_PYTHON:-/usr/bin/python3}" \
    -Dbench.output="$module_dir" \
    -Dbench.work="$module_dir/target/bench-work" \
    -cp "$classpath" dev.migrate.bench.BenchMain
