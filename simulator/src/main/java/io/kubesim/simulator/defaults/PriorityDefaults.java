package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of the two kinds of priority: a PriorityClass preempts lower-priority pods unless told
 * not to; API Priority and Fairness objects (flowcontrol.apiserver.k8s.io/v1) get upstream's
 * matching precedence, concurrency shares and queuing parameters.
 */
final class PriorityDefaults {

  private static final int MATCHING_PRECEDENCE = 1000;
  private static final int NOMINAL_CONCURRENCY_SHARES = 30;
  private static final int HAND_SIZE = 8;
  private static final int QUEUES = 64;
  private static final int QUEUE_LENGTH_LIMIT = 50;

  private PriorityDefaults() {}

  static void priorityClass(ObjectNode priorityClass) {
    setIfNil(priorityClass, "preemptionPolicy", "PreemptLowerPriority");
  }

  static void flowSchema(ObjectNode flowSchema) {
    setIfZero(struct(flowSchema, "spec"), "matchingPrecedence", MATCHING_PRECEDENCE);
  }

  static void priorityLevel(ObjectNode level) {
    ObjectNode spec = struct(level, "spec");
    ObjectNode exempt = pointer(spec, "exempt");
    if (exempt != null) {
      setIfNil(exempt, "nominalConcurrencyShares", 0);
      setIfNil(exempt, "lendablePercent", 0);
    }
    ObjectNode limited = pointer(spec, "limited");
    if (limited != null) {
      // v1 only: nil means 30, an explicit 0 is allowed (a "jail" priority level).
      setIfNil(limited, "nominalConcurrencyShares", NOMINAL_CONCURRENCY_SHARES);
      setIfNil(limited, "lendablePercent", 0);
      ObjectNode queuing = GoFields.at(limited, "limitResponse", "queuing");
      if (queuing != null) {
        setIfZero(queuing, "handSize", HAND_SIZE);
        setIfZero(queuing, "queues", QUEUES);
        setIfZero(queuing, "queueLengthLimit", QUEUE_LENGTH_LIMIT);
      }
    }
  }
}
