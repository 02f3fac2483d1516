package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.application.DependencyProbe;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The database answers a validity check on a pooled connection. */
@ApplicationScoped
public class DatabaseProbe implements DependencyProbe {

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Override
  public boolean answers(int timeoutMillis) {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(Math.max(1, timeoutMillis / 1000));
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "database";
  }
}
