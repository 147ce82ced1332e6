package db.migrations;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.timestampWithTimeZone;
import static dev.migrate.schema.Types.varchar;

/** The blog's first schema: users, tags, posts with their tags, comments. */
@Revision(id = "5a1e0c7b2d41", message = "create blog tables")
public class R20261126_0100_5a1e0c7b2d41_CreateBlogTables implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", bigint()).identity().primaryKey(),
                column("email", varchar(255)).notNull(),
                column("display_name", varchar(100)).notNull(),
                unique("uk_users_email", "email"));
        op.createTable("tag",
                column("id", bigint()).identity().primaryKey(),
                column("name", varchar(50)).notNull(),
                unique("uk_tag_name", "name"));
        op.createTable("post",
                column("id", bigint()).identity().primaryKey(),
                column("author_id", bigint()).notNull(),
                column("title", varchar(200)).notNull(),
                column("body", varchar(4000)).notNull(),
                column("created_at", timestampWithTimeZone()).notNull(),
                foreignKey("fk_post_author", "author_id", "users", "id"),
                index("ix_post_author_id", "author_id"));
        op.createTable("post_tag",
                column("post_id", bigint()).notNull().primaryKey(),
                column("tag_id", bigint()).notNull().primaryKey(),
                foreignKey("fk_post_tag_post", "post_id", "post", "id"),
                foreignKey("fk_post_tag_tag", "tag_id", "tag", "id"));
        op.createTable("comment",
                column("id", bigint()).identity().primaryKey(),
                column("post_id", bigint()).notNull(),
                column("author_id", bigint()).notNull(),
                column("body", varchar(2000)).notNull(),
                column("created_at", timestampWithTimeZone()).notNull(),
                foreignKey("fk_comment_post", "post_id", "post", "id"),
                foreignKey("fk_comment_author", "author_id", "users", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("comment");
        op.dropTable("post_tag");
        op.dropTable("post");
        op.dropTable("tag");
        op.dropTable("users");
    }
}
