package it.ccse.anagrafica.file.domain.changes;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** A change set's operations as one JSON text (JSON-B, polymorphic by the "@op" key). */
@Converter
public class OperationsConverter implements AttributeConverter<List<Operation>, String> {

  private static final Type LIST = new ArrayList<Operation>() {}.getClass().getGenericSuperclass();
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<Operation> operations) {
    return JSON.toJson(operations == null ? List.of() : operations, LIST);
  }

  @Override
  public List<Operation> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(JSON.fromJson(json, LIST));
  }
}
