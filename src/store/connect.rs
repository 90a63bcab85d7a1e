//! Finding and opening the Redis connection (SPEC §2).
//!
//! Resolution order: `--url` / `REDIS_URL`, else the seed's `REDIS_HOST` and `REDIS_PORT`.
//! `REDIS_PASSWORD` (or `REDIS_PWD`, the Redis MCP server's name), `REDIS_USERNAME` and
//! `REDIS_DB` fill in what the URL does not say. Every failure to connect or authenticate is a
//! [`Fail`] with exit 4, the address with its password left out, and a hint.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use redis::{ConnectionAddr, ConnectionInfo, IntoConnectionInfo};

use crate::exit::{Exit, Fail, refused};

/// Where and how to connect; built from flags and environment at the edge.
#[derive(Clone, Debug, Default)]
pub struct ConnectOptions {
    /// `--url` or `REDIS_URL`: a URL or a bare `host:port`.
    pub url: Option<String>,
    pub host: Option<String>,
    pub port: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub db: Option<String>,
    pub tls_ca_cert: Option<PathBuf>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub tls_insecure: bool,
    pub connect_timeout: Duration,
    pub command_timeout: Duration,
}

/// A resolved address: what to connect to and how to name it in messages.
pub struct Target {
    pub info: ConnectionInfo,
    /// The address without any password, e.g. `redis://app@10.0.0.5:6379/2`.
    pub display: String,
}

impl ConnectOptions {
    /// Resolve flags and environment into one address. Bad input is a usage error (exit 2).
    pub fn target(&self) -> Result<Target> {
        let given = match &self.url {
            Some(u) if !u.trim().is_empty() => u.trim().to_string(),
            _ => {
                let host = self.host.as_deref().unwrap_or("localhost");
                let port = self.port.as_deref().unwrap_or("6379");
                port.parse::<u16>()
                    .map_err(|_| refused(format!("REDIS_PORT is not a port number: {port:?}")))?;
                format!("redis://{}:{port}", bracket_ipv6(host))
            }
        };
        let mut url = normalise(&given);
        let tls = url.starts_with("rediss://");
        let wants_tls_options =
            self.tls_ca_cert.is_some() || self.tls_cert.is_some() || self.tls_insecure;
        if wants_tls_options && !tls {
            return Err(refused("TLS options need a rediss:// URL")
                .hint("use --url rediss://HOST:PORT")
                .into());
        }
        if self.tls_insecure && !url.contains('#') {
            url.push_str("#insecure");
        }
        let parsed = redis::parse_redis_url(&url);
        let has_password = parsed.as_ref().is_some_and(|u| u.password().is_some());
        let has_username = parsed.as_ref().is_some_and(|u| !u.username().is_empty());
        let has_db = parsed
            .as_ref()
            .is_some_and(|u| !u.path().trim_matches('/').is_empty() || u.query().is_some());
        let mut info = url
            .as_str()
            .into_connection_info()
            .map_err(|e| refused(format!("invalid Redis address {}: {e}", redacted_url(&url))))?;

        let mut settings = info
            .redis_settings()
            .clone()
            .set_lib_name("coordctl", env!("CARGO_PKG_VERSION"));
        if !has_password && let Some(pw) = self.password.as_deref().filter(|p| !p.is_empty()) {
            settings = settings.set_password(pw);
        }
        if !has_username && let Some(user) = self.username.as_deref().filter(|u| !u.is_empty()) {
            settings = settings.set_username(user);
        }
        if !has_db && let Some(db) = self.db.as_deref().filter(|d| !d.is_empty()) {
            let n: i64 = db
                .parse()
                .map_err(|_| refused(format!("REDIS_DB is not a database number: {db:?}")))?;
            settings = settings.set_db(n);
        }
        info = info.set_redis_settings(settings);

        if tls && (self.tls_ca_cert.is_some() || self.tls_cert.is_some()) {
            info = self.with_certificates(info)?;
        }
        let display = display(&info);
        Ok(Target { info, display })
    }

