@NullMarked
package db.migrations;

import org.jspecify.annotations.NullMarked;
