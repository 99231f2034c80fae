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
page-slug-language = page slug `{ $slug }` is the folder of the portal's pages in that language
item-slug-list = the name `{ $slug }` is taken by the pages of the list this item is in (its further pages and filters)
hint-item-slug-list = rename the file: `seite`, `status`, `ziel`, `zustaendig`, `jahr` and, in a portal with English, `page`, `goal`, `owner`, `year` are reserved

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

## Front matter and site.toml keys (load/fields.rs)
toml-invalid = invalid TOML: { $why }
hint-toml-invalid = check quotes, commas and brackets near this position; strings need "quotes"
unknown-key = unknown key `{ $key }` in { $what }
hint-unknown-key-closest = did you mean `{ $name }`? known keys: { $known }
hint-known-keys = known keys: { $known }
missing-key = missing required key `{ $key }` in { $what }
hint-add-key-site = add `{ $key } = …` to { $what }
hint-add-key-front = add `{ $key } = …` to the front matter
wrong-type = `{ $key }` must be { $expected }, found { $found }
hint-flag-or-date-unquoted = write true or false, or a date without quotes, e.g. 2024-03-01
hint-date-unquoted = write dates without quotes, e.g. 2024-03-01
key-empty = `{ $key }` must not be empty
key-too-large = `{ $key }` is too large
out-of-range = `{ $key }` is { $value }, but must be between { $min } and { $max }
date-with-time = `{ $key }` must be a date without a time
hint-date-example = write e.g. 2024-03-01
key-amount = `{ $key }`: { $problem }
hint-amount-forms = write amounts like 50000, 48250.5 or "48250.50" (`.` as decimal point)
wrong-entry = `{ $key }` must { $holds ->
    [strings] be a list of strings
    [tables] hold tables
    *[both] hold strings or tables
    }, but holds { $found }
type-string = a string
type-integer = an integer
type-decimal = a decimal number
type-boolean = a boolean
type-date = a date
type-list = a list
type-table = a table
expect-true-false = true or false
expect-flag-or-date = true, false or a date (YYYY-MM-DD)
expect-date = a date (YYYY-MM-DD)
expect-number = a number
expect-amount = an amount (number or string)
expect-inline-table = a table ({"{"} … {"}"})
expect-list = { $holds ->
    [strings] a list of strings
    [tables] a list of tables ([[{ $key }]])
    *[both] a list of strings or tables
    }
amount-decimals = amount `{ $value }` has more than two decimals
amount-too-large = amount `{ $value }` is too large
amount-not-a-number = `{ $value }` is not an amount
indicator-value-bound = `{ $value }` is beyond what an indicator value may be (a finite number between -1e15 and 1e15)
char-bidi = bidirectional control character { $code } is not allowed: it makes text display in another order than it is written
char-control = control character { $code } is not allowed: it cannot appear in HTML or XML
char-and-more = { $first } ({ $more } more in this file)
hint-forbidden-char = delete the character (editors often show it as a box or not at all); right-to-left text needs no control characters

## What a table is, after "in" (load/fields.rs `what`)
what-goal = goal
what-measure = measure
what-report = report
what-indicator = indicator
what-page = page
what-site-toml = site.toml
what-home-intro = home page intro
what-contact = `contact`
what-strategies-entry = entry of `strategies`
what-milestone = [[milestones]] entry
what-budget-line = [[budget]] line
what-session = [[sessions]] entry
what-update = [[updates]] entry
what-values-entry = entry of `values`
what-compare = [[compare]] entry
what-baseline = `baseline`
what-target = `target`
what-license = [license]
what-accessibility = [accessibility]
what-colors = [colors]
what-cms = [cms]
what-organisation = [organisation]
what-menu-entry = [[menu]] entry

## Values of items (load/items.rs, load/grid.rs, load/csv.rs)
invalid-status = invalid status `{ $value }`
hint-status-closest = did you mean `{ $name }`? valid statuses: { $valid }; in German: geplant, in Umsetzung, laufend, abgeschlossen, verzögert, pausiert, abgebrochen
hint-statuses = valid statuses: { $valid }; in German: geplant, in Umsetzung, laufend, abgeschlossen, verzögert, pausiert, abgebrochen
strategy-twice = strategy `{ $title }` is named twice; it is shown once
hint-strategy-twice = measures name a strategy by its title; give each strategy of a goal its own title
replanned-needs-due = `replanned_from` needs `due`: the date the milestone was moved to
hint-replanned-needs-due = add e.g. due = 2025-06-30 beside replanned_from
invalid-line-kind = invalid budget line kind `{ $value }`
hint-line-kind = valid kinds: expense (or Aufwand, Auszahlung; the default), income (or Ertrag, Einzahlung: grants, Drittmittel, Fördermittel, fees)
amount-negative = { $column } amount { $value } is negative
hint-negative-plan = planned amounts are 0 or more; record refunds as a separate line's `actual`
ongoing-progress = an ongoing measure shows no progress: `progress = { $value }` is left out
hint-ongoing-progress = a standing task has no share done; remove `progress`, or give the measure a status with an end, such as in_progress
goals-empty = `goals` must name at least one goal
hint-goals-empty = add the slug of the goal this measure serves, e.g. goals = ["teilhabe-fuer-alle"]
end-before-start = `end` ({ $end }) is before `start` ({ $start })
not-web-address = `{ $key }` `{ $value }` is not an http(s) address
hint-web-address = write the full address, a blank as %20, e.g. "https://ratsinfo.musterstadt.de/vo0050.asp?__kvonr=4711"
invalid-direction = invalid direction `{ $value }`
hint-directions = valid directions: increase, decrease
invalid-periodicity = invalid periodicity `{ $value }`
hint-periodicity = valid: annual, semiannual, quarterly, monthly, irregular (or jährlich, halbjährlich, vierteljährlich, monatlich, unregelmäßig)
unknown-sdg = unknown SDG `{ $value }`
hint-sdg-targets = goal { $goal } has the targets { $targets }
hint-sdg-codes = name a goal from 1 to 17 or one of its targets as the UN numbers them: "4", "4.1", "4.a"
dimension-unnamed = { $place }a column without a name
dimension-twice = { $place }column `{ $column }` is there twice
hint-dimension = besides `year` and `value`, each column is a dimension that breaks the figure down (`district`, `sex`): give each its own name
geojson-syntax = this is not valid JSON: { $detail }
geojson-not-collection = this is not a GeoJSON FeatureCollection (found: `{ $detail }`)
geojson-no-features = the FeatureCollection holds no districts (`features` is empty)
geojson-feature = feature { $number } is not a valid GeoJSON feature: { $detail }
district-unnamed = feature { $number } has no `name` property
district-no-area = feature { $number } (“{ $name }”) is not an area but `{ $kind }`
district-bad-area = feature { $number } (“{ $name }”): { $problem }
district-short-ring = a ring has { $points } positions, at least 4 are needed (the last equal to the first)
district-not-degrees = the position ({ $x }, { $y }) is not a longitude and latitude in degrees
district-twice = feature { $number }: district “{ $name }” is there already (line { $line })
hint-geojson = data/districts.geojson is a GeoJSON FeatureCollection: one feature per district with a Polygon or MultiPolygon area in longitude and latitude (WGS 84, EPSG:4326, as RFC 7946 requires) and a "name" property; convert files in UTM (EPSG:25832) to WGS 84 first, e.g. with QGIS
district-no-letters = district `{ $name }` has no letter or digit to make its address from
unknown-district = unknown district `{ $name }`
hint-district-closest = did you mean `{ $closest }`? The districts are those of data/districts.geojson
hint-district-names = the districts of data/districts.geojson: { $names }
compare-too-many = more than { $max } `[[compare]]` series
hint-compare-too-many = a chart stays readable with a few comparisons: keep the closest ones (the Land, one or two similar cities)
compare-without-values = the comparison `{ $label }` has no values
hint-compare-without-values = give it `values`, a list of years and values as for the indicator, or `data = "<name>.csv"`, a file in data/
series-row-twice = { $year }{ $what } is there twice; the first is in line { $line }
data-and-values = `data` and `values` are both given
hint-data-and-values = keep the series in one place: either `values = [...]` or `data = "<name>.csv"`
row-fields = row has { $fields } fields, the header has { $header }{ $dialect ->
    [semicolon] {" "}(semicolon-separated, decimal comma)
    [tab] {" "}(tab-separated)
    *[comma] {""}
    }
