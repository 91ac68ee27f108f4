package io.kubesim.simulator.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Runtime;
import java.io.ByteArrayOutputStream;

/** Wraps messages the way client-go sends them: {@code k8s\0} + runtime.Unknown. */
final class Envelopes {

  private Envelopes() {}

  static byte[] wrap(String apiVersion, String kind, Message object) {
    return wrap(apiVersion, kind, object.toByteArray());
  }

  /** An envelope around any bytes, e.g. a truncated object. */
  static byte[] wrap(String apiVersion, String kind, byte[] raw) {
    Runtime.Unknown unknown = Runtime.Unknown.newBuilder()
        .setTypeMeta(Runtime.TypeMeta.newBuilder().setApiVersion(apiVersion).setKind(kind))
        .setRaw(ByteString.copyFrom(raw)).setContentEncoding("").setContentType("").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x6b, 0x38, 0x73, 0x00});
    out.writeBytes(unknown.toByteArray());
    return out.toByteArray();
  }
}
