package io.kubesim.simulator.api.openapi;

import io.kubesim.simulator.api.ServerVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code /openapi/v2} document: a valid Swagger 2.0 document that describes no definitions
 * and no paths, as JSON or as gnostic protobuf (the only form kubectl asks for).
 *
 * <p>Why serve it at all: kubectl validates a {@code kind: List} file, and kinds whose v3 PATCH
 * operation it cannot find (create-only reviews, custom resources), against v2; a missing v2 fails
 * the command ("error validating data"), while a kind absent from a valid v2 is skipped, so the
 * server's own strict validation decides, as it does for every other kind. Everything else kubectl
 * needs comes from {@link OpenApiV3}.
 */
public final class OpenApiV2 {

  /** The media type kubectl 1.33 requests. */
  public static final String PROTOBUF =
      "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";
  /** The spelling kube-apiserver also accepts, and answers with. */
  public static final String PROTOBUF_LEGACY =
      "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

  // Field numbers of gnostic's openapi.v2.Document and Info messages (OpenAPIv2.proto).
  private static final int DOCUMENT_SWAGGER = 1;
  private static final int DOCUMENT_INFO = 2;
  private static final int DOCUMENT_PATHS = 8;
  private static final int INFO_TITLE = 1;
  private static final int INFO_VERSION = 2;

  private final OpenApiDocument json;
  private final OpenApiDocument protobuf;

  private OpenApiV2(OpenApiDocument json, OpenApiDocument protobuf) {
    this.json = json;
    this.protobuf = protobuf;
  }

  /** The document, reporting {@code version} as {@code info.version}. */
  public static OpenApiV2 create(ServerVersion version) {
    String json = "{\"swagger\":\"2.0\",\"info\":{\"title\":\"Kubernetes\",\"version\":\""
        + version.gitVersion() + "\"},\"paths\":{}}";
    byte[] info = new Protobuf().string(INFO_TITLE, "Kubernetes")
        .string(INFO_VERSION, version.gitVersion()).bytes();
    byte[] document = new Protobuf().string(DOCUMENT_SWAGGER, "2.0")
        .message(DOCUMENT_INFO, info).message(DOCUMENT_PATHS, new byte[0]).bytes();
    return new OpenApiV2(OpenApiDocument.of(json.getBytes(StandardCharsets.UTF_8)),
        OpenApiDocument.of(document));
  }

  /** As {@code application/json}. */
  public OpenApiDocument json() {
    return json;
  }

  /** As {@link #PROTOBUF}: a serialized {@code openapi.v2.Document}. */
  public OpenApiDocument protobuf() {
    return protobuf;
  }

  /** Writes length-delimited protobuf fields, the only wire type these messages need. */
  private static final class Protobuf {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Protobuf string(int field, String value) {
      return message(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Protobuf message(int field, byte[] encoded) {
      varint(field << 3 | 2);
      varint(encoded.length);
      out.writeBytes(encoded);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    private void varint(int value) {
      int rest = value;
      while ((rest & ~0x7F) != 0) {
        out.write(rest & 0x7F | 0x80);
        rest >>>= 7;
      }
      out.write(rest);
    }
  }
}
