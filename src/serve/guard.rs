//! What the preview answers: requests for the address it listens on. A web
//! page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding)
//! and read the preview, drafts included; the `Host` header gives it away.
//! And no redirect may lead off the site: `GET //evil.example` once
//! answered with a redirect to `//evil.example/`, which a browser reads as
//! another host.

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, Uri, header};

/// Whether a request with this `Host` header is for the preview listening
/// on `addr`: `localhost` or the address itself, with its port; any IP
/// address when it listens on all of them (`--bind 0.0.0.0`). Host names
/// other than `localhost` are what DNS rebinding sends.
pub(super) fn host_allowed(host: &str, addr: SocketAddr) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !p.contains(']') => (n, Some(p)),
        _ => (host, None),
    };
    if port.is_some_and(|p| p.parse::<u16>() != Ok(addr.port())) {
        return false;
    }
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let ip = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name)
        .parse::<IpAddr>();
    match ip {
        Ok(ip) => addr.ip().is_unspecified() || ip == addr.ip(),
        Err(_) => false,
    }
}

/// The request with any run of leading slashes made one: `//evil.example`
/// is the path `/evil.example` on this site.
pub(super) fn one_leading_slash(uri: &Uri) -> Option<Uri> {
    let path = uri.path();
    let trimmed = path.trim_start_matches(['/', '\\']);
    if path.len() - trimmed.len() <= 1 && !path.starts_with('\\') {
        return None;
    }
    let rest = uri.query().map_or(String::new(), |q| format!("?{q}"));
    format!("/{trimmed}{rest}").parse().ok()
}

/// A plain-text refusal, in both languages (the preview's overlay is not
/// there to say it).
fn refuse(status: StatusCode, addr: SocketAddr) -> Response<Body> {
    let text = format!(
        "Diese Vorschau antwortet nur unter http://{addr}/ oder http://localhost:{port}/.\n\
         This preview answers only at http://{addr}/ or http://localhost:{port}/.\n",
        port = addr.port()
    );
    let mut res = Response::new(Body::from(text));
    *res.status_mut() = status;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    res
}

/// The middleware: 400 without a `Host`, 421 (Misdirected Request) for
/// another host; leading slashes folded; a redirect off the site becomes a 404.
pub(super) async fn guard(
    addr: SocketAddr,
    mut req: Request<Body>,
    next: axum::middleware::Next,
) -> Response<Body> {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string);
    match host {
        None => return refuse(StatusCode::BAD_REQUEST, addr),
        Some(h) if !host_allowed(&h, addr) => return refuse(StatusCode::MISDIRECTED_REQUEST, addr),
        Some(_) => {}
    }
    if let Some(uri) = one_leading_slash(req.uri()) {
        *req.uri_mut() = uri;
    }
    let mut res = next.run(req).await;
    let off_site = res
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| !l.starts_with('/') || l.starts_with("//") || l.starts_with("/\\"));
    if off_site {
        res.headers_mut().remove(header::LOCATION);
        *res.status_mut() = StatusCode::NOT_FOUND;
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_preview_s_own_hosts_are_answered() {
        let local: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        for ok in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST:1111",
            "127.0.0.1",
            "localhost",
        ] {
            assert!(host_allowed(ok, local), "{ok}");
        }
        for bad in [
            "evil.example:1111",
            "evil.example",
            "127.0.0.1:2222",
            "10.0.0.1:1111",
            "localhost.evil.example:1111",
            "",
            "[::1]:1111",
        ] {
            assert!(!host_allowed(bad, local), "{bad}");
        }
        let v6: SocketAddr = "[::1]:1111".parse().unwrap();
        assert!(host_allowed("[::1]:1111", v6));
        assert!(!host_allowed("127.0.0.1:1111", v6));
        let all: SocketAddr = "0.0.0.0:1111".parse().unwrap();
        assert!(host_allowed("192.168.1.20:1111", all));
        assert!(host_allowed("[fe80::1]:1111", all));
        assert!(!host_allowed("rebind.evil.example:1111", all));
    }

    #[test]
    fn leading_slashes_fold_into_one() {
        let fold = |s: &str| one_leading_slash(&s.parse().unwrap()).map(|u| u.to_string());
        assert_eq!(fold("//evil.example").as_deref(), Some("/evil.example"));
        assert_eq!(
            fold("///evil.example/x?a=1").as_deref(),
            Some("/evil.example/x?a=1")
        );
        assert_eq!(fold("/ziele/"), None);
    }
}
