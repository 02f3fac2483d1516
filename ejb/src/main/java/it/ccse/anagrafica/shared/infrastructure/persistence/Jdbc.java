package it.ccse.anagrafica.shared.infrastructure.persistence;

import java.sql.Connection;
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
    try (var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var rs = statement.executeQuery()) {
        List<Long> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getLong(1));
        }
        return values;
      }
    }
  }
}
