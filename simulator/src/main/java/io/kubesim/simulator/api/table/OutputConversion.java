package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;
import java.time.Clock;

/**
 * Applies a negotiated {@link OutputFormat} to an answer: converts a successful object or list
 * into a Table or PartialObjectMetadata, and leaves Status bodies alone, as upstream's response
 * transformers do. Ages are computed with the simulator's clock at conversion time.
 */
public final class OutputConversion {

  private final TablePrinters printers;
  private final Clock clock;

  public OutputConversion(TablePrinters printers, Clock clock) {
    this.printers = printers;
    this.clock = clock;
  }

  /**
   * {@code body} converted as {@code format} asks.
   *
   * @param target what the request addressed; chooses the printer
   * @param options the Table options (ignored for other formats)
   * @throws io.kubesim.admission.status.StatusException 406 when a PartialObjectMetadata
   *     conversion does not fit the body (a list asked for as one object, or the reverse)
   */
  public ObjectNode convert(ObjectNode body, OutputFormat format, RequestTarget target,
      TableOptions options) {
    if (body.path("kind").asText().equals("Status")) {
      return body;
    }
    String apiVersion = format.metaApiVersion();
    return switch (format.target()) {
      case AS_IS -> body;
      case TABLE -> TableBuilder.table(
          printers.forResource(target.type().groupResource(), target.subresource()), body,
          options, format.metaVersion(), new PrintTime(clock.instant()));
      case PARTIAL_OBJECT_METADATA -> {
        if (TableBuilder.isList(body)) {
          throw StatusErrors.conversionNotAcceptable("you requested PartialObjectMetadata, "
              + "but the requested object is a list (" + goType(body) + ")");
        }
        yield PartialObjects.partial(body, apiVersion);
      }
      case PARTIAL_OBJECT_METADATA_LIST -> {
        if (!TableBuilder.isList(body)) {
          throw StatusErrors.conversionNotAcceptable("you requested PartialObjectMetadataList, "
              + "but the requested object is not a list (" + goType(body) + ")");
        }
        yield PartialObjects.partialList(body, apiVersion);
      }
    };
  }

  /**
   * A converter for the events of one watch: each event object becomes what {@code format}
   * asks, and a Table carries its column definitions only in the first event.
   */
  public WatchConversion forWatch(OutputFormat format, RequestTarget target,
      TableOptions options) {
    return new WatchConversion(this, format, target, options);
  }

  /**
   * A Go-like name of the body's type for 406 messages, e.g. {@code *v1.ConfigMapList};
   * upstream names its internal types, which this simulator does not have.
   */
  private static String goType(JsonNode body) {
    String apiVersion = body.path("apiVersion").asText();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    return "*" + version + "." + body.path("kind").asText();
  }
}
