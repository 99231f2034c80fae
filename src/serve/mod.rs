//! `klarsicht serve`: the editor's preview. Builds into a temporary folder
//! (never over the production output), serves it on loopback, watches the
//! portal's files, rebuilds on a change and reloads every open page. A
//! failed rebuild keeps the last good build served and shows its messages
//! over the page until a fixed build replaces it.

mod guard;
mod index;
pub mod live;
mod output;
mod scope;
pub mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode, header};
use axum::routing::get;
use tower_http::services::ServeDir;

use crate::base::date::Date;
use crate::base::diagnostics::Diagnostics;
use crate::base::locale::Lang;
use crate::base::messages::Text;
use crate::build::{BuildOptions, BuildReport, Clock};
use crate::msg;
use live::{Changed, Live, State};

pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
    pub drafts: bool,
    pub today: Option<Date>,
    /// Print how long each stage of every rebuild took.
    pub timings: bool,
    /// `--lang`: the messages' language; else the portal's, read anew each build.
    pub lang: Option<Lang>,
}

/// What a rebuild needs between runs.
struct Preview {
    opts: ServeOptions,
    output: output::Output,
    /// Parsed files and page HTML of the last build, reused where unchanged.
    caches: crate::build::Caches,
    /// The site as last served: what the items linked to before a change.
    last: Option<crate::model::Site>,
    indexer: std::sync::mpsc::Sender<index::Job>,
    state: Arc<State>,
    /// Raised by the watcher when changes wait for the next build.
    waiting: Arc<AtomicBool>,
    /// The messages' language, read once at the start of each rebuild.
    lang: Lang,
}

impl Preview {
    /// Keeps `site` as the site last served. Dropping a large site takes a
    /// while; the next change need not wait for it.
    fn keep(&mut self, site: crate::model::Site) {
        if let Some(old) = self.last.replace(site) {
            std::thread::spawn(move || drop(old));
        }
    }
}

/// How a rebuild went, for the line printed after it.
struct Outcome {
    ok: bool,
    /// Files changed first and when, if the change was shown in two steps.
    first: Option<(usize, std::time::Duration)>,
    /// False when the whole site was left to the next build.
    whole: bool,
}

/// One build, in two steps when only some files changed: first the pages of
/// the changed items and those linked to them (the pages the editor is
/// likely looking at), then the whole site. Each step writes only what
/// changed and tells the pages showing it to reload; the search index
/// follows in the background. Prints what the command line prints and shows
/// errors on the open pages.
fn rebuild(preview: &mut Preview, changed: Option<&[PathBuf]>) -> Outcome {
    let start = Instant::now();
    preview.lang = lang_of(&preview.opts);
    let mut d = Diagnostics::new();
    let mut clock = Clock::default();
    let opts = BuildOptions {
        root: preview.opts.root.clone(),
        output: None,
        drafts: preview.opts.drafts,
        // The preview shows what is not out yet, with a banner saying when.
        future: true,
        base_url: None,
        today: preview.opts.today.unwrap_or_else(Date::today),
        preview: true,
    };
    let modelled = crate::build::model(
        &opts,
        Some(&preview.caches.parse),
        changed,
        &mut d,
        &mut clock,
    );
    let (first, more_waiting) =
        first_pages(preview, modelled.as_ref(), changed, &d, &mut clock, start);
    // More changes are waiting: their build renders the whole site, so this
    // one need not. What the first pages showed is the new state.
    if more_waiting {
        say(preview.lang, msg!("serve-more-waiting"));
        if let Some(m) = modelled {
            preview.keep(m.site);
        }
        return Outcome {
            ok: true,
            first,
            whole: false,
        };
    }
    let prepared = modelled.as_ref().map(|m| {
        let keep = crate::render::Keep::default();
        let p = crate::build::render_all(
            &opts,
            m,
            Some(&mut preview.caches.pages),
            false,
            &keep,
            &mut d,
            &mut clock,
        );
        (p, keep.into_files())
    });
    let files = prepared.as_ref().map(|(_, files)| files.as_slice());
    let written = write_all(preview, files, &mut d, &mut clock);
    let counts = files.map(crate::build::Counts::of).unwrap_or_default();
    let report = BuildReport::new(d, clock, counts, start, written.is_some());
    let lang = preview.lang;
    let text = report.messages(lang, crate::build::Verb::Build);
    eprintln!("{text}");
    if preview.opts.timings {
        say(lang, msg!("cli-stages", stages = report.timings()));
    }
    let (Some(paths), true) = (written, report.ok()) else {
        preview.state.publish(Live::Error {
            title: msg!("serve-overlay-title").render(lang),
            text,
        });
        return Outcome {
            ok: false,
            first,
            whole: true,
        };
    };
    // Pages showing an error overlay reload on any reload message.
    if !paths.is_empty() || first.is_none_or(|(n, _)| n == 0) {
        preview.state.publish(Live::Reload(Changed::of(paths)));
    }
    if let (Some((site, _)), Some(m)) = (prepared, modelled) {
        let _ = preview.indexer.send(index::Job {
            indexes: site.search,
            messages: lang,
        });
        preview.keep(m.site);
    }
    Outcome {
        ok: true,
        first,
        whole: true,
    }
}

