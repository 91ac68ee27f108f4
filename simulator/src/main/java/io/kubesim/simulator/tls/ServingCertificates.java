package io.kubesim.simulator.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A fresh certificate authority and a serving certificate it signed, as PEM, for a simulator that
 * serves HTTPS: kubectl sends credentials only over TLS (spec §0, §2.2), and a kubeconfig can
 * carry the CA so clients verify the server instead of skipping verification.
 *
 * @param caCertificatePem the CA certificate, for {@code certificate-authority-data}
 * @param certificatePem the serving certificate, valid for {@code localhost}, {@code 127.0.0.1}
 *     and the bound host
 * @param privateKeyPem the serving certificate's key, PKCS#8
 */
public record ServingCertificates(
    String caCertificatePem, String certificatePem, String privateKeyPem) {

  private static final String SIGNATURE = "SHA256withECDSA";
  private static final Duration VALIDITY = Duration.ofDays(365);

  /**
   * Generates a CA and a serving certificate for {@code host} besides localhost and 127.0.0.1.
   * Validity follows the real time, not the simulator's clock: clients check it against theirs.
   */
  public static ServingCertificates generate(String host) {
    try {
      Instant now = Instant.now();
      KeyPair caKeys = newKeyPair();
      X500Name caName = new X500Name("CN=kubesim-ca");
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder ca = builder(caName, caName, caKeys, now)
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
          .addExtension(Extension.keyUsage, true,
              new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
          .addExtension(Extension.subjectKeyIdentifier, false,
              extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate caCertificate = sign(ca, caKeys);

      KeyPair serverKeys = newKeyPair();
      X509v3CertificateBuilder server = builder(caName, new X500Name("CN=kubesim"), serverKeys,
          now)
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
          .addExtension(Extension.extendedKeyUsage, false,
              new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
          .addExtension(Extension.authorityKeyIdentifier, false,
              extensions.createAuthorityKeyIdentifier(caCertificate))
          .addExtension(Extension.subjectAlternativeName, false, alternativeNames(host));
      X509Certificate certificate = sign(server, caKeys);
      return new ServingCertificates(pem("CERTIFICATE", caCertificate.getEncoded()),
          pem("CERTIFICATE", certificate.getEncoded()),
          pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("cannot generate the serving certificates", e);
    }
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject,
      KeyPair keys, Instant now) {
    // Backdated a little so that clients with a slightly slow clock accept it at once.
    return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, new SecureRandom()),
        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE)
            .build(signer.getPrivate())));
  }

  private static GeneralNames alternativeNames(String host) {
    Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
    if (host != null && !host.isBlank() && !host.equals("0.0.0.0")) {
      hosts.add(host);
    }
    return new GeneralNames(hosts.stream()
        .map(h -> isIpAddress(h)
            ? new GeneralName(GeneralName.iPAddress, h)
            : new GeneralName(GeneralName.dNSName, h))
        .toArray(GeneralName[]::new));
  }

  private static boolean isIpAddress(String host) {
    return host.matches("[0-9.]+") || host.contains(":");
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
