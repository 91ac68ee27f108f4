/**
 * Certificates for serving the API over HTTPS. kubectl sends a kubeconfig's token or client
 * certificate only over TLS, so a teaching setup that shows authentication needs HTTPS; the CA is
 * generated per server and handed to clients through the kubeconfig.
 */
package io.kubesim.simulator.tls;
