package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;

/**
 * One column of a Table ({@code metav1.TableColumnDefinition}).
 *
 * @param name the header; kubectl prints it upper-cased
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean} or {@code date}
 * @param format {@code name} for the object's name column, otherwise usually empty
 * @param description what the column shows (the field's API documentation, mostly)
 * @param priority 0 for columns kubectl always shows, 1 for those shown only with {@code -o wide}
 */
public record ColumnDefinition(
    String name, String type, String format, String description, int priority) {

  /** The JSON form; every field is present, as upstream never omits them. */
  public ObjectNode toJson() {
    ObjectNode node = ObjectMappers.json().createObjectNode();
    node.put("name", name);
    node.put("type", type);
    node.put("format", format);
    node.put("description", description);
    node.put("priority", priority);
    return node;
  }
}