hint-quote-separator = quote fields that contain the separator: "a, b"
csv-header-unreadable = cannot read CSV header: { $error }
csv-row-unreadable = cannot read CSV row: { $error }
hint-header = the header is { $must }{ $may ->
    [none] {""}
    *[other] , optionally with { $may }
    } (in any order; German names work too: { $german })
unknown-column = { $place }unknown column `{ $column }`{ $dialect ->
    [semicolon] {" "}(semicolon-separated, decimal comma)
    [tab] {" "}(tab-separated)
    *[comma] {""}
    }
missing-column = { $place }missing column `{ $column }`
cell-error = { $place }column `{ $column }`{ $dialect ->
    [semicolon] {" "}(semicolon-separated, decimal comma)
    [tab] {" "}(tab-separated)
    *[comma] {""}
    }: { $problem }
not-a-year = `{ $value }` is not a year
hint-year = write a four-digit year, e.g. 2025
hint-amount-german = write amounts like 50.000 or 48.250,50 (decimal comma, `.` between thousands) or 48250.50
hint-amount-machine = write amounts like 50000 or 48250.50, `.` as decimal point; or "48.250,50" in quotes
measure-slug-empty = the measure slug is empty
not-a-number = `{ $value }` is not a number
hint-number-german = write e.g. 61,5 or 1.234,5 (decimal comma)
hint-number-machine = use `.` as decimal point, e.g. 61.5

## Folders and files of a portal (load/walk.rs)
not-content-folder = not a content folder; ignored
hint-content-folders = content/ holds _index.md and the folders { $folders }
no-content-folder = no content/ folder: the portal is empty
folder-unreadable = cannot read folder: { $error }
bundle-without-index = folder has no index.md and is ignored
hint-bundle = a { $kind } bundle is a folder with index.md and its attachments
not-markdown = not a Markdown file; ignored
hint-not-markdown = put attachments into the item's bundle folder, or into static/
link-to-folder = symbolic link to a folder is not followed; ignored
hint-link-to-folder = move or copy the bundle folder here
link-broken = symbolic link cannot be followed: { $error }
hint-link-broken = the link points to itself, in a circle, or to nothing; replace it with the file
folder-is-link = folder is a symbolic link; klarsicht does not follow it, and nothing in it is read or published
hint-folder-is-link = replace the link with the folder itself (copy it into the portal)
link-not-copied = symbolic link in { $place } is not copied
hint-link-not-copied = copy the file itself into the folder
folders-too-deep = folders are nested more than { $depth } deep here; nothing below is published
hint-folders-too-deep = flatten the folder structure
cannot-read = cannot read: { $error }
hidden-files = hidden and backup files are not published: { $files }
hint-hidden-files = names starting with `.` or ending in `~`, `.swp` or `.bak` are left out; rename a file to publish it

## Content files (load/frontmatter.rs, load/item_file.rs)
file-empty = file is empty
hint-file-empty = a content file starts with TOML front matter: a `+++` line, keys such as title = "…", and another `+++` line
front-yaml = front matter is YAML (`---`), but klarsicht reads TOML
hint-front-yaml = fence the front matter with `+++` lines and write it as TOML, e.g. title = "…"
front-missing = missing front matter: the file must start with a `+++` line
hint-front-missing = put the item's TOML keys between two `+++` lines at the top of the file
front-not-closed = front matter is not closed
hint-front-not-closed = end the front matter with a line that holds only `+++`
invalid-slug = invalid slug `{ $value }`
hint-slug-form = slugs are lowercase a-z, 0-9 and -
hint-slug-form-example = slugs are lowercase a-z, 0-9 and -, e.g. `{ $example }`
no-slug-from-file = cannot make a slug from the file name `{ $stem }`
hint-no-slug-from-file = rename the file or add `slug = "…"`
slug-too-long = the slug made from the file name is { $bytes } bytes long; a slug may hold at most { $max } bytes
hint-slug-too-long = rename the file or add a shorter `slug = "…"`
data-name = `data` `{ $name }` must be the name of a .csv, .xlsx or .ods file in data/
hint-data-name = e.g. data = "uebergangsquote.csv" or data = "kennzahlen.xlsx"
data-file-linked = data file `data/{ $name }` is not read: data/ is a symbolic link
data-file-missing = data file `data/{ $name }` not found

