package reliability.quoting;

import java.util.List;

/** The hostile names and values the quoting revisions use, shared with the test that checks them. */
public final class HostileNames {

    public static final String TABLE = "x\"; DROP TABLE users; --";
    public static final String COLUMN = "extra`]'; --";
    public static final String INDEX = "ix\"; DROP TABLE users; --";

    /** Values that would end a string literal, a statement or a line if they were pasted into SQL. */
    public static final List<String> VALUES = List.of(
            "O'Brien",
            "it''s doubled",
            "back\\slash",
            "ends with a backslash\\",
            "\\'; DROP TABLE users; --",
            "semi; colon",
            "first line\nsecond line",
            "carriage\r\nreturn",
            "-- not a comment",
            "/* not a comment */",
            "\"double\" and `back` quotes",
            "$$ dollar $$ and $tag$",
            "tab\tand percent % and question ?");

    private HostileNames() {}
}
