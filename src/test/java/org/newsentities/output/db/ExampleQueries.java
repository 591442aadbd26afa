package org.newsentities.output.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example queries of docs/DATABASE.md, as written there: each {@code ```sql} block that starts
 * with {@code -- example: NAME}, and the table of rows the document shows after it.
 */
final class ExampleQueries {

  static final Path DOC = Path.of("docs/DATABASE.md");
  private static final Pattern BLOCK =
      Pattern.compile("```sql\\n-- example: ([\\w-]+)\\n(.*?)```", Pattern.DOTALL);

  record Example(String name, String sql, List<List<String>> documentedRows) {}

  private ExampleQueries() {}

  static Map<String, Example> fromDoc() throws IOException {
    String doc = Files.readString(DOC);
    Map<String, Example> examples = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      examples.put(m.group(1), new Example(m.group(1), m.group(2).strip(), tableAfter(doc, m.end())));
    }
    return examples;
  }

  /** The markdown table following a block: its rows after the header and the |---| line. */
  private static List<List<String>> tableAfter(String doc, int from) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : doc.substring(from).split("\n")) {
      if (line.startsWith("|")) {
        inTable = true;
        rows.add(cells(line));
      } else if (inTable || line.startsWith("```")) {
        break;
      }
    }
    return rows.size() < 2 ? List.of() : rows.subList(2, rows.size());
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
      cells.add(cell.strip());
    }
    return cells;
  }

  /** Every row as strings, SQL NULL as "NULL". */
  static List<List<String>> run(Connection c, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.replaceAll(";\\s*$", ""))) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          String v = rs.getString(i);
          row.add(v == null ? "NULL" : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
