/**
 * Server-side printing: kube-apiserver answers {@code kubectl get} with a {@code Table} of
 * ready-made cells rather than objects, so every client shows the same columns and the server
 * decides what {@code STATUS} or {@code AGE} means.
 *
 * <p>{@link io.kubesim.simulator.api.table.AcceptNegotiation} reads the {@code Accept} header
 * into an {@link io.kubesim.simulator.api.table.OutputFormat};
 * {@link io.kubesim.simulator.api.table.OutputConversion} turns a get, list or write answer (and,
 * through {@link io.kubesim.simulator.api.table.WatchConversion}, each watch event) into a Table
 * or PartialObjectMetadata. {@link io.kubesim.simulator.api.table.TablePrinters} maps each
 * group/resource to its columns ({@code columns.json}) and the row function of its kind family
 * ({@code PodRows}, {@code WorkloadRows}, ...); kinds without a printer get upstream's default
 * {@code NAME CREATED AT} table. Ages come from the simulator's clock via
 * {@link io.kubesim.simulator.api.table.PrintTime}, formatted by
 * {@link io.kubesim.simulator.api.table.HumanDuration}.
 */
package io.kubesim.simulator.api.table;