## Reading files (load/mod.rs)
file-too-large = file is { $size }; { $what ->
    [markdown] a Markdown file
    *[data] a data or settings file
    } may hold at most { $limit }
hint-too-large-markdown = split the text into several pages, or attach the full document (a PDF, say) to the item's bundle folder
hint-too-large-data = split the data into several files, or publish it as an attachment
read-as-windows-1252 = file is not UTF-8; read as Windows-1252, the encoding German Excel saves “CSV” in
hint-save-utf8-csv = to be sure of every character, save it as “CSV UTF-8” (Excel) or with the character set UTF-8 (LibreOffice)
not-utf8 = file is not valid UTF-8
hint-save-utf8 = save the file with UTF-8 encoding (most editors offer it under “Save as” / encoding)
duplicate-slug = duplicate { $kind } slug `{ $slug }`: also used by { $other }
hint-duplicate-slug = rename one of the files or give it another `slug`
no-site-toml = site.toml not found: this folder is not a klarsicht portal
hint-no-site-toml = run `klarsicht init <folder>` to create a portal, or pass the portal folder

## Links (base/urls.rs, render/markdown.rs, site.toml menu)
scheme-file = uses the `file:` scheme, which points to a file on the reader's own computer
scheme-code = uses the `{ $scheme }:` scheme, which runs code in the reader's browser
hint-refused-scheme = link to a page or a file; scripts belong in the theme
internal-link-form = internal link `{ $dest }` is not of the form `@/<folder>/<slug>.md`
hint-internal-link-form = e.g. [Kita-Ausbau](@/measures/kita-ausbau.md)
dead-internal-link = dead internal link `{ $dest }`: no { $kind } `{ $slug }`
hint-dead-internal-link = check the file name in content/{ $folder }/
link-refused = link `{ $dest }` { $problem }
link-absolute = link `{ $dest }` starts with `/` and breaks when the site is served under a sub-path
hint-link-absolute = link items as @/measures/<slug>.md, or use a relative link
link-outside = link `{ $dest }` points outside the site
hint-link-outside = link items as @/measures/<slug>.md
invalid-choice = invalid `{ $key }` `{ $value }`
hint-valid-values = valid values: { $valid }
menu-url-refused = `url` `{ $url }` { $problem }
menu-url-absolute = `url` `{ $url }` starts with `/` and breaks when the site is served under a sub-path
hint-menu-url-absolute = write the path from the site's root without the leading `/`, e.g. url = "dokumente/haushalt.pdf"
menu-url-outside = `url` `{ $url }` points outside the site
hint-menu-url-outside = a menu address without a scheme is a path below the site's root
hint-base-url = write the full address, e.g. "https://transparenz.musterstadt.de/"
currency-code = `currency` `{ $value }` is not an ISO 4217 code
hint-currency-code = use three capital letters, e.g. "EUR"
theme-name = `theme` `{ $value }` is not a valid theme name
hint-theme-name = theme names are lowercase a-z, 0-9 and -
cms-needs-backend = `{ $key }` describes the editor's Git service, but `backend` is missing
hint-cms-backend = add backend = "gitlab", "github" or "gitea", or delete the line: without a Git service the editor works only in the preview (klarsicht serve)
cms-backend-without-repo = `backend` needs `repo`: the portal's repository on the Git service
hint-cms-repo = write owner and name with a /, e.g. repo = "stadt-musterstadt/transparenzportal"
cms-repo-form = `repo` `{ $value }` is not owner/name
cms-gitea-api-root = `backend = "gitea"` needs `api_root`: the Gitea server's API address
hint-cms-gitea = e.g. api_root = "https://git.musterstadt.de/api/v1"
hint-cms-address = write the full address, e.g. "https://git.musterstadt.de/api/v4"
cms-stale = static/admin/{ $file } does not match site.toml and this klarsicht version's content format
hint-cms-stale = `klarsicht cms` writes the editor again (content is not touched)
history-shallow = the Git clone is shallow: the changes go back only to { $since }
hint-history-shallow = fetch the whole history: git fetch --unshallow; in GitHub Actions fetch-depth: 0 for actions/checkout, in GitLab CI the variable GIT_DEPTH: 0
history-unreadable = the Git history cannot be read ({ $error }); the pages are built without changes
hint-history-unreadable = `git fsck` checks the repository; history = false in site.toml turns the changes off
menu-page-or-url = a [[menu]] entry needs either `page` or `url`
hint-menu-page-or-url = page = "impressum" links content/pages/impressum.md

## site.toml, contacts, aliases, spreadsheets, themes (load/)
invalid-alias = invalid alias `{ $value }`: { $why }
hint-alias = write the old address below the site root, e.g. aliases = ["projekte/kita-nord/"]
alias-home = the site's home page cannot be an alias
alias-elsewhere = an alias is a path on this site, not an address elsewhere
alias-characters = an alias may not hold \, ?, #, quotes, < or >
alias-parts = an alias may not hold empty, `.` or `..` parts
alias-part-length = each part of an alias may hold at most 200 bytes (file systems allow 255 in a name)
alias-not-page = only a folder (`alt/pfad/`) or an .html page can forward to another page
not-email = `{ $value }` is not an e-mail address
hint-email = { $why }, e.g. email = "jugendamt@musterstadt.de"
email-shape = an address has one `@` between a name and a domain with a dot
email-characters = an address has no spaces and none of < > " ( ) , ; : \ [ ] ? & # % /
email-domain-dot = the domain neither starts nor ends with a dot
contact-empty = `contact` is empty
hint-contact-empty = give at least one of name, unit, email, phone
colour-form = `{ $key }` `{ $value }` is not a colour of the form #rrggbb
hint-colour-form = e.g. brand = "#004b87"
colour-contrast = `{ $key }` { $colour } has a contrast of { $ratio }:1 with the background { $background }; links need 4.5:1
hint-colour-shade = choose a { $shade } shade
unknown-licence = unknown licence `{ $value }`
hint-licence = known identifiers: { $known }; for another licence write [license] with name = "…" and url = "https://…"
licence-url = licence `url` `{ $value }` is not an http(s) address
hint-licence-url = give the address of the licence text
hint-conformance = valid values: full, partial, none (how far the portal meets WCAG 2.1 AA)
partial-needs-barriers = `status = "partial"` needs `barriers`
hint-partial-needs-barriers = list the content that is not accessible and why, e.g. barriers = ["Older PDF reports are not tagged."]
cell-holds-error = the cell holds the error { $error } instead of a value
sheet-too-large = file is { $bytes } bytes; a data file may hold at most { $max } bytes
sheet-unreadable = cannot read the spreadsheet: { $error }
hint-sheet-unreadable = save it as .xlsx (Excel) or .ods (LibreOffice), or as CSV
no-sheet = no sheet `{ $name }`
hint-sheets = its sheets are: { $names }
sheet-page-unreadable = { $sheet }: cannot read the sheet: { $error }
cell-place = { $sheet }!{ $cell }: { $problem }
no-header-row = { $sheet }: no header row in the first { $rows } rows with the columns { $columns }
hint-german-names = German names work too: { $names }
i18n-invalid = invalid translation file: { $why }
theme-missing = theme `{ $name }` not found
hint-theme-missing = create themes/{ $name }/templates/ or use theme = "default"

