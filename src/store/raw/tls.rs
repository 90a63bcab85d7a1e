//! TLS for the pub/sub connection: the settings `--tls-ca-cert`, `--tls-cert`/`--tls-key`
//! and `--tls-insecure` ask for, built the way the redis crate builds them for every other
//! command (system roots unless a CA is given), since the watch stream is our own.

use std::sync::Arc;

use anyhow::Context;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore};

use crate::store::ConnectOptions;

/// The client configuration the options ask for.
pub fn config(opts: &ConnectOptions) -> anyhow::Result<ClientConfig> {
    let builder = ClientConfig::builder();
    let builder = if opts.tls_insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCertificate::new()))
    } else {
        let mut roots = RootCertStore::empty();
        match &opts.tls_ca_cert {
            Some(path) => {
                let pem = std::fs::read(path)
                    .with_context(|| format!("reading the CA certificate {}", path.display()))?;
                for cert in CertificateDer::pem_slice_iter(&pem) {
                    let cert = cert.with_context(|| format!("parsing {}", path.display()))?;
                    roots
                        .add(cert)
                        .with_context(|| format!("using {}", path.display()))?;
                }
            }
            None => {
                for cert in rustls_native_certs::load_native_certs().certs {
                    // A system certificate rustls cannot use is one fewer root, not a failure.
                    let _ = roots.add(cert);
                }
            }
        }
        builder.with_root_certificates(roots)
    };
    match (&opts.tls_cert, &opts.tls_key) {
        (Some(cert), Some(key)) => {
            let pem = std::fs::read(cert)
                .with_context(|| format!("reading the client certificate {}", cert.display()))?;
            let chain = CertificateDer::pem_slice_iter(&pem)
                .collect::<Result<Vec<_>, _>>()
                .with_context(|| format!("parsing {}", cert.display()))?;
            let key_pem = std::fs::read(key)
                .with_context(|| format!("reading the client key {}", key.display()))?;
            let key = PrivateKeyDer::from_pem_slice(&key_pem)
                .with_context(|| format!("parsing {}", key.display()))?;
            builder
                .with_client_auth_cert(chain, key)
                .context("using the client certificate")
        }
        _ => Ok(builder.with_no_client_auth()),
    }
}

/// `--tls-insecure`: accept any certificate, but still check the handshake's signatures.
#[derive(Debug)]
struct AnyCertificate {
    algorithms: rustls::crypto::WebPkiSupportedAlgorithms,
}

impl AnyCertificate {
    fn new() -> AnyCertificate {
        AnyCertificate {
            algorithms: rustls::crypto::ring::default_provider().signature_verification_algorithms,
        }
    }
}

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}
