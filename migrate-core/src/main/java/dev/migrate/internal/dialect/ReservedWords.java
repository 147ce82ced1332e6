package dev.migrate.internal.dialect;

import java.util.Set;
import java.util.TreeSet;

/**
 * Words that cannot be bare identifiers. Quoting a lower-case name is harmless on PostgreSQL,
 * MariaDB and SQLite, so they share one generous list; on H2 quoting keeps lower case where a
 * bare name would become upper case, so H2 gets exactly its own keywords.
 */
final class ReservedWords {

    static final Set<String> COMMON = words(
            // SQL standard core and PostgreSQL's reserved words
            "all analyse analyze and any array as asc asymmetric authorization between binary both case cast check collate"
                    + " collation column concurrently constraint create cross current_catalog current_date current_role"
                    + " current_schema current_time current_timestamp current_user default deferrable desc distinct do else end"
                    + " except false fetch for foreign freeze from full grant group having ilike in initially inner intersect"
                    + " into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null"
                    + " offset on only or order outer overlaps placing primary references returning right select session_user"
                    + " similar some symmetric system_user table tablesample then to trailing true union unique user using"
                    + " variadic verbose when where window with",
            // MariaDB and MySQL
            "accessible add alter before bigint blob by call cascade change char character condition continue convert cursor"
                    + " database databases day_hour day_microsecond day_minute day_second dec decimal declare delayed delete"
                    + " describe deterministic distinctrow div double drop dual each elseif enclosed escaped exists exit explain"
                    + " float float4 float8 force fulltext general high_priority hour_microsecond hour_minute hour_second if"
                    + " ignore index infile inout insensitive insert int int1 int2 int3 int4 int8 integer interval iterate key"
                    + " keys kill leave linear lines load lock long longblob longtext loop low_priority match maxvalue"
                    + " mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies"
                    + " no_write_to_binlog numeric optimize option optionally out outfile over partition position precision"
                    + " procedure purge range read reads read_write real recursive regexp release rename repeat replace"
                    + " require resignal restrict return revoke rlike row_number rows schema schemas second_microsecond"
                    + " sensitive separator set show signal slow smallint spatial specific sql sqlexception sqlstate"
                    + " sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl starting straight_join terminated"
                    + " tinyblob tinyint tinytext trigger undo unlock unsigned update usage use utc_date utc_time"
                    + " utc_timestamp values varbinary varchar varcharacter varying while write xor year_month zerofill",
            // SQLite
            "abort action after always attach autoincrement begin commit conflict current deferred detach escape exclude"
                    + " exclusive fail filter first following generated glob groups immediate indexed instead last"
                    + " materialized no nothing nulls of others plan pragma preceding query raise reindex rollback row"
                    + " savepoint temp temporary ties transaction unbounded vacuum view virtual without",
            // H2
            "day hour minus minute month qualify rownum second top uescape unknown value year _rowid_");

    static final Set<String> H2 = words(
            "all and any array as asymmetric authorization between both case cast check constraint cross current_catalog"
                    + " current_date current_path current_role current_schema current_time current_timestamp current_user"
                    + " day default distinct else end except exists false fetch for foreign from full group groups having"
                    + " hour if ilike in inner intersect interval is join key leading left like limit localtime"
                    + " localtimestamp minus minute month natural not null offset on or order over partition primary"
                    + " qualify range regexp right row rownum rows second select session_user set some symmetric"
                    + " system_user table to top trailing true uescape union unique unknown user using value values when"
                    + " where window with year _rowid_");

    private ReservedWords() {}

    private static Set<String> words(String... lists) {
        Set<String> words = new TreeSet<>();
        for (String list : lists) {
            for (String w : list.split("\\s+")) {
                words.add(w);
            }
        }
        return Set.copyOf(words);
    }
}