## The output folder (emit/, build.rs)
output-unchanged = { $problem }; the previous output is unchanged
output-not-folder = output `{ $path }` exists and is not a folder
output-foreign = output folder `{ $path }` exists and was not made by klarsicht; refusing to replace it (choose another --output or empty it)
output-path-outside = refusing to write `{ $path }`: not a path inside the output
interrupted = interrupted
hint-output-parent-writable = the build writes a new folder beside the output and swaps it in; the folder holding the output must be writable
output-unresolved = cannot resolve output `{ $path }`: { $error }
output-root = output `{ $path }` is the file system's root folder
previous-unreadable = cannot read the previous output: { $error }
output-foreign-file = `{ $path }` in the output was not written by klarsicht, and this build writes a file of that name; nothing was replaced
hint-output-foreign-file = move the file out of the output folder (or into static/, to publish it with the site)
link-unreadable = cannot read link `{ $path }`: { $error }
link-not-kept = cannot keep link `{ $path }`: { $error }
search-index-failed = { $error }
hint-report-bug = this is a bug in klarsicht or Pagefind; please report it with the content that triggers it
output-is-source = the output folder may not be the portal folder or one of its source folders
hint-output-is-source = use e.g. --output public

## Measures from a table (import/updates.rs)
table-not-status = `{ $value }` is not a status; valid: { $valid }
table-not-progress = `{ $value }` is not a progress from 0 to 100
table-not-date = `{ $value }` is not a date (2025-06-30 or 30.06.2025)
file-not-found = file not found
table-no-measure-column = no column `measure` (or `Maßnahme`)
hint-table-measure = name each measure by its slug or its exact title
table-column-not-key = { $place }column `{ $column }` is not a key a table can set
hint-table-keys = the keys are: { $keys }
table-no-measure = { $place }no measure `{ $name }`
hint-table-measure-name = name it by its slug (the file name) or its exact title
table-measure-twice = { $place }measure `{ $name }` has a row already (line { $line })
table-cell = { $place }column `{ $column }`: { $problem }

## The link check (link_check.rs)
broken-absolute = starts with `/`, which breaks when the site is served under a sub-path
broken-above-root = climbs above the site's root
broken-missing-file = leads to `{ $file }`, which the site does not have
broken-missing-id = leads to `#{ $id }`, which `{ $file }` does not have
menu-url-broken = `url` `{ $url }` { $problem }
hint-menu-url-broken = the menu links this address from every page; correct it, or add the file to static/
more-broken-links = { $more } more broken links on { $page } (the first { $listed } are listed)
link-broken-on-page = link `{ $url }` { $problem }
hint-link-broken-in-content = link items as @/measures/<slug>.md, files of a bundle by their name, files in static/ relative to the page
link-broken-in-template = { $problem } (on { $page }, line { $line })
hint-link-broken-in-template = the link comes from the template; fix its address or the setting it is made from

## The model (model/)
budget-beyond-bound = the portal's budget amounts add up to more than 1,000,000,000,000,000 € with this line
hint-budget-beyond-bound = planned and actual amounts of all lines, without their signs, may add up to 10^15 € at most; check for a misplaced decimal point
unknown-strategy = unknown strategy `{ $name }`: none of this measure's goals has it
hint-strategy-closest = did you mean `{ $name }`? strategies of its goals: { $titles }
hint-no-strategies = its goals have no `strategies`; add them to the goal, or remove `strategies` here
hint-strategies = strategies of its goals: { $titles }

## Rendering (render/)
template-error = template error: { $why }
alias-is-page = alias `{ $alias }` is the address of a page the site has
hint-alias-is-page = an alias is an old address that no longer has a page of its own
alias-twice = alias `{ $alias }` is also an alias of { $other }
no-base-url = `base_url` is not set: no sitemap.xml; feeds, calendar and share links use relative addresses, and 404.html works only at the site's top level
hint-no-base-url = set base_url = "https://…/" to the address the site is published at
file-in-search-dir = `{ $path }` is inside `{ $dir }`, which holds the search index
hint-file-in-search-dir = move the file to another folder
name-too-long = `{ $path }` cannot be written: a name in it is { $bytes } bytes long, and file systems allow 255
two-files = two files would be written to `{ $path }`
hint-two-files = a file in static/ or a bundle has the same path as a generated page or file; rename it
pdf-failed = the PDF `{ $path }` cannot be written: { $why }
pdf-missing-glyphs = the PDF `{ $path }` shows characters its fonts do not have as �: { $chars }
hint-pdf-missing-glyphs = the PDFs embed Noto Sans and DejaVu Sans (Latin, Greek, Cyrillic and common symbols); the web pages show these characters with the reader's fonts
pdf-shortened = the PDF `{ $path }` cuts { $count ->
    [one] one text
   *[other] { $count } texts
    } longer than { $longest } characters there, with "…"
hint-pdf-failed = this is a fault in klarsicht; please report it with this message. pdf = false in site.toml builds the portal without its PDFs meanwhile
logo-missing = logo `{ $logo }` not found in static/
hint-logo-missing = put the file into static/ and name it relative to that folder, e.g. logo = "logo.svg"
video-missing = video `{ $video }` not found in static/
hint-video-missing = put the video file into static/ and name it relative to that folder, e.g. sign_language_video = "dgs/explanation.mp4"

