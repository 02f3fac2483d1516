package it.ccse.anagrafica.file.domain.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * MD-9: a pending change set keeps its operations as JSON (ADR 0002), so a set saved before a
 * release must load after it. {@code changes/stored-operations/<alias>.json} holds, per alias, the
 * column as {@link OperationsConverter} wrote it for the operation {@link #SAMPLES} builds, with
 * the code of the commit that added the file. The files are never rewritten: a renamed alias, field
 * or enum constant, or a moved type, fails here; a new operation adds its alias, its sample and its
 * file.
 */
class StoredOperationsTest {

  private static final String STORED = "/changes/stored-operations/";

  private static final Details DETAILS =
      new Details(true, false, true, 12, 800, 45000, "Raccolta differenziata", true);

  /** One operation per alias, every field given, so every stored property name is read back. */
  static final Map<String, Operation> SAMPLES = samples();

  private static Map<String, Operation> samples() {
    var s = new HashMap<String, Operation>();
    s.put(
        "companyData",
        new UpdateCompanyData(
            "Ecologia Rossi S.r.l.",
            "Mario",
            "Rossi",
            "RSSMRA80A01H501U",
            "Anna",
            "Bianchi",
            "011 1234567",
            "011 7654321",
            "anna.bianchi@example.org"));
    s.put("relocateOffice", new RelocateOffice("Via Roma", "10/B", "10121", "01", "TO", "001272"));
    s.put("describeLocalUnit", new DescribeLocalUnit("unit-1", "Stabilimento Nord", 25));
    s.put("addCategory", new AddCategory("unit-1", "c1", CategoryType.AGRICULTURAL, DETAILS));
    s.put("modifyCategory", new ModifyCategory("cat-production", DETAILS));
    s.put("deleteCategory", new DeleteCategory("cat-production"));
    s.put("addDelegate", new AddDelegate("unit-1", "d1", "Luigi", "Verdi", "VRDLGU75B02L219X"));
    s.put("deleteDelegate", new DeleteDelegate("del-1"));
    s.put("associateCategory", new AssociateCategory("dev-unit", "cat-production"));
    s.put("removeCategory", new RemoveCategory("dev-unit", "cat-production"));
    s.put(
        "associateDelegate",
        new AssociateDelegate(
            "dev-unit", "del-1", "011 1111111", "011 2222222", "luigi.verdi@example.org"));
    s.put("removeDelegate", new RemoveDelegate("dev-unit", "del-1"));
    s.put(
        "updateContacts",
        new UpdateContacts(
            "dev-unit", "del-1", "011 3333333", "011 4444444", "delegato@example.org"));
    s.put("requestDevice", new RequestDevice("unit-1", "dev-9"));
    s.put(
        "addLocalUnit",
        new AddLocalUnit(
            "unit-9",
            "Deposito Sud",
            "Corso Italia",
            "5",
            "80121",
            "15",
            "NA",
            "063049",
            7,
            "Confartigianato"));
    s.put("declareEmployees", new DeclareEmployees(EmployeeThreshold.MORE_THAN_TEN));
    s.put("joinVoluntarily", new JoinVoluntarily("cat-production"));
    s.put("declareNewProducer", new DeclareNewProducer("unit-1", true));
    s.put("reaffirmEmployees", new ReaffirmEmployees());
    s.put(
        "alignWithRegister",
        new AlignWithRegister(41L, RegisterField.COMUNE, "001272", "063049", "NA", "15"));
    s.put(
        "certifyDeclared",
        new CertifyDeclared(42L, RegisterField.PEC, "a@pec.example.org", "b@pec.it"));
    return Map.copyOf(s);
  }

  private final OperationsConverter converter = new OperationsConverter();

  @TestFactory
  Stream<DynamicTest> md9EveryStoredAliasLoadsAsTheOperationItWasWrittenFrom() {
    return SAMPLES.keySet().stream()
        .sorted()
        .map(
            alias ->
                DynamicTest.dynamicTest(
                    alias,
                    () ->
                        assertEquals(
                            List.of(SAMPLES.get(alias)),
                            converter.convertToEntityAttribute(stored(alias)),
                            alias)));
  }

  @Test
  void md9EveryAliasOfTheInterfaceHasAStoredSampleAndEveryOperationAnAlias() throws Exception {
    Map<String, Class<?>> aliases =
        Stream.of(Operation.class.getAnnotation(JsonbTypeInfo.class).value())
            .collect(Collectors.toMap(JsonbSubtype::alias, JsonbSubtype::type));

    assertEquals(aliases.keySet(), storedAliases(), "stored files");
    assertEquals(aliases.keySet(), SAMPLES.keySet(), "samples");
    SAMPLES.forEach((alias, op) -> assertEquals(aliases.get(alias), op.getClass(), alias));
    assertEquals(new HashSet<>(aliases.values()), operations(Operation.class), "operations");
  }

  /** The records a sealed type permits, through its sealed sub-interfaces. */
  private static Set<Class<?>> operations(Class<?> type) {
    if (type.isRecord()) {
      return Set.of(type);
    }
    return Stream.of(type.getPermittedSubclasses())
        .flatMap(t -> operations(t).stream())
        .collect(Collectors.toSet());
  }

  private static String stored(String alias) throws IOException {
    try (InputStream in =
        StoredOperationsTest.class.getResourceAsStream(STORED + alias + ".json")) {
      assertNotNull(in, "no stored JSON for " + alias);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> storedAliases() throws IOException, URISyntaxException {
    Path dir = Path.of(StoredOperationsTest.class.getResource(STORED).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .map(name -> name.substring(0, name.length() - ".json".length()))
          .collect(Collectors.toSet());
    }
  }
}
