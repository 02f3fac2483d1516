package it.ccse.anagrafica.shared.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;

/** Numbers for documents and codes from database sequences, on both supported databases. */
public final class Sequences {

  private Sequences() {}

  /** The two databases spell "next value of a sequence" differently. */
  public static long next(EntityManager em, String sequence) {
    try {
      String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
      String sql =
          "PostgreSQL".equals(product)
              ? "SELECT nextval('" + sequence + "')"
              : "SELECT NEXT VALUE FOR " + sequence;
      return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