/// After a known change to a good site: the pages it touches, written
/// first, with how many files changed and when; and whether more changes
/// wait already.
fn first_pages(
    preview: &mut Preview,
    modelled: Option<&crate::build::Modelled>,
    changed: Option<&[PathBuf]>,
    d: &Diagnostics,
    clock: &mut Clock,
    start: Instant,
) -> (Option<(usize, std::time::Duration)>, bool) {
    let (Some(m), Some(changed)) = (modelled, changed) else {
        return (None, false);
    };
    let Some(old) = preview.last.as_ref().filter(|_| !d.has_errors()) else {
        return (None, false);
    };
    let scope = scope::of(&preview.opts.root, old, &m.site, changed);
    let first = show_first(preview, m, &scope).map(|n| (n, start.elapsed()));
    clock.lap("first pages");
    let waiting = first.is_some() && preview.waiting.load(Ordering::SeqCst);
    (first, waiting)
}

/// Writes the whole site when it has no errors; the paths written or
/// removed, None when nothing was written.
fn write_all(
    preview: &mut Preview,
    files: Option<&[crate::render::OutputFile]>,
    d: &mut Diagnostics,
    clock: &mut Clock,
) -> Option<Vec<String>> {
    let files = files.filter(|_| !d.has_errors())?;
    let written = match preview.output.update(files) {
        Ok(paths) => Some(paths),
        Err(e) => {
            d.push(e.diagnostic(preview.output.dir()));
            None
        }
    };
    clock.lap("write");
    written
}

/// Renders and writes the pages `scope::of` picked for the change, and tells
/// the pages showing them to reload. Returns how many files changed; None
/// when they have errors (the whole-site render reports them).
fn show_first(
    preview: &mut Preview,
    m: &crate::build::Modelled,
    scope: &crate::render::Scope,
) -> Option<usize> {
    let mut d = Diagnostics::new();
    let files = crate::render::render_scoped(
        &m.site,
        &m.theme,
        scope,
        Some(&mut preview.caches.pages),
        &mut d,
    );
    if d.has_errors() {
        return None;
    }
    let paths = preview.output.write_some(&files).ok()?;
    let n = paths.len();
    if n > 0 {
        preview.state.publish(Live::Reload(Changed::of(paths)));
    }
    Some(n)
}

