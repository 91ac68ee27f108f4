package io.kubesim.simulator.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.kubernetes.client.proto.Runtime;
import java.util.Arrays;

/**
 * The envelope of a Kubernetes Protobuf body: the magic bytes {@code k8s\0}, then a
 * {@code runtime.Unknown} carrying the object's {@code apiVersion}, {@code kind} and encoded
 * bytes (spec §17.2).
 *
 * @param apiVersion the {@code typeMeta.apiVersion}, possibly empty
 * @param kind the {@code typeMeta.kind}, possibly empty
 * @param raw the object, encoded with its group-version's {@code generated.proto}
 */
public record ProtobufEnvelope(String apiVersion, String kind, ByteString raw) {

  /** The four bytes every Kubernetes Protobuf body starts with. */
  private static final byte[] MAGIC = {0x6b, 0x38, 0x73, 0x00};

  /**
   * Reads the envelope of {@code body}.
   *
   * @throws ProtobufDecodingException for an empty body, a missing magic prefix or a malformed
   *     {@code runtime.Unknown}, with upstream's wording
   */
  public static ProtobufEnvelope parse(byte[] body) {
    if (body.length == 0) {
      throw new ProtobufDecodingException("empty data", false);
    }
    if (!startsWithMagic(body)) {
      throw new ProtobufDecodingException(
          "provided data does not appear to be a protobuf message, expected prefix "
              + Arrays.toString(MAGIC).replace(",", ""), false);
    }
    try {
      Runtime.Unknown unknown = Runtime.Unknown.parseFrom(
          ByteString.copyFrom(body, MAGIC.length, body.length - MAGIC.length));
      return new ProtobufEnvelope(unknown.getTypeMeta().getApiVersion(),
          unknown.getTypeMeta().getKind(), unknown.getRaw());
    } catch (InvalidProtocolBufferException e) {
      throw new ProtobufDecodingException("proto: " + e.getMessage(), false);
    }
  }

  /** True when {@code bytes} starts with {@code k8s\0}, as nested objects may (RawExtension). */
  public static boolean startsWithMagic(byte[] bytes) {
    return bytes.length >= MAGIC.length
        && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }
}
