package db.migrations;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.varchar;

/** Posts get a status; existing rows become drafts through the server default. */
@Revision(id = "8c3f9e1a6b27", down = "5a1e0c7b2d41", message = "add status to post")
public class R20261126_0200_8c3f9e1a6b27_AddPostStatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("post", column("status", varchar(20)).notNull().serverDefault("'draft'"));
        op.createIndex("ix_post_status", "post", "status");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_post_status", "post");
        op.dropColumn("post", "status");
    }
}