/// Rebuilds for each batch of changes; changes that arrive during a build are
/// merged into the next one.
fn builder(mut preview: Preview, rx: std::sync::mpsc::Receiver<Vec<PathBuf>>) {
    while let Ok(mut changed) = rx.recv() {
        preview.waiting.store(false, Ordering::SeqCst);
        while let Ok(more) = rx.try_recv() {
            changed.extend(more);
        }
        changed.sort();
        changed.dedup();
        let shown: Vec<String> = changed
            .iter()
            .take(3)
            .map(|c| {
                crate::base::diagnostics::rel_path(&preview.opts.root, c)
                    .display()
                    .to_string()
            })
            .collect();
        let more = changed.len().saturating_sub(3);
        let files = shown.join(", ");
        say(
            preview.lang,
            msg!("serve-changed", files = files, more = more),
        );
        let start = Instant::now();
        let outcome = rebuild(&mut preview, Some(&changed));
        let all = start.elapsed().as_millis() as u64;
        let first = outcome.first.filter(|(n, _)| *n > 0);
        say(
            preview.lang,
            match (outcome.ok, first, outcome.whole) {
                (true, Some((n, t)), true) => msg!(
                    "serve-reloaded-first-then-all",
                    files = n,
                    ms = t.as_millis() as u64,
                    all = all
                ),
                (true, Some((n, t)), false) => {
                    msg!("serve-reloaded-first", files = n, ms = t.as_millis() as u64)
                }
                (true, None, _) => msg!("serve-reloaded", ms = all),
                (false, ..) => msg!("serve-keeps-last-good"),
            },
        );
    }
}

/// The page served before the first good build, in both languages (the
/// portal's may be the very thing that does not load).
const WAITING: &str = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>klarsicht</title></head><body><p>Es gibt noch keinen fehlerfreien Stand. Beheben Sie die Fehler unten; diese Seite lädt sich dann von selbst neu.</p><p lang=\"en\">There is no good build yet. Fix the errors shown below; this page reloads by itself.</p></body></html>";

/// The language of the preview's messages now: `--lang`, else the portal's
/// as site.toml says at this moment.
fn lang_of(opts: &ServeOptions) -> Lang {
    crate::load::site::messages_language(opts.lang, Some(&opts.root))
}

/// A line on the terminal.
fn say(lang: Lang, text: Text) {
    eprintln!("{}", text.render(lang));
}

/// Adds the live script to HTML, and keeps browsers from caching anything:
/// two builds within one second share a modification time, so a revalidated
/// page would come back 304 and show the old text. The form editor
/// (`/admin/`) is not reloaded: each file it saves starts a build, and a
/// reload would throw away the form being filled in.
async fn live_layer(req: axum::extract::Request, next: axum::middleware::Next) -> Response<Body> {
    let editor = req
        .uri()
        .path()
        .starts_with(&format!("/{}/", crate::cms::DIR));
    let res = next.run(req).await;
    with_live_script(res, !editor).await
}

