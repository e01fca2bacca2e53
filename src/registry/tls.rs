//! TLS client configuration: system roots, certs.d CAs (`*.crt`), client certificates
//! (`*.cert` + `*.key`), and unverified TLS for `--tls-verify=false` / insecure registries.

use anyhow::{anyhow, Context, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

/// The certs.d directories consulted for `host` (with port), most specific first.
pub fn cert_dirs(host: &str, cert_dir: Option<&Path>) -> Vec<PathBuf> {
    if let Some(d) = cert_dir {
        return vec![d.to_path_buf()];
    }
    let mut v = Vec::new();
    if let Some(h) = std::env::var_os("HOME") {
        v.push(
            PathBuf::from(h)
                .join(".config/containers/certs.d")
                .join(host),
        );
    }
    v.push(Path::new("/etc/containers/certs.d").join(host));
    v.push(Path::new("/etc/docker/certs.d").join(host));
    v
}

fn read_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    let data = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    rustls_pemfile::certs(&mut &data[..])
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("parsing certificates in {}", path.display()))
}

fn read_key(path: &Path) -> Result<PrivateKeyDer<'static>> {
    let data = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    rustls_pemfile::private_key(&mut &data[..])
        .with_context(|| format!("parsing the key in {}", path.display()))?
        .ok_or_else(|| anyhow!("no private key in {}", path.display()))
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

/// Build the client configuration for `host`.
pub fn client_config(
    host: &str,
    verify: bool,
    cert_dir: Option<&Path>,
) -> Result<Arc<ClientConfig>> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    for b in SYSTEM_BUNDLES {
        if let Ok(certs) = read_certs(Path::new(b)) {
            roots.add_parsable_certificates(certs);
            break;
        }
    }
    let mut client: Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)> = None;
    for dir in cert_dirs(host, cert_dir) {
        for p in sorted_entries(&dir) {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".crt") {
                for c in read_certs(&p)? {
                    roots
                        .add(c)
                        .with_context(|| format!("adding the CA certificate {}", p.display()))?;
                }
            } else if let Some(stem) = name.strip_suffix(".cert") {
                let key = dir.join(format!("{stem}.key"));
                if !key.exists() {
                    anyhow::bail!(
                        "missing key {} for client certificate {}",
                        key.display(),
                        p.display()
                    );
                }
                if client.is_none() {
                    client = Some((read_certs(&p)?, read_key(&key)?));
                }
            }
        }
    }
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| anyhow!("TLS setup: {e}"))?
        .with_root_certificates(roots);
    let mut cfg = match client {
        Some((chain, key)) => builder
            .with_client_auth_cert(chain, key)
            .map_err(|e| anyhow!("using the client certificate for {host}: {e}"))?,
        None => builder.with_no_client_auth(),
    };
    if !verify {
        cfg.dangerous()
            .set_certificate_verifier(Arc::new(NoVerify(provider)));
    }
    Ok(Arc::new(cfg))
}

/// Accepts any server certificate (still checks handshake signatures).
#[derive(Debug)]
struct NoVerify(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
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
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
