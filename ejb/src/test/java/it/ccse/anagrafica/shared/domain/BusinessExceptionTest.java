package it.ccse.anagrafica.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Issue 16: one hierarchy of business refusals, each with a message key and its arguments. */
class BusinessExceptionTest {

  private static List<BusinessException> oneOfEach() {
    return List.of(
        new InvalidValueException("validation.iban.length", "IT", 27),
        new InvalidFieldException("iban", "validation.iban.length", "IT", 27),
        new NotFoundException("validation.iban.length", "IT", 27),
        new ConflictException("validation.iban.length", "IT", 27),
        new OutOfScopeException("validation.iban.length", "IT", 27));
  }

  @Test
  void everyKindCarriesItsKeyAndArgumentsAsBefore() {
    for (var e : oneOfEach()) {
      assertEquals("validation.iban.length", e.messageKey(), e.getClass().getSimpleName());
      assertArrayEquals(new Object[] {"IT", 27}, e.arguments());
      assertEquals("validation.iban.length [IT, 27]", e.getMessage());
    }
    assertEquals("file.unknownItem", new NotFoundException("file.unknownItem").getMessage());
    assertEquals(0, new OutOfScopeException("file.outOfScope").arguments().length);
  }

  @Test
  void theArgumentsCannotBeChangedFromOutside() {
    Object[] given = {"IT", 27};
    var e = new ConflictException("validation.iban.length", given);
    given[0] = "DE";
    e.arguments()[1] = 0;
    assertArrayEquals(new Object[] {"IT", 27}, e.arguments());
  }

  @Test
  void theKindsAreBusinessExceptionsAndDistinct() {
    var kinds =
        List.of(
            InvalidValueException.class,
            NotFoundException.class,
            ConflictException.class,
            OutOfScopeException.class);
    for (var kind : kinds) {
      assertTrue(BusinessException.class.isAssignableFrom(kind), kind.getSimpleName());
      assertTrue(RuntimeException.class.isAssignableFrom(kind), kind.getSimpleName());
      for (var other : kinds) {
        assertEquals(kind == other, other.isAssignableFrom(kind), kind + " / " + other);
      }
    }
    assertInstanceOf(InvalidValueException.class, new InvalidFieldException("f", "k"));
  }

  @Test
  void namingAFieldConcernsOnlyInvalidValues() {
    var named =
        assertThrows(
            InvalidFieldException.class,
            () ->
                InvalidFieldException.naming(
                    "cap",
                    () -> {
                      throw new InvalidValueException("validation.cap.format");
                    }));
    assertEquals("cap", named.field());
    assertEquals("validation.cap.format", named.messageKey());

    var notFound = new NotFoundException("file.unknownItem");
    assertSame(
        notFound,
        assertThrows(
            NotFoundException.class,
            () ->
                InvalidFieldException.naming(
                    "cap",
                    () -> {
                      throw notFound;
                    })));
  }

  /**
   * Every business exception reaches an EJB's caller as is and rolls the transaction back, as
   * InvalidValueException (and InvalidFieldException with it) always did.
   */
  @Test
  void ejbJarDeclaresEveryKindAnApplicationExceptionThatRollsBack() throws Exception {
    Map<String, Element> declared = new HashMap<>();
    try (InputStream xml =
        getClass().getClassLoader().getResourceAsStream("META-INF/ejb-jar.xml")) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      var entries =
          factory
              .newDocumentBuilder()
              .parse(xml)
              .getElementsByTagNameNS("*", "application-exception");
      for (int i = 0; i < entries.getLength(); i++) {
        var entry = (Element) entries.item(i);
        declared.put(text(entry, "exception-class"), entry);
      }
    }
    for (var kind : List.of(BusinessException.class, InvalidValueException.class)) {
      var entry = declared.get(kind.getName());
      assertNotNull(entry, kind.getName() + " declared");
      assertEquals("true", text(entry, "rollback"), kind.getName());
      assertEquals("true", text(entry, "inherited"), kind.getName());
    }
  }

  private static String text(Element entry, String child) {
    var found = entry.getElementsByTagNameNS("*", child);
    return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
  }
}
