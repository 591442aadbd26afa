package org.newsentities.output.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  void bothDialectsHaveEveryMigrationWithTheSameTablesAndIndexes() {
    List<SchemaMigrator.Migration> sqlite = SchemaMigrator.migrations(Dialect.SQLITE);
    List<SchemaMigrator.Migration> postgres = SchemaMigrator.migrations(Dialect.POSTGRESQL);
    assertEquals(sqlite.size(), postgres.size());
    for (int i = 0; i < sqlite.size(); i++) {
      assertEquals(objects(sqlite.get(i).sql()), objects(postgres.get(i).sql()),
          "V" + (i + 1) + " creates the same objects in both dialects");
    }
  }

  @Test
  void splitsStatementsAndDropsComments() {
    assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX a_x ON a (x)"),
        SchemaMigrator.statements("-- a table; with a comment\nCREATE TABLE a (x TEXT); -- x\n"
            + "CREATE INDEX a_x ON a (x);\n"));
  }

  /** "TABLE name(columns…)", "INDEX name", "VIEW name" in order, with column names for tables. */
  private static List<String> objects(String sql) {
    Matcher m = Pattern.compile("CREATE (TABLE|INDEX|VIEW) (\\w+)").matcher(sql);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1) + " " + m.group(2));
    }
    Matcher columns = Pattern.compile("(?m)^  (\\w+)\\s+(TEXT|INTEGER|DATE|TIMESTAMPTZ|BOOLEAN|REAL|DOUBLE)")
        .matcher(sql);
    while (columns.find()) {
      names.add("column " + columns.group(1));
    }
    return names;
  }
}
