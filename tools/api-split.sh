#!/usr/bin/env bash
# Draws the public API line of migrate-core (issue 17, item 1), by rules rather than a file list,
# so that it also handles packages and classes that other branches added. Run from the repository
# root; running it again changes nothing (every step first checks whether it is already done).
#
#  1. Every package of migrate-core under dev.migrate other than the public ones (PUBLIC below)
#     moves to dev.migrate.internal.<same path>: main and test sources, main and test resources.
#  2. The types users need (CLASS_MOVES below) move from their package into dev.migrate.
#  3. Every reference to a moved package or type is rewritten in every text file of the
#     repository (Java sources of all modules, META-INF/services, spring.factories, *.imports,
#     poms, properties, YAML, docs); files in the packages a type left get an import for it.
#  4. Every package of every module's main code gets a package-info.java with JSpecify's
#     @NullMarked.
#
# Usage: tools/api-split.sh [--dry-run]   (--dry-run lists the packages and types it would move)
set -euo pipefail

# Sub-packages of dev.migrate that stay where they are: the operations a Java revision calls and
# the schema model their signatures take (Column, ColumnType, Index, ForeignKey, …).
PUBLIC=(ops schema internal)
# Types that move into dev.migrate: <package below dev.migrate>.<SimpleName>.
CLASS_MOVES=(runtime.MigrationResult runtime.MigrationStepInfo runtime.AppliedRevision runtime.MigrationListener)

CORE=migrate-core/src
ROOTS=(main/java test/java main/resources test/resources)
SELF=tools/api-split.sh

die() { echo "api-split: $*" >&2; exit 2; }
[[ -f pom.xml && -d $CORE/main/java/dev/migrate ]] || die "run this from the repository root (no migrate-core/src/main/java/dev/migrate here)"
command -v perl >/dev/null || die "perl is needed"
DRY=false
[[ ${1:-} == --dry-run ]] && DRY=true

is_public() { local p; for p in "${PUBLIC[@]}"; do [[ $1 == "$p" ]] && return 0; done; return 1; }

# Packages to move: the core's main top-level packages that are not public. Those already moved
# (found under internal/) are still rewritten, so a reference merged in after a first run is fixed.
TO_MOVE=()
for dir in "$CORE"/main/java/dev/migrate/*/; do
    name=$(basename "$dir")
    is_public "$name" || TO_MOVE+=("$name")
done
MOVED=("${TO_MOVE[@]}")
if [[ -d $CORE/main/java/dev/migrate/internal ]]; then
    for dir in "$CORE"/main/java/dev/migrate/internal/*/; do
        [[ -d $dir ]] && MOVED+=("$(basename "$dir")")
    done
