# klarsicht's messages in English. Every id here is in de.ftl too, with the
# same variables (tests in src/base/messages/tests.rs).

## Text from outside the catalogue (an operating system's, a parser's words)
raw = { $text }

## Diagnostics: `path:line:column: error: message`, `  hint: …`
diag-error = error
diag-warning = warning
diag-hint = hint

## References between items (model/link.rs)
unknown-item = unknown { $kind } `{ $slug }`
hint-did-you-mean = did you mean `{ $name }`?
hint-no-item-file = no file content/{ $folder }/{ $slug }.md exists
hint-draft-hidden = `{ $slug }` is a draft and hidden; build with --drafts or remove `draft = true`
hint-appears-later = `{ $slug }` appears on { $date } (after the build date) and is left out until then; build with --future to include it
page-slug-taken = page slug `{ $slug }` is taken by a section of the site
hint-page-slug-taken = rename the file or give the page another `slug`

## The closing line of build, check and the preview (build.rs)
summary-failed = { $verb ->
    [check] check
    *[build] build
    } failed: { $errors ->
    [one] 1 error
    *[other] { $errors } errors
    }, { $warnings ->
    [one] 1 warning
    *[other] { $warnings } warnings
    } in { $ms } ms; nothing was written
summary-done = { $verb ->
    [check] check
    *[build] build
    }: { $pages ->
    [one] 1 page
    *[other] { $pages } pages
    } ({ $files ->
    [one] 1 file
    *[other] { $files } files
    }), { $warnings ->
    [one] 1 warning
    *[other] { $warnings } warnings
    } in { $ms } ms

## Files (base/fsutil.rs): the operating system's words follow the colon
io-error = cannot { $action ->
    [create-folder] create the folder
    *[other] { $action }
    } `{ $path }`: { $error }
io-error-to = cannot { $action } `{ $path }` to `{ $to }`: { $error }

## The command line (commands.rs, main.rs)
cli-error = error: { $text }
cli-stages = stages: { $stages }
cli-site-written = site written to { $path }
cli-bad-date = `{ $value }` is not a date of the form YYYY-MM-DD
cli-created-portal = created a portal in { $dir } ({ $files } files); build it with: klarsicht build { $dir }
cli-created-file = created { $path }

## Updating measures from a table (commands.rs, import/updates.rs)
import-failed = import failed: { $errors ->
    [one] 1 error
    *[other] { $errors } errors
    }; nothing was written
import-edit = { $key } { $old } → { $new }
import-edit-new = { $key } (new) { $new }
import-nothing = nothing to change: every measure already says what the table says
import-updated = updated { $files ->
    [one] 1 file
    *[other] { $files } files
    }
import-would-change = { $files ->
    [one] 1 file would change
    *[other] { $files } files would change
    }; run again with --apply to write them

## A paper from the council information system (import/oparl)
oparl-searched = searched { $papers } papers …
oparl-failed = import failed; nothing was written
oparl-nothing = nothing to change: the report already says what the paper says
oparl-file-new = { $file } (new file):
oparl-wrote = wrote { $file }
oparl-would-write = run again with --apply to write it
oparl-skipped = left out the consultation { $url }: { $why }
oparl-skip-cancelled = its meeting was cancelled
oparl-skip-no-committee = it names no committee and no meeting
oparl-unreachable = { $url }: cannot connect: { $why }
oparl-timeout = { $url }: no answer within { $seconds } s
oparl-not-found = { $url }: not found (HTTP 404)
oparl-status = { $url }: the server answered HTTP { $status }
oparl-not-json = { $url }: not OParl: the answer is { $what }, not JSON (is this the address of the web page rather than of the OParl interface?)
oparl-invalid-json = { $url }: invalid JSON: { $why }
oparl-not-oparl = { $url }: not OParl: the JSON has no OParl `type` (such as https://schema.oparl.org/1.1/Paper)
oparl-wrong-type = { $url }: is an OParl { $found }; expected: { $expected }
oparl-deleted = { $url }: deleted in the council information system
oparl-other-reference = { $url }: this paper's reference is `{ $own }`, not `{ $reference }`
oparl-needs-reference = { $url } is an OParl { $kind }: name the paper with --reference "WP 20-25 SV III/048", or give the paper's own address
oparl-no-bodies = { $url }: the OParl System names no list of bodies (`body`)
oparl-paper-not-found = { $url }: paper not found: no paper with reference `{ $reference }` among the { $papers } papers of { $bodies }
oparl-report-unreadable = { $file }: { $why }
oparl-bad-slug = `{ $slug }` is not a slug: lower-case letters, digits and hyphens (e.g. sachstand-2023)
oparl-two-reports = { $count } reports are about this paper ({ $files }); choose one with --report SLUG
oparl-no-name-for-file = the paper has no name to make a file name of; give one with --report SLUG
oparl-file-taken = { $file } exists and is about another paper; give the report's file name with --report SLUG
oparl-no-title = the paper has no name, and a new report needs a title: import into an existing report with --report SLUG
oparl-no-date = the paper has no date, and a new report needs one: write the report's date by hand or import into an existing report with --report SLUG
front-unreadable = cannot read the front matter: { $why }

## init and new (scaffold.rs)
init-exists = `{ $dir }` already holds a portal (site.toml exists); nothing was changed
new-not-a-portal = `{ $dir }` is not a portal (no site.toml); run it inside the portal folder or pass --path
new-no-slug = cannot make a slug from the title `{ $title }`
new-exists = `{ $path }` already exists; nothing was changed

## The preview (serve/)
serve-more-waiting = more changes are waiting; the rest of the site follows with them
serve-overlay-title = klarsicht: the last change does not build. The page shows the last good build.
serve-changed = changed: { $files }{ $more ->
    [0] {""}
    *[other] {" "}and { $more } more
    }
serve-reloaded-first-then-all = reloaded { $files ->
    [one] 1 changed file
    *[other] { $files } changed files
    } after { $ms } ms, the rest of the site after { $all } ms
serve-reloaded-first = reloaded { $files ->
    [one] 1 changed file
    *[other] { $files } changed files
    } after { $ms } ms
serve-reloaded = reloaded after { $ms } ms
serve-keeps-last-good = the preview keeps the last good build; the errors show on the page
serve-no-folder = { $path }: { $error }
serve-open-to-network = warning: serving on { $address }: other machines can read this preview, drafts and unpublished changes included
serve-no-temp = cannot make a temporary folder: { $error }
serve-no-watch = cannot watch { $path }: { $error }
serve-no-runtime = cannot start the server: { $error }
serve-stopped = stopped
serve-cannot-listen = cannot listen on { $address }: { $error }
serve-port-taken = port { $port } is taken; using { $other }
serve-serving = serving { $path } at { $url } (Ctrl-C stops)
serve-failed = the server stopped: { $error }
serve-index-updated = search index updated in { $ms } ms
serve-index-failed = search index: { $error }