async fn with_live_script(mut res: Response<Body>, live: bool) -> Response<Body> {
    let headers = res.headers_mut();
    headers.remove(header::LAST_MODIFIED);
    headers.remove(header::ETAG);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || !live {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let html = live::inject(&String::from_utf8_lossy(&bytes));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

fn router(site: PathBuf, state: Arc<State>, addr: SocketAddr) -> Router {
    let not_found_site = site.clone();
    let not_found = get(move || {
        let page = not_found_site.join("404.html");
        async move {
            let body = tokio::fs::read_to_string(&page)
                .await
                .unwrap_or_else(|_| WAITING.to_string());
            let mut res = Response::new(Body::from(body));
            *res.status_mut() = StatusCode::NOT_FOUND;
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            res
        }
    });
    Router::new()
        .route(
            live::EVENTS_PATH,
            get(move || async move { live::stream(&state) }),
        )
        .route(
            live::SCRIPT_PATH,
            get(|| async { ([(header::CONTENT_TYPE, "text/javascript")], live::SCRIPT) }),
        )
        .fallback_service(ServeDir::new(site).not_found_service(not_found))
        .layer(axum::middleware::from_fn(live_layer))
        .layer(axum::middleware::from_fn(move |req, next| {
            guard::guard(addr, req, next)
        }))
}

/// The first free port from `port` on (20 tries); port 0 asks the system.
async fn listen(addr: IpAddr, port: u16) -> std::io::Result<tokio::net::TcpListener> {
    if port == 0 {
        return tokio::net::TcpListener::bind(SocketAddr::new(addr, 0)).await;
    }
    let mut last = None;
    for p in port..port.saturating_add(20) {
        match tokio::net::TcpListener::bind(SocketAddr::new(addr, p)).await {
            Ok(l) => return Ok(l),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free port")))
}

pub fn run(opts: ServeOptions) -> Result<(), Text> {
    let root = opts.root.canonicalize().map_err(|e| {
        msg!(
            "serve-no-folder",
            path = opts.root.display(),
            error = e.to_string()
        )
    })?;
    let opts = ServeOptions { root, ..opts };
    let lang = lang_of(&opts);
    if !opts.bind.is_loopback() {
        say(
            lang,
            msg!("serve-open-to-network", address = opts.bind.to_string()),
        );
    }
    // The process id in the name lets a later preview remove the folder of
    // one that was killed before it could (SIGKILL).
    crate::base::fsutil::remove_orphans(&std::env::temp_dir(), TEMP_PREFIX);
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(&format!("-{}", std::process::id()))
        .tempdir()
        .map_err(|e| msg!("serve-no-temp", error = e.to_string()))?;
    let site = tmp.path().join("site");
    let state = State::new();
    let (bind, port, open) = (opts.bind, opts.port, opts.open);
    let root_shown = opts.root.display().to_string();
    let watch_root = opts.root.clone();
    let mut preview = Preview {
        opts,
        output: output::Output::new(site.clone()),
        caches: crate::build::Caches::default(),
        last: None,
        waiting: Arc::new(AtomicBool::new(false)),
        indexer: index::start(site.clone()),
        state: state.clone(),
        lang,
    };
    rebuild(&mut preview, None);

    let (tx, rx) = std::sync::mpsc::channel();
    let _watcher = watch::watch(watch_root.clone(), tx, preview.waiting.clone()).map_err(|e| {
        msg!(
            "serve-no-watch",
            path = watch_root.display(),
            error = e.to_string()
        )
    })?;
    std::thread::spawn(move || builder(preview, rx));

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| msg!("serve-no-runtime", error = e.to_string()))?;
    let result = runtime.block_on(serve_http(bind, port, open, root_shown, site, state, lang));
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    // A rebuild or the search index may still be writing: the files in
    // flight are finished, no more are begun, then the folder goes.
    let _stopped = crate::emit::stop_writing();
    drop(tmp);
    eprintln!("{}", msg!("serve-stopped").render(lang));
    result
}

/// Listens, says where, opens the browser when asked, and serves `site`
/// until a stop signal.
async fn serve_http(
    bind: IpAddr,
    port: u16,
    open: bool,
    root_shown: String,
    site: PathBuf,
    state: Arc<State>,
    lang: Lang,
) -> Result<(), Text> {
    let listener = listen(bind, port).await.map_err(|e: std::io::Error| {
        msg!(
            "serve-cannot-listen",
            address = format!("{bind}:{port}"),
            error = e.to_string()
        )
    })?;
    let addr = listener.local_addr().map_err(|e| {
        msg!(
            "serve-cannot-listen",
            address = format!("{bind}:{port}"),
            error = e.to_string()
        )
    })?;
    let url = format!("http://{addr}/");
    if addr.port() != port && port != 0 {
        eprintln!(
            "{}",
            msg!("serve-port-taken", port = port, other = addr.port()).render(lang)
        );
    }
    println!(
        "{}",
        msg!("serve-serving", path = root_shown, url = url).render(lang)
    );
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    if open {
        let _ = std::process::Command::new(if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        })
        .arg(&url)
        .spawn();
    }
    // Not a graceful shutdown: it would wait for the open pages' event
    // streams, which never end.
    tokio::select! {
        r = axum::serve(listener, router(site, state, addr)) => {
            r.map_err(|e| msg!("serve-failed", error = e.to_string()))
        }
        () = stop_signal() => Ok(()),
    }
}

const TEMP_PREFIX: &str = "klarsicht-serve-";

/// Ctrl-C, `kill` (SIGTERM) or a closed terminal (SIGHUP): the preview stops
/// and removes its temporary folder.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
            _ = hup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
