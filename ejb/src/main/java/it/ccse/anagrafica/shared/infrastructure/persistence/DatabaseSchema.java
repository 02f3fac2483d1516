package it.ccse.anagrafica.shared.infrastructure.persistence;

import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V18__UnloggedRegisterStaging;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V19__RegisterStagingWithoutAutovacuum;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V20__RegisterStateIndexes;
import it.ccse.anagrafica.shared.infrastructure.persistence.migration.V3__LoadReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's datasource from MicroProfile Config and brings the schema up to date
 * with Flyway before anything else starts. The values are read when the EAR deploys; the defaults
 * (H2 inside the domain) are in META-INF/microprofile-config.properties. Pooled connections are
 * checked ({@code Connection.isValid}) before each use, and all are dropped once one fails: after a
 * database restart the first request would otherwise fail on a dead connection (issue 15 faults).
 */
@DataSourceDefinition(
    name = DatabaseSchema.DATASOURCE,
    className = "${MPCONFIG=anagrafica.db.class}",
    url = "${MPCONFIG=anagrafica.db.url}",
    user = "${MPCONFIG=anagrafica.db.user}",
    password = "${MPCONFIG=anagrafica.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

  public static final String DATASOURCE = "java:app/jdbc/anagrafica";
  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .javaMigrations(
                new V3__LoadReferenceData(),
                new V18__UnloggedRegisterStaging(),
                new V19__RegisterStagingWithoutAutovacuum(),
                new V20__RegisterStateIndexes())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
