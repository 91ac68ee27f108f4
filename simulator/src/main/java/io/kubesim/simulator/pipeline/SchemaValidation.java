package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.validation.ObjectMetaValidation;
import java.util.List;

/**
 * The schema-validation stage between the admission phases: the (possibly mutated) object must
 * still decode into its model type, and its metadata must be valid; failures are upstream's
 * 422 Invalid with one cause per field error. Later stages add structural CRD schemas.
 */
public final class SchemaValidation {

  private SchemaValidation() {}

  /** Validates {@code object} as a {@code type}; throws 400 or 422 on failure. */
  public static void validate(ResourceType type, ObjectNode object) {
    if (type.javaType() != null) {
      ObjectDecoding.checkTypes(type, object);
    }
    List<FieldError> errors = ObjectMetaValidation.validate(type, object);
    if (!errors.isEmpty()) {
      throw StatusErrors.invalid(type.gvk().groupKind(),
          object.path("metadata").path("name").asText(""), errors);
    }
  }
}
