package io.kubesim.simulator.protobuf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.util.Optional;

/**
 * Turns a Kubernetes Protobuf body into the JSON object tree a JSON body of the same object would
 * have given: {@code apiVersion} and {@code kind} from the envelope, then the object's fields.
 */
public final class ProtobufBodies {

  /** The media type of Kubernetes Protobuf bodies. */
  public static final String MEDIA_TYPE = "application/vnd.kubernetes.protobuf";

  private ProtobufBodies() {}

  /**
   * Decodes {@code body}; an envelope without {@code apiVersion} or {@code kind} takes the given
   * defaults (the URL's type), as upstream's decoder does. When the envelope names a kind with no
   * Protobuf message, the tree carries only {@code apiVersion} and {@code kind}, for the caller's
   * type check to reject.
   *
   * @throws ProtobufDecodingException when the body is no envelope or its object is malformed
   */
  public static ObjectNode decode(byte[] body, String defaultApiVersion, String defaultKind) {
    ProtobufEnvelope envelope = ProtobufEnvelope.parse(body);
    String apiVersion = envelope.apiVersion().isEmpty()
        ? defaultApiVersion : envelope.apiVersion();
    String kind = envelope.kind().isEmpty() ? defaultKind : envelope.kind();
    ObjectNode tree = typeMeta(apiVersion, kind);
    ProtoKinds.prototype(apiVersion, kind)
        .ifPresent(prototype -> tree.setAll(ProtoJsonConverter.toJson(parse(prototype,
            envelope))));
    return tree;
  }

  /** Decodes an object embedded in another one's RawExtension; its kind must be known. */
  static ObjectNode decodeEmbedded(byte[] bytes) {
    ProtobufEnvelope envelope = ProtobufEnvelope.parse(bytes);
    Optional<Message> prototype = ProtoKinds.prototype(envelope.apiVersion(), envelope.kind());
    if (prototype.isEmpty()) {
      throw new ProtobufDecodingException("no kind \"" + envelope.kind()
          + "\" is registered for version \"" + envelope.apiVersion() + "\"", true);
    }
    ObjectNode tree = typeMeta(envelope.apiVersion(), envelope.kind());
    tree.setAll(ProtoJsonConverter.toJson(parse(prototype.get(), envelope)));
    return tree;
  }

  private static Message parse(Message prototype, ProtobufEnvelope envelope) {
    try {
      return prototype.getParserForType().parseFrom(envelope.raw());
    } catch (InvalidProtocolBufferException e) {
      throw new ProtobufDecodingException("proto: " + e.getMessage(), true);
    }
  }

  private static ObjectNode typeMeta(String apiVersion, String kind) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", kind);
    return tree;
  }
}
