package it.ccse.anagrafica.shared.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain statements with positional parameters, for the set-based SQL of the batch services. */
public final class Jdbc {

  private Jdbc() {}

  /** Runs an INSERT, UPDATE or DELETE; the number of rows it touched. */
  public static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** The first column of every row, as numbers (ids, counts). */
  public static List<Long> longs(Connection c, String sql, Object... parameters)
      throws SQLException {
    return rows(c, sql, rs -> rs.getLong(1), parameters);
  }

  /** Every row, each made into a value by {@code row}. */
  public static <T> List<T> rows(Connection c, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rs = statement.executeQuery()) {
        List<T> values = new ArrayList<>();
        while (rs.next()) {
          values.add(row.of(rs));
        }
        return values;
      }
    }
  }

  /** Reads the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T of(ResultSet rs) throws SQLException;
  }
}
