package io.kubesim.simulator.protobuf;

/**
 * A Protobuf body that cannot be decoded. The message is the cause as upstream's decoder words
 * it; the request path wraps it into a 400 the way it wraps a JSON parse error.
 */
public final class ProtobufDecodingException extends RuntimeException {

  private final boolean typeKnown;

  ProtobufDecodingException(String message, boolean typeKnown) {
    super(message);
    this.typeKnown = typeKnown;
  }

  /**
   * True when the envelope was read, so the failure concerns a known kind (upstream then says
   * {@code <Kind> in version "v" cannot be handled as a <Kind>: ...}); false when the body is not
   * an envelope at all ({@code the object provided is unrecognized ...}).
   */
  public boolean typeKnown() {
    return typeKnown;
  }
}
