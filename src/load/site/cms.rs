//! `[cms]` in site.toml: whether `build` publishes the form editor
//! (static/admin/, written by `klarsicht cms`) and which Git service it
//! saves to. The preview always serves it, with Decap's local backend.

use serde::Serialize;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::fields::Table;
use crate::load::spec;
use crate::msg;

/// Where the preview's editor finds `decap-server` unless `local_backend` says.
pub const LOCAL_BACKEND: &str = "http://localhost:8081/api/v1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Backend {
    /// `github`, `gitlab` or `gitea`: Decap's backend names.
    pub name: String,
    /// `owner/name` on the service.
    pub repo: String,
    pub branch: String,
    pub api_root: Option<String>,
    pub base_url: Option<String>,
    pub auth_endpoint: Option<String>,
    pub app_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cms {
    /// `publish` as written; see `publishes`.
    pub publish: Option<bool>,
    pub backend: Option<Backend>,
    pub local_backend: String,
}

impl Default for Cms {
    fn default() -> Cms {
        Cms {
            publish: None,
            backend: None,
            local_backend: LOCAL_BACKEND.into(),
        }
    }
}

impl Cms {
    /// Whether `build` publishes static/admin/: as `publish` says, else when
    /// a backend is set (without one, the editor works only in the preview).
    pub fn publishes(&self) -> bool {
        self.publish.unwrap_or(self.backend.is_some())
    }
}

/// An http(s) address without its trailing slash, or an error at its key.
fn address(t: &Table, key: &str, d: &mut Diagnostics) -> Option<String> {
    super::web_address(t, key, Some(msg!("hint-cms-address")), d)
        .map(|u| u.trim_end_matches('/').to_string())
}

/// The keys that describe the Git service: meaningless without `backend`.
const SERVICE_KEYS: [&str; 6] = [
    "repo",
    "branch",
    "api_root",
    "base_url",
    "auth_endpoint",
    "app_id",
];

pub fn parse(t: &Table, d: &mut Diagnostics) -> Cms {
    t.check_known(&spec::keys(spec::CMS), d);
    Cms {
        publish: t.boolean("publish", d),
        backend: backend(t, d),
        local_backend: address(t, "local_backend", d).unwrap_or_else(|| LOCAL_BACKEND.into()),
    }
}

fn backend(t: &Table, d: &mut Diagnostics) -> Option<Backend> {
    let Some(name) = t.string("backend", d) else {
        for key in SERVICE_KEYS {
            if let Some(v) = t.string(key, d) {
                d.push(
                    Diagnostic::error(t.doc.file, v.loc, msg!("cms-needs-backend", key = key))
                        .with_hint(msg!("hint-cms-backend")),
                );
            }
        }
        return None;
    };
    if !["github", "gitlab", "gitea"].contains(&name.value.as_str()) {
        d.push(
            Diagnostic::error(
                t.doc.file,
                name.loc,
                msg!("invalid-choice", key = "backend", value = name.value),
            )
            .with_hint(msg!("hint-valid-values", valid = "github, gitlab, gitea")),
        );
        return None;
    }
    let api_root = address(t, "api_root", d);
    if name.value == "gitea" && api_root.is_none() {
        d.push(
            Diagnostic::error(t.doc.file, name.loc, msg!("cms-gitea-api-root"))
                .with_hint(msg!("hint-cms-gitea")),
        );
    }
    let Some(repo) = t.string("repo", d) else {
        d.push(
            Diagnostic::error(t.doc.file, name.loc, msg!("cms-backend-without-repo"))
                .with_hint(msg!("hint-cms-repo")),
        );
        return None;
    };
    if repo
        .value
        .split('/')
        .filter(|p| !p.trim().is_empty())
        .count()
        < 2
    {
        d.push(
            Diagnostic::error(
                t.doc.file,
                repo.loc,
                msg!("cms-repo-form", value = repo.value),
            )
            .with_hint(msg!("hint-cms-repo")),
        );
        return None;
    }
    Some(Backend {
        name: name.value,
        repo: repo.value,
        branch: t
            .string("branch", d)
            .map_or_else(|| "main".into(), |b| b.value),
        api_root,
        base_url: address(t, "base_url", d),
        auth_endpoint: t.string("auth_endpoint", d).map(|s| s.value),
        app_id: t.string("app_id", d).map(|s| s.value),
    })
}
