/**
 * Resource quantities and lists as the API server reads and prints them: upstream's comparison,
 * addition and canonical text, for the plugins that check or default container resources.
 */
package io.kubesim.admission.resources;