    fn with_certificates(&self, info: ConnectionInfo) -> Result<ConnectionInfo> {
        let read = |p: &PathBuf, what: &str| {
            std::fs::read(p).with_context(|| format!("reading the {what} {}", p.display()))
        };
        let root_cert = self
            .tls_ca_cert
            .as_ref()
            .map(|p| read(p, "CA certificate"))
            .transpose()?;
        let client_tls = match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => Some(redis::ClientTlsConfig {
                client_cert: read(cert, "client certificate")?,
                client_key: read(key, "client key")?,
            }),
            (None, None) => None,
            _ => return Err(refused("--tls-cert and --tls-key go together").into()),
        };
        let client = redis::Client::build_with_tls(
            info,
            redis::TlsCertificates {
                client_tls,
                root_cert,
            },
        )
        .map_err(|e| refused(format!("cannot use the TLS certificates: {e}")))?;
        Ok(client.get_connection_info().clone())
    }
}

/// Open a connection, check it with PING, and set the command timeout.
pub fn open(opts: &ConnectOptions) -> Result<redis::Connection> {
    let target = opts.target()?;
    let display = target.display.clone();
    let client = redis::Client::open(target.info).map_err(|e| unreachable(&display, &e, opts))?;
    let mut conn = client
        .get_connection_with_timeout(opts.connect_timeout)
        .map_err(|e| unreachable(&display, &e, opts))?;
    let timeout = Some(opts.command_timeout).filter(|d| !d.is_zero());
    conn.set_read_timeout(timeout)
        .and_then(|_| conn.set_write_timeout(timeout))
        .map_err(|e| unreachable(&display, &e, opts))?;
    redis::cmd("PING")
        .query::<()>(&mut conn)
        .map_err(|e| unreachable(&display, &e, opts))?;
    Ok(conn)
}

/// Turn a connect-time error into one line with the address and a hint, exit 4.
pub(super) fn unreachable(
    display: &str,
    err: &redis::RedisError,
    opts: &ConnectOptions,
) -> anyhow::Error {
    let text = err.to_string();
    let lower = text.to_lowercase();
    let (what, hint) = if err.code() == Some("NOAUTH") {
        (
            "the server requires a password".to_string(),
            "set REDIS_PASSWORD (or REDIS_PWD), or put it in the URL: redis://:PASSWORD@HOST:PORT"
                .to_string(),
        )
    } else if err.kind() == redis::ErrorKind::AuthenticationFailed
        || err.code() == Some("WRONGPASS")
        || lower.contains("wrongpass")
        || lower.contains("invalid password")
    {
        (
            "authentication failed (wrong password or user)".to_string(),
            "check REDIS_PASSWORD / REDIS_PWD and REDIS_USERNAME".to_string(),
        )
    } else if err.is_timeout() || lower.contains("timed out") {
        (
            format!(
                "no answer within {}",
                humantime::format_duration(opts.connect_timeout)
            ),
            "check the address and any firewall, or raise --connect-timeout".to_string(),
        )
    } else if is_dns_failure(err) {
        (
            format!("cannot resolve the host name ({text})"),
            "check the host in --url / REDIS_URL / REDIS_HOST".to_string(),
        )
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        (
            format!("TLS failed: {text}"),
            "pass --tls-ca-cert FILE for a private CA, or --tls-insecure to skip verification"
                .to_string(),
        )
    } else {
        // Refused, reset, unreachable network: the server is not where we were told.
        (
            text.clone(),
            "is redis-server running there? set --url or REDIS_URL (or REDIS_HOST/REDIS_PORT)"
                .to_string(),
        )
    };
    Fail::new(
        Exit::Unreachable,
        format!("cannot connect to {display}: {what}"),
    )
    .hint(hint)
    .into()
}

fn is_dns_failure(err: &redis::RedisError) -> bool {
    let text = err.to_string().to_lowercase();
    text.contains("failed to lookup address")
        || text.contains("name or service not known")
        || text.contains("no such host")
        || std::error::Error::source(err)
            .and_then(|s| s.downcast_ref::<io::Error>())
            .is_some_and(|e| e.kind() == io::ErrorKind::NotFound)
}