## The command line's help (help.rs): help-<command path>, help-<command path>-<argument>, help-arg-<argument>
help-klarsicht = Static-site generator for public transparency portals
help-arg-lang = The language of messages: de or en [default: the portal's language; outside a portal the environment's (LANG); KLARSICHT_LANG sets it too]
help-arg-help = Print help
help-arg-version = Print version
help-klarsicht-help = Print this message or the help of the given subcommand(s)
help-klarsicht-import-help = Print this message or the help of the given subcommand(s)
help-arg-path = The portal folder (holding site.toml)
help-arg-drafts = Include items marked `draft = true`
help-arg-future = Include items that appear after the build date (`publish`, a report's `date`); serve always does, with a banner
help-arg-today = The date milestones are judged against (YYYY-MM-DD), for reproducible builds
help-arg-timings = Print how long each stage took (of every rebuild, for serve)
help-klarsicht-build = Build the portal into a static website
help-klarsicht-build--output = Where to write the site (replaced atomically on success) [default: PATH/public]
help-klarsicht-build--base_url = Override `base_url` from site.toml (feeds, sitemap, canonical links)
help-klarsicht-check = Do everything a build does, including rendering, but write nothing
help-klarsicht-serve = Preview the portal: build, serve on 127.0.0.1, rebuild and reload on every change
help-klarsicht-serve--port = Port to serve on; the next free one is taken when it is busy (0: any)
help-klarsicht-serve--bind = Address to serve on. Anything but loopback shares the preview with the network
help-klarsicht-serve--open = Open the preview in the default browser
help-klarsicht-init = Create a new portal that builds at once
help-klarsicht-init--dir = The folder to create
help-klarsicht-cms = Write or renew the form editor (Decap CMS) in static/admin/
help-klarsicht-cms--path = The portal folder
help-klarsicht-import = Update measures from a table (CSV, .xlsx or .ods): one row per measure (slug or exact title) with new status, progress, updated, status_note … Or, with `import oparl`, a report from the council information system. Shows what would change; writes only with --apply, and only when everything read is valid
help-klarsicht-import--table = The table
help-arg-apply = Write the changes (without it, nothing is written)
help-klarsicht-import--path = The portal folder
help-klarsicht-import-oparl = A paper (Vorlage) from the council information system over OParl into a report: title, date, kind, reference, links and the Beratungsfolge with each committee's result
help-klarsicht-import-oparl--url = The paper's OParl address, or the council system's (or a body's) with --reference
help-klarsicht-import-oparl--reference = The paper's reference (Drucksachennummer), e.g. "WP 20-25 SV III/048"
help-klarsicht-import-oparl--report = The report's slug (file name); without it, the report with the paper's address or reference, else a new one named after its title
help-klarsicht-import-oparl--apply = Write the report (without it, nothing is written)
help-klarsicht-import-oparl--path = The portal folder
help-klarsicht-import-oparl--timeout = Seconds to wait for each answer of the council system
help-klarsicht-new = Create a content file with the right front matter
help-klarsicht-new--kind = What to create: goal, measure, report, indicator, page, or budget (a budget line in a measure)
help-klarsicht-new--title = The title; the file name (slug) is made from it
help-klarsicht-new--goal = The goal a measure, report or indicator belongs to
help-klarsicht-new--path = The portal folder

## TOML mistakes explained (load/toml_help.rs)
toml-german-date = `{ $key } = { $value }`: a date written the German way needs quotes or the form YYYY-MM-DD
hint-toml-german-date = write { $key } = { $iso } (or { $key } = "{ $value }")
toml-percent = `{ $key } = { $value }`: a percentage is written as a plain number
hint-toml-percent = write { $key } = { $number }
toml-decimal-comma = `{ $key } = { $value }`: a decimal number takes a point here, not a comma
hint-toml-decimal-comma = write { $key } = { $number }
toml-unquoted-text = `{ $key } = { $value }`: text needs quotes
hint-toml-unquoted-text = write { $key } = "{ $value }"
toml-duplicate-key = `{ $key }` is written twice in this file
hint-toml-duplicate-key = keep one of the two lines
toml-missing-equals = a key needs `=` before its value
hint-toml-missing-equals = write e.g. summary = "…"
toml-unclosed-string = the quotes are not closed on this line
hint-toml-unclosed-string = close the text with " on the same line; for text over several lines use three quotes: """…"""
toml-list-comma = a list needs commas between its entries
hint-toml-list-comma = write e.g. goals = ["teilhabe", "bildung"]
toml-unclosed-list = the list is not closed
hint-toml-unclosed-list = end it with ] on the same line, e.g. goals = ["teilhabe"]
toml-date-form = `{ $key }`: a date has the form YYYY-MM-DD
hint-toml-date-form = write months and days with two digits, e.g. 2025-06-01
not-a-percent = `{ $key }` `{ $value }` is not a percentage
hint-percent = write a whole number from 0 to 100, e.g. { $key } = 95 or { $key } = "95 %"

## klarsicht new (scaffold/)
new-needs-goal = a measure serves a goal: name it with --goal (its slug or title); the goals are: { $goals }
new-needs-goal-none = a measure serves a goal, and the portal has none yet: create one first with klarsicht new goal "…"
new-unknown = no { $kind ->
    [goal] goal
    *[measure] measure
    } `{ $name }`; there are: { $known }
new-unknown-none = no { $kind ->
    [goal] goal
    *[measure] measure
    } `{ $name }`: the portal has none yet
new-needs-direction = say which way is better with --direction: increase (a higher value is better, e.g. a care rate) or decrease (a lower value is better, e.g. a waiting time)
new-bad-direction = `{ $value }` is no direction: write increase (steigend) or decrease (fallend)
new-budget-needs-measure = name the measure the line belongs to with --measure (its slug or title); the measures are: { $measures }
new-budget-year = give the budget year with --year, e.g. --year 2025
new-budget-planned = give the planned amount with --planned, e.g. --planned 50000
new-budget-amount = { $option } `{ $value }` is not an amount of 0 or more: write e.g. 50000, 48250.50 or 48.250,50
new-budget-kind = `{ $value }` is no kind of budget line: expense (Aufwand, Auszahlung) or income (Ertrag, Einzahlung)
new-budget-added = { $file }: budget line { $year } added (planned { $planned })
new-budget-title = a budget line has no title: klarsicht new budget --measure … --year … --planned …
new-needs-title = give the title, e.g. klarsicht new measure "Kita-Ausbau Süd" --goal teilhabe
help-klarsicht-new--direction = Which way an indicator is better: increase or decrease (steigend, fallend)
help-klarsicht-new--measure = The measure a budget line belongs to (slug or title)
help-klarsicht-new--year = The budget line's year
help-klarsicht-new--planned = The budget line's planned amount (50000, 48250.50 or 48.250,50)
help-klarsicht-new--actual = The budget line's actual amount
help-klarsicht-new--label = The budget line's purpose
help-klarsicht-new--line_kind = The budget line's kind: expense (default) or income

## Descriptions of keys for editors' schemas (schema.rs): field-<table>-<key>
field-common-title = The title, as pages show it.
field-common-slug = The address word; default: the file name. Lowercase a-z, 0-9 and -.
field-common-draft = true hides the item unless the build is run with --drafts.
field-common-publish = The first day the item is published (YYYY-MM-DD).
field-common-aliases = Old addresses that forward to this page, e.g. ["projekte/kita-nord/"].
field-common-attachments = Titles for the files of the item's folder (a bundle), in the order the list shows them.
field-common-tags = Topics of the item: each has a page listing everything tagged with it (/themen/<slug>/).
field-attachment-file = The file's name in the item's folder, e.g. haushaltsplan.pdf.
field-attachment-title = What the list of attachments shows for the file.
field-goal-number = The goal's number, for order and display.
field-goal-summary = One line that sums the goal up.
field-goal-owner = Who is responsible for the goal.
field-goal-contact = Whom readers can ask.
field-goal-strategies = The strategies of the goal: titles, or tables with title and text.
field-goal-sdg = The UN Sustainable Development Goals (SDGs) and targets the goal serves: "4", "4.1", "4.a".
field-contact-name = A person's name.
field-contact-unit = The office or department.
field-contact-email = An e-mail address.
field-contact-phone = A phone number.
field-strategy-title = The strategy's title; measures name it in `strategies`.
field-strategy-text = What the strategy means in practice.
field-measure-goals = The slugs of the goals the measure serves (at least one).
field-measure-status = planned, in_progress, ongoing, completed, delayed, on_hold or cancelled (or German: geplant, in Umsetzung …).
field-measure-progress = Percent done, 0 to 100.
field-measure-owner = Who carries the measure out.
field-measure-partners = Who takes part.
field-measure-start = When the measure begins (YYYY-MM-DD).
field-measure-end = When the measure is to end (YYYY-MM-DD).
field-measure-updated = The day the state was last checked (YYYY-MM-DD).
field-measure-milestones = The steps of the measure.
field-measure-budget = The measure's budget lines, one per year and purpose.
field-measure-summary = One line that sums the measure up.
field-measure-status_note = Why the status is what it is (a delay's reason).
field-measure-strategies = The titles of the goal strategies the measure belongs to.
field-measure-indicators = The slugs of the indicators the measure works on.
field-measure-sdg = The UN Sustainable Development Goals (SDGs) and targets the measure serves: "4", "4.1", "4.a".
field-measure-districts = The districts the measure takes place in, by name; none for the whole city. With data/districts.geojson, one of its names: "Nord", "Ost".
field-measure-contact = Whom readers can ask.
field-milestone-title = What is to be done.
field-milestone-due = When it is due (YYYY-MM-DD).
field-milestone-done = true, false, or the day it was done.
field-milestone-replanned_from = The date it was due before it was moved.
field-budget-year = The budget year.
field-budget-planned = The planned amount (Ansatz), 0 or more: 50000, 48250.5 or "48250.50".
field-budget-revised = The revised plan (Ansatz fortgeschrieben), 0 or more.
field-budget-actual = The amount spent or received (Ist).
field-budget-kind = expense (default) or income (Ertrag, Einzahlung: grants, fees).
field-budget-product = The product of the budget (Produkt).
field-budget-label = The purpose of the line.
field-budget-reference = Where the line is in the budget, e.g. "Haushalt 2024/2025, lfd. Nr. 64".
field-report-date = The publication date (YYYY-MM-DD).
field-report-kind = Sachstandsbericht, Mitteilungsvorlage …
field-report-reference = The council paper number, e.g. "WP 20-25 SV III/048".
field-report-summary = One line that sums the report up.
field-report-goals = The slugs of the goals the report is about.
field-report-measures = The slugs of the measures the report is about.
field-report-districts = The districts the report is about, by name.
field-report-sessions = The committee schedule (Beratungsfolge).
field-report-updates = The state of measures as of the report's date.
field-report-council_url = The paper's page in the council information system.
field-report-council_file = The paper's main document.
field-report-oparl = The paper's OParl address (set by klarsicht import oparl).
field-session-committee = The committee.
field-session-date = The day of the session (YYYY-MM-DD).
field-session-role = What the committee does: Kenntnisnahme, Vorberatung, Beschluss …
field-session-result = What the committee decided.
field-update-measure = The slug of the measure.
field-update-status = The measure's status as of the report.
field-update-progress = Percent done as of the report, 0 to 100.
field-update-note = A note on the state.
field-indicator-unit = The unit of the values (%, Plätze …).
field-indicator-summary = One line that sums the indicator up.
field-indicator-goals = The slugs of the goals the indicator measures.
field-indicator-direction = increase (higher is better) or decrease (lower is better); steigend, fallend.
field-indicator-baseline = The value the indicator started from.
field-indicator-target = The value to reach, and when.
field-indicator-values = The values by year.
field-indicator-data = A file in data/ with the values (.csv, .xlsx, .ods) instead of `values`.
field-indicator-sheet = The sheet of a spreadsheet `data` file; default the first.
field-indicator-source = Who measures it.
field-indicator-source_url = The address where the source publishes the figure (https://…).
field-indicator-definition = What the figure counts, in a sentence or two.
field-indicator-numerator = What is counted above the line of a rate or share.
field-indicator-denominator = What it is divided by.
field-indicator-method = How the figure is collected and computed (Markdown).
field-indicator-periodicity = How often a new value comes: annual, semiannual, quarterly, monthly, irregular; jährlich, halbjährlich, vierteljährlich, monatlich, unregelmäßig.
field-indicator-next_update = When the next value is expected.
field-indicator-compare = Series to compare with (the Land, similar cities): label and values or data; at most 3.
field-indicator-sdg = The UN Sustainable Development Goals (SDGs) and targets the indicator measures: "4", "4.1", "4.a".
field-indicator-contact = Whom readers can ask.
field-point-year = The year.
field-compare-label = The series' name in the legend and the table ("Land").
field-compare-values = Its values by year.
field-compare-data = A file in data/ with its values (.csv, .xlsx, .ods) instead of `values`.
field-compare-sheet = The sheet of a spreadsheet `data` file; default the first.
field-compare-source = Where its figures come from.
field-point-value = The value.
field-page-description = A line for search engines and link previews.
field-site-population = Inhabitants, for the per-inhabitant budget figures.
field-site-page_size = Entries per page of the long lists (measures, reports, indicators, budget by measure); 50 when not given.
field-site-title = The portal's name.
field-site-description = One line about the portal.
field-site-base_url = The address the site is published at, e.g. "https://transparenz.musterstadt.de/".
field-site-language = de or en: pages, formats and messages.
field-site-languages = Every language of the portal, the first the default at the root, e.g. ["de", "en"]; instead of language.
field-site-lang = The texts of this file in each language besides the first: [lang.en].
field-lang-de = The texts in German, when German is not the first language.
field-lang-en = The texts in English.
field-lang-texts-title = The portal's title in this language.
field-lang-texts-description = The portal's description in this language.
field-lang-texts-organisation = The organisation's name in this language.
field-lang-texts-menu = The titles of the [[menu]] entries in this language, in their order.
field-lang-texts-accessibility = The accessibility statement's method, barriers and enforcement body in this language.
field-site-theme = default, plain, or a folder in themes/.
field-site-currency = An ISO 4217 code, e.g. EUR.
field-site-progress_weighting = How a goal's progress weighs its measures: equal or budget.
field-site-district_shading = What shades the districts map: measures (their number) or budget (planned funds).
field-site-organisation = The organisation's name, logo and imprint.
field-site-menu = Footer links.
field-site-accessibility = The facts of the accessibility statement.
field-site-colors = The city's colours: brand, brand_dark (#rrggbb).
field-site-license = The terms of reuse: an identifier (CC-BY-4.0 …) or a table with name and url.
field-site-safe_html = true drops raw HTML from all Markdown.
field-site-history = false: no changes from the Git history on the pages.
field-site-pdf = false: no accessible PDFs of the council papers and of the whole portal (they cost build time).
field-site-cms = The form editor (klarsicht cms): whether it is published and where it saves.
field-organisation-name = The organisation's name.
field-organisation-logo = A file in static/, e.g. "logo.svg".
field-organisation-imprint = The slug of a free page, or an http(s) address.
field-menu-title = The link's text.
field-menu-page = The slug of a free page.
field-menu-url = An address: a path of the site or https://….
field-accessibility-status = full, partial or none.
field-accessibility-evaluated = When the portal was evaluated.
field-accessibility-method = How it was evaluated.
field-accessibility-barriers = What is not accessible, and why.
field-accessibility-contact = Whom to tell about barriers.
field-accessibility-enforcement = The enforcement body.
field-accessibility-enforcement_url = Its address.
field-accessibility-sign_language_video = The explanation in German Sign Language (BITV 2.0 § 4): a video file in static/, shown on the Leichte Sprache page.
field-colors-brand = The colour on light pages (#rrggbb), 4.5:1 against white.
field-colors-brand_dark = The colour on dark pages (#rrggbb).
field-license-name = The licence's name.
field-license-url = The address of the licence text.
field-cms-publish = Whether build publishes the editor (static/admin/); when not given, exactly when a backend is set.
field-cms-backend = The Git service the editor saves to: github, gitlab or gitea.
field-cms-repo = The portal's repository there, as owner/name.
field-cms-branch = The branch it saves to (default: main).
field-cms-api_root = The API address of a self-hosted server, e.g. https://git.musterstadt.de/api/v4.
field-cms-base_url = The address of the sign-in service (OAuth).
field-cms-auth_endpoint = The sign-in path at that service.
field-cms-app_id = The OAuth application's id (GitLab, Gitea).
field-cms-local_backend = Where the preview finds decap-server (default: http://localhost:8081/api/v1).

## Short labels of keys, for the CMS forms (cms.rs): label-<table>-<key>
label-common-title = Title
label-common-slug = Address word (slug)
label-common-draft = Draft
label-common-publish = Published from
label-common-aliases = Old addresses
label-common-attachments = Attachments
label-common-tags = Topics
label-attachment-file = File
label-attachment-title = Title
label-goal-number = Number
label-goal-summary = Summary
label-goal-owner = Responsible
label-goal-contact = Contact
label-goal-strategies = Strategies
label-goal-sdg = SDGs
label-contact-name = Name
label-contact-unit = Office
label-contact-email = E-mail
label-contact-phone = Phone
label-strategy-title = Title
label-strategy-text = Text
label-measure-goals = Goals
label-measure-status = Status
label-measure-progress = Progress (%)
label-measure-owner = Responsible
label-measure-partners = Partners
label-measure-start = Start
label-measure-end = End
label-measure-updated = As of
label-measure-milestones = Milestones
label-measure-budget = Budget lines
label-measure-summary = Summary
label-measure-status_note = Reason for the status
label-measure-strategies = Strategies
label-measure-indicators = Indicators
label-measure-sdg = SDGs
label-measure-districts = Districts
label-measure-contact = Contact
label-milestone-title = Step
label-milestone-due = Due
label-milestone-done = Done
label-milestone-replanned_from = Originally due
label-budget-year = Year
label-budget-planned = Planned
label-budget-revised = Revised plan
label-budget-actual = Actual
label-budget-kind = Kind
label-budget-product = Product
label-budget-label = Purpose
label-budget-reference = Reference
label-report-date = Date
label-report-kind = Kind
label-report-reference = Paper number
label-report-summary = Summary
label-report-goals = Goals
label-report-measures = Measures
label-report-districts = Districts
label-report-sessions = Committee schedule
label-report-updates = State of the measures
label-report-council_url = Page in the council system
label-report-council_file = Document in the council system
label-report-oparl = OParl address
label-session-committee = Committee
label-session-date = Date
label-session-role = Role
label-session-result = Result
label-update-measure = Measure
label-update-status = Status
label-update-progress = Progress (%)
label-update-note = Note
label-indicator-unit = Unit
label-indicator-summary = Summary
label-indicator-goals = Goals
label-indicator-direction = Better when
label-indicator-baseline = Baseline
label-indicator-target = Target
label-indicator-values = Values
label-indicator-data = Data file
label-indicator-sheet = Sheet
label-indicator-source = Source
label-indicator-source_url = Source address
label-indicator-definition = Definition
label-indicator-numerator = Numerator
label-indicator-denominator = Denominator
label-indicator-method = Method
label-indicator-periodicity = Published
label-indicator-next_update = Next update
label-indicator-compare = Comparisons
label-indicator-sdg = SDGs
label-indicator-contact = Contact
label-point-year = Year
label-compare-label = Label
label-compare-values = Values
label-compare-data = Data file
label-compare-sheet = Sheet
label-compare-source = Source
label-point-value = Value
label-page-description = Description
label-site-population = Inhabitants
label-site-page_size = Entries per page
label-site-title = Portal name
label-site-description = Description
label-site-base_url = Address of the site
label-site-language = Language
label-site-languages = Languages
label-site-lang = Texts per language
label-lang-de = German
label-lang-en = English
label-lang-texts-title = Title
label-lang-texts-description = Description
label-lang-texts-organisation = Organisation
label-lang-texts-menu = Menu titles
label-lang-texts-accessibility = Accessibility statement
label-site-theme = Theme
label-site-currency = Currency
label-site-progress_weighting = Goal progress weighs
label-site-district_shading = Districts map shaded by
label-site-organisation = Organisation
label-site-menu = Footer links
label-site-accessibility = Accessibility statement
label-site-colors = Colours
label-site-license = Licence
label-site-safe_html = No raw HTML
label-site-history = Show changes
label-site-pdf = Write PDFs
label-site-cms = Form editor
label-organisation-name = Name
label-organisation-logo = Logo
label-organisation-imprint = Imprint
label-menu-title = Text
label-menu-page = Page
label-menu-url = Address
label-accessibility-status = Conformance
label-accessibility-evaluated = Evaluated on
label-accessibility-method = Method
label-accessibility-barriers = Barriers
label-accessibility-contact = Feedback to
label-accessibility-enforcement = Enforcement body
label-accessibility-enforcement_url = Its address
label-accessibility-sign_language_video = Sign language video
label-colors-brand = Colour
label-colors-brand_dark = Colour, dark scheme
label-license-name = Name
label-license-url = Address
label-cms-publish = Publish
label-cms-backend = Git service
label-cms-repo = Repository
label-cms-branch = Branch
label-cms-api_root = API address
label-cms-base_url = Sign-in service
label-cms-auth_endpoint = Sign-in path
label-cms-app_id = OAuth application
label-cms-local_backend = Local service

## The CMS forms (cms.rs)
cms-collection = { $kind ->
    [goal] Goals
    [measure] Measures
    [report] Reports
    [indicator] Indicators
    *[page] Pages
    }
cms-item = { $kind ->
    [goal] Goal
    [measure] Measure
    [report] Report
    [indicator] Indicator
    *[page] Page
    }
cms-body = Text
cms-settings = Settings
cms-admin-title = Editor
cms-noscript = The editor needs JavaScript.
cms-config-header = # Written by klarsicht cms from the content format and [cms] in site.toml. Do not edit: klarsicht cms writes it again, klarsicht build warns when it no longer matches.
cms-failed = site.toml has errors; the editor was not written
cms-written = Editor written to { $dir } (Decap CMS { $version }, { $files } files); in the preview: start npx decap-server in the portal folder, then klarsicht serve and open /admin/

# Languages and translations
what-lang = [lang]
what-translation = translation
language-and-languages = site.toml sets both `language` and `languages`
hint-language-and-languages = keep one: `languages = ["de", "en"]` names every language, the first is the default
language-twice = language `{ $code }` is listed twice in `languages`
languages-empty = `languages` names no language
lang-texts-missing = site.toml has no texts in language `{ $code }`
hint-lang-texts-missing = add a table `[lang.{ $code }]` with at least `title = "…"` (the portal's title in that language)
lang-menu-count = `[lang.{ $code }] menu` has { $found } titles, but site.toml has { $expected } `[[menu]]` entries
lang-barriers-count = `[lang.{ $code }.accessibility] barriers` has { $found } entries, but `[accessibility] barriers` has { $expected }
translation-unknown-language = `{ $code }` in the file name is no language klarsicht knows
hint-translation-unknown-language = a translation is named `<name>.<language>.md` with language de or en; if this file is no translation, leave the dot out of its name
translation-language-not-in-portal = this is a translation into `{ $code }`, but site.toml's `languages` does not name it
hint-translation-language-not-in-portal = add `{ $code }` to `languages` in site.toml, or remove the file
translation-into-default = this is a translation into `{ $code }`, the portal's first language
hint-translation-into-default = the first language's texts are in the file without a language in its name ({ $original })
translation-without-original = translation without an original: { $original } does not exist
hint-translation-without-original = a translation sits beside its original and has its name with the language added: rename it or create { $original }
translation-shared-key = `{ $key }` is the same in every language; it belongs in { $original } only
hint-translation-shared-key = a translation holds only texts (title, summary, body, …); figures, dates, statuses and references are set once in the original
translation-count = `{ $key }` lists { $found } entries, but { $original } has { $expected }
hint-translation-count = list one entry per entry of the original, in the same order
translation-not-translated = `{ $key }` is not translated; the text of { $original } is shown
theme-strings-missing = the theme has no text in language `{ $code }` for: { $keys }
hint-theme-strings-missing = add each to { $file }: every language of the portal needs every text the templates use
easy-reading-kind = a version in Leichte Sprache is for a goal or a measure, not for a { $kind }
hint-easy-reading-kind = the page in Leichte Sprache explains the goals and measures; remove the file or move its text there
easy-reading-without-original = version in Leichte Sprache without an original: { $original } does not exist
easy-reading-no-german = the portal has no German pages, so there is no page in Leichte Sprache to show this version
hint-easy-reading-no-german = add "de" to `languages` in site.toml, or remove the file
what-attachment = [[attachments]]
attachment-missing = `{ $file }` is no file of this item's bundle folder
attachment-twice = `{ $file }` is listed twice in `[[attachments]]`
hint-attachment-missing = an attachment is a file beside the item's index.md in its own folder (a bundle); write its name as it is there, e.g. file = "haushaltsplan.pdf"
tag-left-out = tag `{ $tag }` is left out: it is empty or the same as another tag of this item
too-many-tags = { $count } tags: an item has at most { $max }
hint-too-many-tags = each tag is a topic with a page of its own; keep the few that say what the item is about
