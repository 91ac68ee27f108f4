package io.kubesim.simulator.store;

/** A registered watch; closing it stops delivery. */
public interface StoreWatch extends AutoCloseable {

  @Override
  void close();
}
