//! static/admin/index.html: the one page of a portal that runs a script
//! from a framework, under a policy of its own. Decap renders with inline
//! styles and compiles its configuration schema at run time, so the page
//! allows `'unsafe-inline'` styles and `'unsafe-eval'`; it talks only to
//! its own host, the local decap-server and the Git service site.toml names.

use crate::load::site::SiteConfig;
use crate::load::site::cms::{Cms, LOCAL_BACKEND};
use crate::msg;

/// `scheme://host[:port]` of an http(s) address.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!host.is_empty()).then(|| format!("{scheme}://{host}"))
}

/// The hosts the editor fetches from besides its own.
fn hosts(cms: &Cms) -> Vec<String> {
    let mut out = Vec::new();
    if cms.local_backend == LOCAL_BACKEND {
        // Decap asks the page's own host name, localhost or 127.0.0.1.
        out.push("http://localhost:8081".to_string());
        out.push("http://127.0.0.1:8081".to_string());
    } else {
        out.extend(origin(&cms.local_backend));
    }
    if let Some(b) = &cms.backend {
        let default_api = match b.name.as_str() {
            "github" => Some("https://api.github.com"),
            "gitlab" => Some("https://gitlab.com"),
            _ => None,
        };
        match &b.api_root {
            Some(api) => out.extend(origin(api)),
            None => out.extend(default_api.map(String::from)),
        }
        // GitLab's and Gitea's sign-in exchanges its code for a token there.
        let sign_in = b
            .base_url
            .clone()
            .or_else(|| super::config::sign_in_server(b));
        out.extend(sign_in.as_deref().and_then(origin));
    }
    out.dedup();
    out
}

/// The page's Content-Security-Policy.
pub fn policy(cms: &Cms) -> String {
    let hosts = hosts(cms).join(" ");
    format!(
        "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: {hosts}; \
         connect-src 'self' {hosts}; font-src 'self' data:; worker-src 'self' blob:; \
         object-src 'none'; base-uri 'self'; form-action 'self'"
    )
}

pub fn html(site: &SiteConfig) -> String {
    let lang = site.language;
    let esc = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
    let title = msg!("cms-admin-title").render(lang);
    let title = if site.title.is_empty() {
        title
    } else {
        format!("{title} · {}", site.title)
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex, nofollow\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
         <title>{title}</title>\n\
         <link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         </head>\n<body>\n<noscript>{noscript}</noscript>\n\
         <script src=\"decap-cms.js\"></script>\n</body>\n</html>\n",
        code = lang.code(),
        policy = esc(&policy(&site.cms)),
        title = esc(&title),
        noscript = esc(&msg!("cms-noscript").render(lang)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::site::cms::Backend;

    fn gitlab(api_root: Option<&str>, base_url: Option<&str>) -> Cms {
        Cms {
            publish: None,
            backend: Some(Backend {
                name: "gitlab".into(),
                repo: "stadt/portal".into(),
                branch: "main".into(),
                api_root: api_root.map(String::from),
                base_url: base_url.map(String::from),
                auth_endpoint: None,
                app_id: Some("abc".into()),
            }),
            local_backend: LOCAL_BACKEND.into(),
        }
    }

    #[test]
    fn the_policy_names_the_local_server_and_the_git_service() {
        assert_eq!(
            hosts(&Cms::default()),
            ["http://localhost:8081", "http://127.0.0.1:8081"]
        );
        assert_eq!(
            hosts(&gitlab(None, None)),
            [
                "http://localhost:8081",
                "http://127.0.0.1:8081",
                "https://gitlab.com"
            ]
        );
        let own = gitlab(
            Some("https://git.musterstadt.de/api/v4"),
            Some("https://git.musterstadt.de"),
        );
        assert_eq!(hosts(&own)[2..], ["https://git.musterstadt.de".to_string()]);
        let custom = Cms {
            local_backend: "http://127.0.0.1:9099/api/v1".into(),
            ..Cms::default()
        };
        assert_eq!(hosts(&custom), ["http://127.0.0.1:9099"]);
        assert!(policy(&custom).contains("connect-src 'self' http://127.0.0.1:9099;"));
    }

    #[test]
    fn the_title_is_escaped() {
        let mut site = SiteConfig::fallback();
        site.title = "A & <B> \"C\"".into();
        let html = html(&site);
        assert!(
            html.contains("<title>Redaktion · A &amp; &lt;B&gt; &quot;C&quot;</title>"),
            "{html}"
        );
        assert!(html.contains("<html lang=\"de\">"));
    }
}