/// Accept a bare `host:port` (or `host`, or a socket path) as well as URLs.
fn normalise(given: &str) -> String {
    if given.contains("://") {
        given.to_string()
    } else if given.starts_with('/') {
        format!("redis+unix://{given}")
    } else {
        format!("redis://{given}")
    }
}

fn bracket_ipv6(host: &str) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    }
}

/// An address for messages: scheme, user, host, port and database, never the password.
fn display(info: &ConnectionInfo) -> String {
    let settings = info.redis_settings();
    let user = settings
        .username()
        .map(|u| format!("{u}@"))
        .unwrap_or_default();
    let db = match settings.db() {
        0 => String::new(),
        n => format!("/{n}"),
    };
    match info.addr() {
        ConnectionAddr::Tcp(host, port) => {
            format!("redis://{user}{}:{port}{db}", bracket_ipv6(host))
        }
        ConnectionAddr::TcpTls { host, port, .. } => {
            format!("rediss://{user}{}:{port}{db}", bracket_ipv6(host))
        }
        ConnectionAddr::Unix(path) => format!("redis+unix://{}{db}", path.display()),
        other => format!("{other:?}"),
    }
}

/// A URL with any password replaced, for error messages about the URL itself.
fn redacted_url(url: &str) -> String {
    match redis::parse_redis_url(url) {
        Some(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Some(u) => u.to_string(),
        None => match url.split_once('@') {
            Some((_, rest)) => format!("…@{rest}"),
            None => url.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ConnectOptions {
        ConnectOptions {
            connect_timeout: Duration::from_secs(1),
            command_timeout: Duration::from_secs(1),
            ..ConnectOptions::default()
        }
    }

    #[test]
    fn seed_environment_defaults() {
        let t = opts().target().unwrap();
        assert_eq!(t.display, "redis://localhost:6379");
        let o = ConnectOptions {
            host: Some("10.1.2.3".into()),
            port: Some("7000".into()),
            db: Some("2".into()),
            password: Some("s3cret".into()),
            ..opts()
        };
        let t = o.target().unwrap();
        assert_eq!(t.display, "redis://10.1.2.3:7000/2");
        assert_eq!(t.info.redis_settings().password(), Some("s3cret"));
    }

    #[test]
    fn bare_host_port_and_socket_paths() {
        let o = ConnectOptions {
            url: Some("cache.internal:6380".into()),
            ..opts()
        };
        assert_eq!(o.target().unwrap().display, "redis://cache.internal:6380");
        let o = ConnectOptions {
            url: Some("/run/redis.sock".into()),
            ..opts()
        };
        assert_eq!(o.target().unwrap().display, "redis+unix:///run/redis.sock");
    }

    #[test]
    fn url_password_wins_and_is_never_displayed() {
        let o = ConnectOptions {
            url: Some("redis://app:inurl@h:1/3".into()),
            password: Some("fromenv".into()),
            db: Some("5".into()),
            ..opts()
        };
        let t = o.target().unwrap();
        assert_eq!(t.info.redis_settings().password(), Some("inurl"));
        assert_eq!(t.display, "redis://app@h:1/3");
        assert!(!t.display.contains("inurl"));
    }

    #[test]
    fn tls_flags_need_a_tls_url() {
        let o = ConnectOptions {
            url: Some("redis://h:1".into()),
            tls_insecure: true,
            ..opts()
        };
        assert!(o.target().is_err());
        let o = ConnectOptions {
            url: Some("rediss://h:1".into()),
            tls_insecure: true,
            ..opts()
        };
        assert_eq!(o.target().unwrap().display, "rediss://h:1");
    }

    #[test]
    fn bad_urls_are_usage_errors_without_the_password() {
        let o = ConnectOptions {
            url: Some("redis://u:hunter2@h:1/notadb".into()),
            ..opts()
        };
        let err = o.target().err().unwrap();
        assert_eq!(crate::exit::classify(&err), Exit::Refused);
        assert!(!format!("{err:#}").contains("hunter2"), "{err:#}");
    }
}
