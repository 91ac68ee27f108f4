package io.kubesim.simulator.strategy;

/**
 * Values a hook set aside for an object that is not stored yet (a cluster IP, node ports), so
 * that a concurrent write cannot take them too. Close it once the object is stored — from then on
 * the stored object holds the values — or once the write failed, which gives them back.
 */
@FunctionalInterface
public interface Reservation extends AutoCloseable {

  /** A reservation that holds nothing. */
  Reservation NONE = () -> { };

  /** Releases what is held; never fails. */
  @Override
  void close();
}