fi
[[ ${#MOVED[@]} -gt 0 ]] || die "found no package to move under $CORE/main/java/dev/migrate"
MOVED=($(printf '%s\n' "${MOVED[@]}" | sort -u))

# Another module with a package of the same name would have its references rewritten too.
for name in "${MOVED[@]}"; do
    for clash in */src/*/java/dev/migrate/"$name"; do
        [[ -d $clash && $clash != migrate-core/* ]] && die "$clash has the same package name as the core's dev.migrate.$name, which moves to dev.migrate.internal.$name; rename one of them first"
    done
done

if $DRY; then
    echo "packages moving to dev.migrate.internal: ${TO_MOVE[*]:-(none left)}"
    echo "packages rewritten (moved now or before): ${MOVED[*]}"
    echo "types moving to dev.migrate: ${CLASS_MOVES[*]}"
    exit 0
fi

tracked() { git ls-files --error-unmatch -- "$1" >/dev/null 2>&1; }
move_file() { # $1 -> $2, with git when the file is tracked
    mkdir -p "$(dirname "$2")"
    if tracked "$1"; then git mv -- "$1" "$2"; else mv -- "$1" "$2"; fi
}

CHANGED=$(mktemp)
trap 'rm -f "$CHANGED"' EXIT

# 1. Package directories. A directory whose target does not exist yet moves whole (fast); one
#    whose target exists (a package merged in after a first run) moves file by file.
for name in "${TO_MOVE[@]}"; do
    for root in "${ROOTS[@]}"; do
        from=$CORE/$root/dev/migrate/$name
        to=$CORE/$root/dev/migrate/internal/$name
        [[ -d $from ]] || continue
        if [[ ! -e $to ]]; then
            mkdir -p "$(dirname "$to")"
            mv -- "$from" "$to"
            git add -A -- "$from" "$to"
        else
            while IFS= read -r -d '' file; do
                target=$to/${file#"$from"/}
                [[ -e $target ]] && die "both $file and $target exist; merge them by hand, then run again"
                move_file "$file" "$target"
            done < <(find "$from" -type f -print0)
            find "$from" -depth -type d -empty -delete
        fi
        echo "moved dev.migrate.$name -> dev.migrate.internal.$name ($root)"
    done
done

# 2. Types into dev.migrate. The moved file's package line is rewritten here; its references
#    everywhere else in step 3.
for move in "${CLASS_MOVES[@]}"; do
    pkg=${move%.*}; simple=${move##*.}
    for root in main/java test/java; do
        for from in "$CORE/$root/dev/migrate/internal/${pkg//.//}/$simple.java" "$CORE/$root/dev/migrate/${pkg//.//}/$simple.java"; do
            [[ -f $from ]] || continue
            to=$CORE/$root/dev/migrate/$simple.java
            [[ -e $to ]] && die "both $from and $to exist; merge them by hand, then run again"
            move_file "$from" "$to"
            perl -0pi -e 's/^package\s+dev\.migrate(?:\.internal)?\.[\w.]+;/package dev.migrate;/m' "$to"
            echo "$to" >> "$CHANGED"
            # The moved type may name public types of the package it left: import them.
            for sibling in "$(dirname "$from")"/*.java; do
                [[ -f $sibling ]] || continue
                s=$(basename "$sibling" .java)
                grep -Eq "^public .*\b(class|interface|record|enum|@interface) $s\b" "$sibling" || continue
                MIGRATE_IMPORT="dev.migrate.internal.$pkg.$s" MIGRATE_SIMPLE="$s" perl -0pi -e '
                    my ($imp, $s) = ($ENV{MIGRATE_IMPORT}, $ENV{MIGRATE_SIMPLE});
                    my $body = $_; $body =~ s{^import .*$}{}mg;
                    if ($body =~ /\b\Q$s\E\b/ && !/^import \Q$imp\E;/m) {
                        s/^(package [^;]+;\n)/$1\nimport $imp;\n/m;
                    }' "$to"
            done
            echo "moved dev.migrate.$pkg.$simple -> dev.migrate.$simple ($root)"
        done
    done
done

# 3. References in every text file of the repository (tracked or new, not ignored).
names=$(IFS='|'; echo "${MOVED[*]}")
classes=""
for move in "${CLASS_MOVES[@]}"; do
    pkg=${move%.*}; simple=${move##*.}
    classes+="${classes:+|}(?:${pkg//./\\1})\\1${simple}"
done
export MIGRATE_NAMES=$names MIGRATE_CLASSES=$classes
# One perl for all files that name dev.migrate at all; it lists the files it changed.
git ls-files -z -co --exclude-standard | grep -zv -x -F "$SELF" \
    | { xargs -0 grep -IlZE 'dev[./]migrate[./]' -- 2>/dev/null || true; } \
    | xargs -0 -r perl -0pi -e '
        BEGIN { $names = $ENV{MIGRATE_NAMES}; $classes = $ENV{MIGRATE_CLASSES}; }
        my $before = $_;
        # a moved type: dev.migrate.runtime.X or dev.migrate.internal.runtime.X -> dev.migrate.X
        s{(?<![\w.])dev([./])migrate\1(?:internal\1)?(?:$classes)(?!\w)}{
            my $sep = $1; my $m = $&; $m =~ /(\w+)$/; "dev${sep}migrate${sep}$1" }ge;
        # a moved package: dev.migrate.runtime -> dev.migrate.internal.runtime (also as a path)
        s{(?<![\w.])dev([./])migrate\1($names)(?!\w)}{dev$1migrate$1internal$1$2}g;
        print STDERR "$ARGV\n" if $_ ne $before;
    ' 2>>"$CHANGED"

# Files in dev.migrate need no import of their own package.
while IFS= read -r -d '' file; do
    if perl -0ne 'exit(/^package dev\.migrate;/m && /^import dev\.migrate\.\w+;\n/m ? 0 : 1)' "$file"; then
        perl -0pi -e 's/^import dev\.migrate\.\w+;\n//mg; s/\n{3,}/\n\n/g' "$file"
        echo "$file" >> "$CHANGED"
    fi
done < <(find "$CORE"/main/java/dev/migrate "$CORE"/test/java/dev/migrate -maxdepth 1 -name '*.java' -print0)

# Files left in the package a type moved out of name it without an import: add one.
for move in "${CLASS_MOVES[@]}"; do
    pkg=${move%.*}; simple=${move##*.}
    [[ -f $CORE/main/java/dev/migrate/$simple.java ]] || continue
    for dir in "$CORE"/{main,test}/java/dev/migrate/internal/"${pkg//.//}"; do
        [[ -d $dir ]] || continue
        for file in "$dir"/*.java; do
            [[ -f $file ]] || continue
            MIGRATE_SIMPLE=$simple perl -0ne '
                my $s = $ENV{MIGRATE_SIMPLE};
                my $body = $_; $body =~ s{^import .*$}{}mg;
                exit(($body =~ /\b\Q$s\E\b/ && !/^import dev\.migrate\.\Q$s\E;/m) ? 0 : 1)' "$file" || continue
            MIGRATE_SIMPLE=$simple perl -0pi -e '
                my $s = $ENV{MIGRATE_SIMPLE};
                if (/^import dev\.migrate\./m) { s/^(import dev\.migrate\.)/import dev.migrate.$s;\n$1/m }
                elsif (/^import /m) { s/^(import )/import dev.migrate.$s;\n\n$1/m }
                else { s/^(package [^;]+;\n)/$1\nimport dev.migrate.$s;\n/m }' "$file"
            echo "$file" >> "$CHANGED"
        done
    done
done

# The dev.migrate imports of changed files stay in ASCII order: within each block of consecutive
# import lines they are sorted among themselves, in the places they held (other imports stay put).
sort -u "$CHANGED" | { grep '\.java$' || true; } | tr '\n' '\0' | xargs -0 -r perl -0pi -e '
    s{((?:^import [^\n]+;\n)+)}{
        my @lines = split /(?<=\n)/, $1; my %seen;
        my @ours = sort grep { /^import (?:static )?dev\.migrate\./ } @lines;
        join "", grep { !$seen{$_}++ } map { /^import (?:static )?dev\.migrate\./ ? shift @ours : $_ } @lines
    }gme'
echo "rewrote references in $(sort -u "$CHANGED" | wc -l) files"

# 4. package-info.java with @NullMarked in every package of every module's main code.
created=0
for pom in */pom.xml; do
    src=$(dirname "$pom")/src/main/java
    [[ -d $src ]] || continue
    while IFS= read -r dir; do
        ls "$dir"/*.java >/dev/null 2>&1 || continue
        [[ $(find "$dir" -maxdepth 1 -name '*.java' ! -name package-info.java | head -1) ]] || continue
        [[ $dir == "$src" ]] && continue                 # the unnamed package cannot be annotated
        pkg=${dir#"$src"/}; pkg=${pkg//\//.}
        info=$dir/package-info.java
        if [[ ! -f $info ]]; then
            printf '@NullMarked\npackage %s;\n\nimport org.jspecify.annotations.NullMarked;\n' "$pkg" > "$info"
            created=$((created + 1))
        elif ! grep -q 'NullMarked' "$info"; then
            perl -0pi -e 's/^(package [^;]+;\n)/\@NullMarked\n$1\nimport org.jspecify.annotations.NullMarked;\n/m' "$info"
            created=$((created + 1))
        fi
    done < <(find "$src" -type d | sort)
done
echo "package-info.java with @NullMarked: $created written"
