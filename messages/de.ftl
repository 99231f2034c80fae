# Die Meldungen von klarsicht auf Deutsch. Jede Kennung steht auch in
# en.ftl, mit denselben Variablen (Tests in src/base/messages/tests.rs).

## Text von außerhalb des Katalogs (Worte des Betriebssystems, eines Parsers)
raw = { $text }

## Meldungen: `Pfad:Zeile:Spalte: Fehler: Meldung`, `  Hinweis: …`
diag-error = Fehler
diag-warning = Warnung
diag-hint = Hinweis

## References between items (model/link.rs)
unknown-item = { $kind ->
    [goal] unbekanntes Ziel
    [measure] unbekannte Maßnahme
    [report] unbekannter Bericht
    [indicator] unbekannte Kennzahl
    *[page] unbekannte Seite
    } `{ $slug }`
hint-did-you-mean = meinten Sie `{ $name }`?
hint-no-item-file = es gibt keine Datei content/{ $folder }/{ $slug }.md
hint-draft-hidden = `{ $slug }` ist ein Entwurf und verborgen; mit --drafts bauen oder `draft = true` entfernen
hint-appears-later = `{ $slug }` erscheint am { $date } (nach dem Build-Datum) und fehlt bis dahin; mit --future bauen, um es aufzunehmen
page-slug-taken = der Name `{ $slug }` der Seite ist schon ein Bereich der Website
hint-page-slug-taken = die Datei umbenennen oder der Seite einen anderen `slug` geben
page-slug-language = der Slug `{ $slug }` ist der Ordner der Seiten des Portals in dieser Sprache
item-slug-list = der Name `{ $slug }` ist schon ein Ordner der Liste, in der dieser Eintrag steht (ihre weiteren Seiten und Filter)
hint-item-slug-list = die Datei umbenennen: `seite`, `status`, `ziel`, `zustaendig`, `jahr` und in einem Portal mit Englisch `page`, `goal`, `owner`, `year` sind vergeben

## The closing line of build, check and the preview (build.rs)
summary-failed = { $verb ->
    [check] Prüfung
    *[build] Erstellen
    } fehlgeschlagen: { $errors ->
    [one] 1 Fehler
    *[other] { $errors } Fehler
    }, { $warnings ->
    [one] 1 Warnung
    *[other] { $warnings } Warnungen
    } in { $ms } ms; nichts wurde geschrieben
summary-done = { $verb ->
    [check] geprüft
    *[build] erstellt
    }: { $pages ->
    [one] 1 Seite
    *[other] { $pages } Seiten
    } ({ $files ->
    [one] 1 Datei
    *[other] { $files } Dateien
    }), { $warnings ->
    [one] 1 Warnung
    *[other] { $warnings } Warnungen
    } in { $ms } ms

## Files (base/fsutil.rs): the operating system's words follow the colon
io-error = { $action ->
    [read] kann `{ $path }` nicht lesen
    [write] kann `{ $path }` nicht schreiben
    [remove] kann `{ $path }` nicht löschen
    [rename] kann `{ $path }` nicht umbenennen
    [replace] kann `{ $path }` nicht ersetzen
    [create-folder] kann den Ordner `{ $path }` nicht anlegen
    [copy] kann `{ $path }` nicht kopieren
    *[other] kann `{ $path }` nicht bearbeiten ({ $action })
    }: { $error }
io-error-to = { $action ->
    [copy] kann `{ $path }` nicht nach `{ $to }` kopieren
    [rename] kann `{ $path }` nicht in `{ $to }` umbenennen
    [swap] kann `{ $path }` nicht mit `{ $to }` tauschen
    *[other] kann `{ $path }` nicht nach `{ $to }` bringen ({ $action })
    }: { $error }

## The command line (commands.rs, main.rs)
cli-error = Fehler: { $text }
cli-stages = Schritte: { $stages }
cli-site-written = Website geschrieben nach { $path }
cli-bad-date = `{ $value }` ist kein Datum der Form JJJJ-MM-TT
cli-created-portal = Portal in { $dir } angelegt ({ $files } Dateien); erstellen mit: klarsicht build { $dir }
cli-created-file = angelegt: { $path }

## Updating measures from a table (commands.rs, import/updates.rs)
import-failed = Import fehlgeschlagen: { $errors } Fehler; nichts wurde geschrieben
import-edit = { $key } { $old } → { $new }
import-edit-new = { $key } (neu) { $new }
import-nothing = nichts zu ändern: jede Maßnahme sagt schon, was die Tabelle sagt
import-updated = { $files ->
    [one] 1 Datei
    *[other] { $files } Dateien
    } geändert
import-would-change = { $files ->
    [one] 1 Datei würde sich ändern
    *[other] { $files } Dateien würden sich ändern
    }; mit --apply noch einmal aufrufen, um sie zu schreiben

## A paper from the council information system (import/oparl)
oparl-searched = { $papers } Vorlagen durchsucht …
oparl-failed = Import fehlgeschlagen; nichts wurde geschrieben
oparl-nothing = nichts zu ändern: der Bericht sagt schon, was die Vorlage sagt
oparl-file-new = { $file } (neue Datei):
oparl-wrote = { $file } geschrieben
oparl-would-write = mit --apply noch einmal aufrufen, um es zu schreiben
oparl-skipped = Beratung { $url } ausgelassen: { $why }
oparl-skip-cancelled = ihre Sitzung wurde abgesagt
oparl-skip-no-committee = sie nennt weder ein Gremium noch eine Sitzung
oparl-unreachable = { $url }: keine Verbindung: { $why }
oparl-timeout = { $url }: keine Antwort innerhalb von { $seconds } s
oparl-not-found = { $url }: nicht gefunden (HTTP 404)
oparl-status = { $url }: der Server antwortete mit HTTP { $status }
oparl-not-json = { $url }: kein OParl: die Antwort ist { $what }, kein JSON (ist das die Adresse der Webseite statt der OParl-Schnittstelle?)
oparl-invalid-json = { $url }: ungültiges JSON: { $why }
oparl-not-oparl = { $url }: kein OParl: das JSON hat keinen OParl-`type` (etwa https://schema.oparl.org/1.1/Paper)
oparl-wrong-type = { $url }: ist ein OParl-Objekt { $found }; erwartet: { $expected }
oparl-deleted = { $url }: im Ratsinformationssystem gelöscht
oparl-other-reference = { $url }: diese Vorlage hat die Nummer `{ $own }`, nicht `{ $reference }`
oparl-needs-reference = { $url } ist ein OParl-Objekt { $kind }: die Vorlage mit --reference "WP 20-25 SV III/048" nennen oder die Adresse der Vorlage selbst angeben
oparl-no-bodies = { $url }: das OParl-System nennt keine Liste von Körperschaften (`body`)
oparl-paper-not-found = { $url }: Vorlage nicht gefunden: keine Vorlage mit der Nummer `{ $reference }` unter den { $papers } Vorlagen von { $bodies }
oparl-report-unreadable = { $file }: { $why }
oparl-bad-slug = `{ $slug }` ist kein Dateiname (Slug): Kleinbuchstaben, Ziffern und Bindestriche (etwa sachstand-2023)
oparl-two-reports = { $count } Berichte gehören zu dieser Vorlage ({ $files }); einen mit --report SLUG wählen
oparl-no-name-for-file = die Vorlage hat keinen Namen, aus dem ein Dateiname werden kann; einen mit --report SLUG angeben
oparl-file-taken = { $file } gibt es schon, zu einer anderen Vorlage; den Dateinamen des Berichts mit --report SLUG angeben
oparl-no-title = die Vorlage hat keinen Namen, ein neuer Bericht braucht aber einen Titel: mit --report SLUG in einen bestehenden Bericht übernehmen
oparl-no-date = die Vorlage hat kein Datum, ein neuer Bericht braucht aber eines: das Datum von Hand eintragen oder mit --report SLUG in einen bestehenden Bericht übernehmen
front-unreadable = der Kopf der Datei (Front Matter) ist nicht lesbar: { $why }

## init and new (scaffold.rs)
init-exists = `{ $dir }` enthält schon ein Portal (es gibt site.toml); nichts wurde geändert
new-not-a-portal = `{ $dir }` ist kein Portal (keine site.toml); im Ordner des Portals aufrufen oder --path angeben
new-no-slug = aus dem Titel `{ $title }` lässt sich kein Dateiname (Slug) machen
new-exists = `{ $path }` gibt es schon; nichts wurde geändert

## The preview (serve/)
serve-more-waiting = weitere Änderungen warten; der Rest der Website folgt mit ihnen
serve-overlay-title = klarsicht: Die letzte Änderung lässt sich nicht übernehmen. Die Seite zeigt den letzten fehlerfreien Stand.
serve-changed = geändert: { $files }{ $more ->
    [0] {""}
    *[other] {" "}und { $more } weitere
    }
serve-reloaded-first-then-all = { $files ->
    [one] 1 geänderte Datei
    *[other] { $files } geänderte Dateien
    } nach { $ms } ms neu geladen, den Rest der Website nach { $all } ms
serve-reloaded-first = { $files ->
    [one] 1 geänderte Datei
    *[other] { $files } geänderte Dateien
    } nach { $ms } ms neu geladen
serve-reloaded = nach { $ms } ms neu geladen
serve-keeps-last-good = die Vorschau behält den letzten fehlerfreien Stand; die Fehler stehen auf der Seite
serve-no-folder = { $path }: { $error }
serve-open-to-network = Warnung: Vorschau unter { $address }: andere Rechner können sie lesen, auch Entwürfe und Unveröffentlichtes
serve-no-temp = kann keinen temporären Ordner anlegen: { $error }
serve-no-watch = kann { $path } nicht beobachten: { $error }
serve-no-runtime = kann den Server nicht starten: { $error }
serve-stopped = beendet
serve-cannot-listen = kann nicht unter { $address } lauschen: { $error }
serve-port-taken = Port { $port } ist belegt; nehme { $other }
serve-serving = Vorschau von { $path } unter { $url } (Strg-C beendet)
serve-failed = der Server ist ausgefallen: { $error }
serve-index-updated = Suchindex in { $ms } ms erneuert
serve-index-failed = Suchindex: { $error }

## Front matter and site.toml keys (load/fields.rs)
toml-invalid = ungültiges TOML: { $why }
hint-toml-invalid = Anführungszeichen, Kommas und Klammern an dieser Stelle prüfen; Text steht in "Anführungszeichen"
unknown-key = unbekannter Schlüssel `{ $key }` { $what }
hint-unknown-key-closest = meinten Sie `{ $name }`? Bekannte Schlüssel: { $known }
hint-known-keys = bekannte Schlüssel: { $known }
missing-key = es fehlt der Pflichtschlüssel `{ $key }` { $what }
hint-add-key-site = `{ $key } = …` { $what } ergänzen
hint-add-key-front = `{ $key } = …` im Kopf der Datei (zwischen den +++-Zeilen) ergänzen
wrong-type = `{ $key }` muss { $expected } sein, ist aber { $found }
hint-flag-or-date-unquoted = true oder false schreiben, oder ein Datum ohne Anführungszeichen, etwa 2024-03-01
hint-date-unquoted = Daten ohne Anführungszeichen schreiben, etwa 2024-03-01
key-empty = `{ $key }` darf nicht leer sein
key-too-large = `{ $key }` ist zu groß
out-of-range = `{ $key }` ist { $value }, muss aber zwischen { $min } und { $max } liegen
date-with-time = `{ $key }` muss ein Datum ohne Uhrzeit sein
hint-date-example = etwa 2024-03-01 schreiben
key-amount = `{ $key }`: { $problem }
hint-amount-forms = Beträge wie 50000, 48250.5 oder "48250.50" schreiben (mit `.` als Dezimalzeichen)
wrong-entry = `{ $key }` darf nur { $holds ->
    [strings] Zeichenketten
    [tables] Tabellen
    *[both] Zeichenketten oder Tabellen
    } enthalten, enthält aber { $found }
type-string = eine Zeichenkette
type-integer = eine ganze Zahl
type-decimal = eine Dezimalzahl
type-boolean = ein Wahrheitswert
type-date = ein Datum
type-list = eine Liste
type-table = eine Tabelle
expect-true-false = true oder false
expect-flag-or-date = true, false oder ein Datum (JJJJ-MM-TT)
expect-date = ein Datum (JJJJ-MM-TT)
expect-number = eine Zahl
expect-amount = ein Betrag (Zahl oder Zeichenkette)
expect-inline-table = eine Tabelle ({"{"} … {"}"})
expect-list = { $holds ->
    [strings] eine Liste von Zeichenketten
    [tables] eine Liste von Tabellen ([[{ $key }]])
    *[both] eine Liste von Zeichenketten oder Tabellen
    }
amount-decimals = der Betrag `{ $value }` hat mehr als zwei Nachkommastellen
amount-too-large = der Betrag `{ $value }` ist zu groß
amount-not-a-number = `{ $value }` ist kein Betrag
indicator-value-bound = `{ $value }` liegt außerhalb dessen, was ein Kennzahlwert sein kann (eine endliche Zahl zwischen -1e15 und 1e15)
char-bidi = das Steuerzeichen für die Schreibrichtung { $code } ist nicht erlaubt: es zeigt Text in anderer Reihenfolge an, als er geschrieben ist
char-control = das Steuerzeichen { $code } ist nicht erlaubt: es kann in HTML und XML nicht stehen
char-and-more = { $first } ({ $more } weitere in dieser Datei)
hint-forbidden-char = das Zeichen löschen (Editoren zeigen es oft als Kästchen oder gar nicht); Text von rechts nach links braucht keine Steuerzeichen

## What a table is, after "in" (load/fields.rs `what`)
what-goal = im Ziel
what-measure = in der Maßnahme
what-report = im Bericht
what-indicator = in der Kennzahl
what-page = auf der Seite
what-site-toml = in site.toml
what-home-intro = im Text der Startseite
what-contact = in `contact`
what-strategies-entry = in einem Eintrag von `strategies`
what-milestone = in einem [[milestones]]-Eintrag
what-budget-line = in einer [[budget]]-Zeile
what-session = in einem [[sessions]]-Eintrag
what-update = in einem [[updates]]-Eintrag
what-values-entry = in einem Eintrag von `values`
what-compare = Eintrag von [[compare]]
what-baseline = in `baseline`
what-target = in `target`
what-license = in [license]
what-accessibility = in [accessibility]
what-colors = in [colors]
what-cms = in [cms]
what-organisation = in [organisation]
what-menu-entry = in einem [[menu]]-Eintrag

## Values of items (load/items.rs, load/grid.rs, load/csv.rs)
invalid-status = ungültiger Status `{ $value }`
hint-status-closest = meinten Sie `{ $name }`? Gültige Status: { $valid }; auf Deutsch: geplant, in Umsetzung, laufend, abgeschlossen, verzögert, pausiert, abgebrochen
hint-statuses = gültige Status: { $valid }; auf Deutsch: geplant, in Umsetzung, laufend, abgeschlossen, verzögert, pausiert, abgebrochen
strategy-twice = die Strategie `{ $title }` steht zweimal da; sie wird einmal gezeigt
hint-strategy-twice = Maßnahmen nennen eine Strategie bei ihrem Titel; jeder Strategie eines Ziels einen eigenen Titel geben
replanned-needs-due = `replanned_from` braucht `due`: das Datum, auf das der Meilenstein verschoben wurde
hint-replanned-needs-due = etwa due = 2025-06-30 neben replanned_from ergänzen
invalid-line-kind = ungültige Art der Haushaltszeile `{ $value }`
hint-line-kind = gültige Arten: expense (oder Aufwand, Auszahlung; die Vorgabe), income (oder Ertrag, Einzahlung: Zuschüsse, Drittmittel, Fördermittel, Gebühren)
amount-negative = der Betrag { $value } in { $column } ist negativ
hint-negative-plan = geplante Beträge sind 0 oder mehr; Rückzahlungen als `actual` einer eigenen Zeile erfassen
ongoing-progress = eine Daueraufgabe zeigt keinen Fortschritt: `progress = { $value }` wird weggelassen
hint-ongoing-progress = eine Daueraufgabe hat keinen erledigten Anteil; `progress` entfernen oder der Maßnahme einen Status mit Ende geben, etwa in_progress
goals-empty = `goals` muss mindestens ein Ziel nennen
hint-goals-empty = den Dateinamen (Slug) des Ziels ergänzen, dem die Maßnahme dient, etwa goals = ["teilhabe-fuer-alle"]
end-before-start = `end` ({ $end }) liegt vor `start` ({ $start })
not-web-address = `{ $key }` `{ $value }` ist keine http(s)-Adresse
hint-web-address = die volle Adresse schreiben, ein Leerzeichen als %20, etwa "https://ratsinfo.musterstadt.de/vo0050.asp?__kvonr=4711"
invalid-direction = ungültige Richtung `{ $value }`
hint-directions = gültige Richtungen: increase (steigend ist besser), decrease (fallend ist besser)
invalid-periodicity = ungültige Periodizität `{ $value }`
hint-periodicity = gültig: jährlich, halbjährlich, vierteljährlich, monatlich, unregelmäßig (oder annual, semiannual, quarterly, monthly, irregular)
unknown-sdg = unbekanntes SDG `{ $value }`
hint-sdg-targets = Ziel { $goal } hat die Unterziele { $targets }
hint-sdg-codes = ein Ziel von 1 bis 17 oder eines seiner Unterziele nennen, wie die UN sie zählen: "4", "4.1", "4.a"
dimension-unnamed = { $place }eine Spalte ohne Namen
dimension-twice = { $place }die Spalte `{ $column }` steht zweimal da
hint-dimension = neben `year` (Jahr) und `value` (Wert) ist jede Spalte eine Aufgliederung der Zahl (`Stadtteil`, `Geschlecht`): jeder einen eigenen Namen geben
geojson-syntax = das ist kein gültiges JSON: { $detail }
geojson-not-collection = das ist keine GeoJSON-FeatureCollection (gefunden: `{ $detail }`)
geojson-no-features = die FeatureCollection enthält keine Stadtteile (`features` ist leer)
geojson-feature = Feature { $number } ist kein gültiges GeoJSON-Feature: { $detail }
district-unnamed = Feature { $number } hat keine Eigenschaft `name`
district-no-area = Feature { $number } („{ $name }“) ist keine Fläche, sondern `{ $kind }`
district-bad-area = Feature { $number } („{ $name }“): { $problem }
district-short-ring = ein Ring hat { $points } Punkte, mindestens 4 sind nötig (der letzte gleich dem ersten)
district-not-degrees = die Koordinate ({ $x }, { $y }) ist keine Länge und Breite in Grad
district-twice = Feature { $number }: den Stadtteil „{ $name }“ gibt es schon (Zeile { $line })
hint-geojson = data/districts.geojson ist eine GeoJSON-FeatureCollection: je Stadtteil ein Feature mit einer Polygon- oder MultiPolygon-Fläche in Länge und Breite (WGS 84, EPSG:4326, wie RFC 7946 es verlangt) und der Eigenschaft "name"; Dateien in UTM (EPSG:25832) vorher in WGS 84 umrechnen, etwa mit QGIS
district-no-letters = der Stadtteil `{ $name }` hat keinen Buchstaben und keine Ziffer, aus denen seine Adresse entstehen kann
unknown-district = unbekannter Stadtteil `{ $name }`
hint-district-closest = meinten Sie `{ $closest }`? Die Stadtteile stehen in data/districts.geojson
hint-district-names = die Stadtteile aus data/districts.geojson: { $names }
compare-too-many = mehr als { $max } Vergleichsreihen `[[compare]]`
hint-compare-too-many = ein Diagramm bleibt mit wenigen Vergleichen lesbar: die nächsten behalten (das Land, ein oder zwei ähnliche Städte)
compare-without-values = der Vergleich `{ $label }` hat keine Werte
hint-compare-without-values = ihm `values` geben, eine Liste von Jahren und Werten wie bei der Kennzahl, oder `data = "<name>.csv"`, eine Datei in data/
series-row-twice = { $year }{ $what } steht zweimal da; die erste steht in Zeile { $line }
data-and-values = `data` und `values` sind beide angegeben
hint-data-and-values = die Reihe an einer Stelle führen: entweder `values = [...]` oder `data = "<name>.csv"`
row-fields = die Zeile hat { $fields } Felder, die Kopfzeile { $header }{ $dialect ->
    [semicolon] {" "}(semikolongetrennt, Dezimalkomma)
    [tab] {" "}(tabulatorgetrennt)
    *[comma] {""}
    }
hint-quote-separator = Felder, die das Trennzeichen enthalten, in Anführungszeichen setzen: "a, b"
csv-header-unreadable = die CSV-Kopfzeile ist nicht lesbar: { $error }
csv-row-unreadable = die CSV-Zeile ist nicht lesbar: { $error }
hint-header = die Kopfzeile ist { $must }{ $may ->
    [none] {""}
    *[other] , wahlweise mit { $may }
    } (in beliebiger Reihenfolge; deutsche Namen gehen auch: { $german })
unknown-column = { $place }unbekannte Spalte `{ $column }`{ $dialect ->
    [semicolon] {" "}(semikolongetrennt, Dezimalkomma)
    [tab] {" "}(tabulatorgetrennt)
    *[comma] {""}
    }
missing-column = { $place }es fehlt die Spalte `{ $column }`
cell-error = { $place }Spalte `{ $column }`{ $dialect ->
    [semicolon] {" "}(semikolongetrennt, Dezimalkomma)
    [tab] {" "}(tabulatorgetrennt)
    *[comma] {""}
    }: { $problem }
not-a-year = `{ $value }` ist keine Jahreszahl
hint-year = eine vierstellige Jahreszahl schreiben, etwa 2025
hint-amount-german = Beträge wie 50.000 oder 48.250,50 (Dezimalkomma, `.` zwischen den Tausendern) oder 48250.50 schreiben
hint-amount-machine = Beträge wie 50000 oder 48250.50 schreiben, `.` als Dezimalzeichen; oder "48.250,50" in Anführungszeichen
measure-slug-empty = der Dateiname (Slug) der Maßnahme ist leer
not-a-number = `{ $value }` ist keine Zahl
hint-number-german = etwa 61,5 oder 1.234,5 schreiben (Dezimalkomma)
hint-number-machine = `.` als Dezimalzeichen verwenden, etwa 61.5

## Folders and files of a portal (load/walk.rs)
not-content-folder = kein Inhaltsordner; nicht beachtet
hint-content-folders = content/ enthält _index.md und die Ordner { $folders }
no-content-folder = kein Ordner content/: das Portal ist leer
folder-unreadable = der Ordner ist nicht lesbar: { $error }
bundle-without-index = der Ordner hat keine index.md und wird nicht beachtet
hint-bundle = ein Bündel ist ein Ordner mit index.md und ihren Anlagen ({ $kind })
not-markdown = keine Markdown-Datei; nicht beachtet
hint-not-markdown = Anlagen in den Bündel-Ordner des Eintrags legen oder nach static/
link-to-folder = einer symbolischen Verknüpfung auf einen Ordner wird nicht gefolgt; nicht beachtet
hint-link-to-folder = den Bündel-Ordner hierher verschieben oder kopieren
link-broken = der symbolischen Verknüpfung lässt sich nicht folgen: { $error }
hint-link-broken = die Verknüpfung zeigt auf sich selbst, im Kreis oder ins Leere; durch die Datei selbst ersetzen
folder-is-link = der Ordner ist eine symbolische Verknüpfung; klarsicht folgt ihr nicht, nichts darin wird gelesen oder veröffentlicht
hint-folder-is-link = die Verknüpfung durch den Ordner selbst ersetzen (ins Portal kopieren)
link-not-copied = symbolische Verknüpfung in { $place } wird nicht kopiert
hint-link-not-copied = die Datei selbst in den Ordner kopieren
folders-too-deep = die Ordner sind hier mehr als { $depth } Ebenen tief verschachtelt; nichts darunter wird veröffentlicht
hint-folders-too-deep = die Ordnerstruktur flacher machen
cannot-read = nicht lesbar: { $error }
hidden-files = versteckte Dateien und Sicherungskopien werden nicht veröffentlicht: { $files }
hint-hidden-files = Namen, die mit `.` beginnen oder auf `~`, `.swp` oder `.bak` enden, bleiben weg; eine Datei umbenennen, um sie zu veröffentlichen

## Content files (load/frontmatter.rs, load/item_file.rs)
file-empty = die Datei ist leer
hint-file-empty = eine Inhaltsdatei beginnt mit dem Kopf in TOML: eine Zeile `+++`, Schlüssel wie title = "…", dann wieder eine Zeile `+++`
front-yaml = der Kopf der Datei ist YAML (`---`), klarsicht liest aber TOML
hint-front-yaml = den Kopf mit Zeilen `+++` einfassen und in TOML schreiben, etwa title = "…"
front-missing = der Kopf der Datei fehlt: die Datei muss mit einer Zeile `+++` beginnen
hint-front-missing = die TOML-Schlüssel des Eintrags oben in der Datei zwischen zwei Zeilen `+++` schreiben
front-not-closed = der Kopf der Datei ist nicht abgeschlossen
hint-front-not-closed = den Kopf mit einer Zeile beenden, in der nur `+++` steht
invalid-slug = ungültiger Dateiname (Slug) `{ $value }`
hint-slug-form = ein Slug besteht aus Kleinbuchstaben a-z, Ziffern 0-9 und -
hint-slug-form-example = ein Slug besteht aus Kleinbuchstaben a-z, Ziffern 0-9 und -, etwa `{ $example }`
no-slug-from-file = aus dem Dateinamen `{ $stem }` lässt sich kein Slug machen
hint-no-slug-from-file = die Datei umbenennen oder `slug = "…"` ergänzen
slug-too-long = der Slug aus dem Dateinamen ist { $bytes } Bytes lang; ein Slug darf höchstens { $max } Bytes haben
hint-slug-too-long = die Datei umbenennen oder einen kürzeren `slug = "…"` ergänzen
data-name = `data` `{ $name }` muss der Name einer .csv-, .xlsx- oder .ods-Datei in data/ sein
hint-data-name = etwa data = "uebergangsquote.csv" oder data = "kennzahlen.xlsx"
data-file-linked = die Datendatei `data/{ $name }` wird nicht gelesen: data/ ist eine symbolische Verknüpfung
data-file-missing = die Datendatei `data/{ $name }` gibt es nicht

## Reading files (load/mod.rs)
file-too-large = die Datei hat { $size }; { $what ->
    [markdown] eine Markdown-Datei
    *[data] eine Daten- oder Einstellungsdatei
    } darf höchstens { $limit } haben
hint-too-large-markdown = den Text auf mehrere Seiten aufteilen oder das ganze Dokument (etwa ein PDF) in den Bündel-Ordner des Eintrags legen
hint-too-large-data = die Daten auf mehrere Dateien aufteilen oder sie als Anlage veröffentlichen
read-as-windows-1252 = die Datei ist nicht UTF-8; als Windows-1252 gelesen, die Kodierung, in der deutsches Excel „CSV“ speichert
hint-save-utf8-csv = um jedes Zeichen sicher zu haben, als „CSV UTF-8“ (Excel) oder mit dem Zeichensatz UTF-8 (LibreOffice) speichern
not-utf8 = die Datei ist kein gültiges UTF-8
hint-save-utf8 = die Datei in der Kodierung UTF-8 speichern (die meisten Editoren bieten das unter „Speichern unter“ / Kodierung)
duplicate-slug = { $kind ->
    [goal] ein Ziel
    [measure] eine Maßnahme
    [report] ein Bericht
    [indicator] eine Kennzahl
    *[page] eine Seite
    } mit dem Slug `{ $slug }` gibt es schon: { $other }
hint-duplicate-slug = eine der Dateien umbenennen oder ihr einen anderen `slug` geben
no-site-toml = site.toml nicht gefunden: dieser Ordner ist kein klarsicht-Portal
hint-no-site-toml = mit `klarsicht init <Ordner>` ein Portal anlegen oder den Ordner des Portals angeben

## Links (base/urls.rs, render/markdown.rs, site.toml menu)
scheme-file = nutzt das Schema `file:`, das auf eine Datei auf dem Rechner der Lesenden zeigt
scheme-code = nutzt das Schema `{ $scheme }:`, das Code im Browser der Lesenden ausführt
hint-refused-scheme = auf eine Seite oder Datei verlinken; Skripte gehören ins Theme
internal-link-form = der interne Link `{ $dest }` hat nicht die Form `@/<Ordner>/<Slug>.md`
hint-internal-link-form = etwa [Kita-Ausbau](@/measures/kita-ausbau.md)
dead-internal-link = toter interner Link `{ $dest }`: { $kind ->
    [goal] kein Ziel
    [measure] keine Maßnahme
    [report] kein Bericht
    [indicator] keine Kennzahl
    *[page] keine Seite
    } `{ $slug }`
hint-dead-internal-link = den Dateinamen in content/{ $folder }/ prüfen
link-refused = der Link `{ $dest }` { $problem }
link-absolute = der Link `{ $dest }` beginnt mit `/` und bricht, wenn die Website unter einem Unterpfad liegt
hint-link-absolute = Einträge als @/measures/<Slug>.md verlinken oder einen relativen Link nehmen
link-outside = der Link `{ $dest }` zeigt aus der Website hinaus
hint-link-outside = Einträge als @/measures/<Slug>.md verlinken
invalid-choice = ungültiger Wert `{ $value }` für `{ $key }`
hint-valid-values = gültige Werte: { $valid }
menu-url-refused = `url` `{ $url }` { $problem }
menu-url-absolute = `url` `{ $url }` beginnt mit `/` und bricht, wenn die Website unter einem Unterpfad liegt
hint-menu-url-absolute = den Pfad ab der Wurzel der Website ohne das führende `/` schreiben, etwa url = "dokumente/haushalt.pdf"
menu-url-outside = `url` `{ $url }` zeigt aus der Website hinaus
hint-menu-url-outside = eine Menü-Adresse ohne Schema ist ein Pfad unterhalb der Wurzel der Website
hint-base-url = die volle Adresse schreiben, etwa "https://transparenz.musterstadt.de/"
currency-code = `currency` `{ $value }` ist kein ISO-4217-Code
hint-currency-code = drei Großbuchstaben verwenden, etwa "EUR"
theme-name = `theme` `{ $value }` ist kein gültiger Theme-Name
hint-theme-name = Theme-Namen bestehen aus Kleinbuchstaben a-z, Ziffern 0-9 und -
cms-needs-backend = `{ $key }` beschreibt den Git-Dienst des Redaktionssystems, aber `backend` fehlt
hint-cms-backend = backend = "gitlab", "github" oder "gitea" ergänzen, oder die Zeile löschen: ohne Git-Dienst arbeitet das Redaktionssystem nur in der Vorschau (klarsicht serve)
cms-backend-without-repo = `backend` braucht `repo`: das Repository des Portals auf dem Git-Dienst
hint-cms-repo = Besitzer und Name mit / schreiben, etwa repo = "stadt-musterstadt/transparenzportal"
cms-repo-form = `repo` `{ $value }` ist nicht Besitzer/Name
cms-gitea-api-root = `backend = "gitea"` braucht `api_root`: die API-Adresse des Gitea-Servers
hint-cms-gitea = etwa api_root = "https://git.musterstadt.de/api/v1"
hint-cms-address = die volle Adresse schreiben, etwa "https://git.musterstadt.de/api/v4"
cms-stale = static/admin/{ $file } passt nicht zu site.toml und zum Inhaltsformat dieser klarsicht-Version
hint-cms-stale = `klarsicht cms` schreibt die Redaktionsoberfläche neu (Inhalte bleiben unberührt)
history-shallow = die Git-Kopie ist flach (shallow): die Änderungen reichen nur bis zum { $since } zurück
hint-history-shallow = die ganze Geschichte holen: git fetch --unshallow; in GitHub Actions fetch-depth: 0 bei actions/checkout, in GitLab CI die Variable GIT_DEPTH: 0
history-unreadable = die Git-Geschichte lässt sich nicht lesen ({ $error }); die Seiten entstehen ohne Änderungen
hint-history-unreadable = `git fsck` prüft das Repository; history = false in site.toml schaltet die Änderungen ab
menu-page-or-url = ein [[menu]]-Eintrag braucht entweder `page` oder `url`
hint-menu-page-or-url = page = "impressum" verlinkt content/pages/impressum.md

## site.toml, contacts, aliases, spreadsheets, themes (load/)
invalid-alias = ungültiger Alias `{ $value }`: { $why }
hint-alias = die alte Adresse unterhalb der Wurzel der Website schreiben, etwa aliases = ["projekte/kita-nord/"]
alias-home = die Startseite kann kein Alias sein
alias-elsewhere = ein Alias ist ein Pfad auf dieser Website, keine Adresse anderswo
alias-characters = ein Alias darf kein \, ?, #, Anführungszeichen, < oder > enthalten
alias-parts = ein Alias darf keine leeren Teile, `.` oder `..` enthalten
alias-part-length = jeder Teil eines Alias darf höchstens 200 Bytes haben (Dateisysteme erlauben 255 in einem Namen)
alias-not-page = nur ein Ordner (`alt/pfad/`) oder eine .html-Seite kann auf eine andere Seite weiterleiten
not-email = `{ $value }` ist keine E-Mail-Adresse
hint-email = { $why }, etwa email = "jugendamt@musterstadt.de"
email-shape = eine Adresse hat ein `@` zwischen einem Namen und einer Domain mit Punkt
email-characters = eine Adresse hat keine Leerzeichen und keines von < > " ( ) , ; : \ [ ] ? & # % /
email-domain-dot = die Domain beginnt und endet nicht mit einem Punkt
contact-empty = `contact` ist leer
hint-contact-empty = mindestens eines von name, unit, email, phone angeben
colour-form = `{ $key }` `{ $value }` ist keine Farbe der Form #rrggbb
hint-colour-form = etwa brand = "#004b87"
colour-contrast = `{ $key }` { $colour } hat einen Kontrast von { $ratio }:1 zum Hintergrund { $background }; Links brauchen 4.5:1
hint-colour-shade = { $shade ->
    [darker] einen dunkleren Ton wählen
    [lighter] einen helleren Ton wählen
    *[other] einen anderen Ton wählen ({ $shade })
    }
unknown-licence = unbekannte Lizenz `{ $value }`
hint-licence = bekannte Kennungen: { $known }; für eine andere Lizenz [license] mit name = "…" und url = "https://…" schreiben
licence-url = die Lizenz-`url` `{ $value }` ist keine http(s)-Adresse
hint-licence-url = die Adresse des Lizenztextes angeben
hint-conformance = gültige Werte: full, partial, none (wie weit das Portal WCAG 2.1 AA erfüllt)
partial-needs-barriers = `status = "partial"` braucht `barriers`
hint-partial-needs-barriers = die nicht barrierefreien Inhalte und den Grund auflisten, etwa barriers = ["Ältere PDF-Berichte sind nicht getaggt."]
cell-holds-error = die Zelle enthält den Fehler { $error } statt eines Werts
sheet-too-large = die Datei hat { $bytes } Bytes; eine Datendatei darf höchstens { $max } Bytes haben
sheet-unreadable = die Tabelle ist nicht lesbar: { $error }
hint-sheet-unreadable = als .xlsx (Excel) oder .ods (LibreOffice) speichern, oder als CSV
no-sheet = kein Tabellenblatt `{ $name }`
hint-sheets = die Blätter sind: { $names }
sheet-page-unreadable = { $sheet }: das Blatt ist nicht lesbar: { $error }
cell-place = { $sheet }!{ $cell }: { $problem }
no-header-row = { $sheet }: keine Kopfzeile mit den Spalten { $columns } in den ersten { $rows } Zeilen
hint-german-names = deutsche Namen gehen auch: { $names }
i18n-invalid = ungültige Übersetzungsdatei: { $why }
theme-missing = das Theme `{ $name }` gibt es nicht
hint-theme-missing = themes/{ $name }/templates/ anlegen oder theme = "default" verwenden

## The output folder (emit/, build.rs)
output-unchanged = { $problem }; die bisherige Ausgabe ist unverändert
output-not-folder = die Ausgabe `{ $path }` gibt es schon, und sie ist kein Ordner
output-foreign = den Ausgabeordner `{ $path }` gibt es schon, und klarsicht hat ihn nicht angelegt; er wird nicht ersetzt (ein anderes --output wählen oder ihn leeren)
output-path-outside = `{ $path }` wird nicht geschrieben: kein Pfad innerhalb der Ausgabe
interrupted = abgebrochen
hint-output-parent-writable = der Build schreibt einen neuen Ordner neben die Ausgabe und tauscht ihn ein; der Ordner, der die Ausgabe enthält, muss beschreibbar sein
output-unresolved = die Ausgabe `{ $path }` lässt sich nicht auflösen: { $error }
output-root = die Ausgabe `{ $path }` ist der Wurzelordner des Dateisystems
previous-unreadable = die bisherige Ausgabe ist nicht lesbar: { $error }
output-foreign-file = `{ $path }` in der Ausgabe stammt nicht von klarsicht, und dieser Build schreibt eine Datei dieses Namens; nichts wurde ersetzt
hint-output-foreign-file = die Datei aus dem Ausgabeordner nehmen (oder nach static/ legen, um sie mit der Website zu veröffentlichen)
link-unreadable = die Verknüpfung `{ $path }` ist nicht lesbar: { $error }
link-not-kept = die Verknüpfung `{ $path }` lässt sich nicht behalten: { $error }
search-index-failed = { $error }
hint-report-bug = das ist ein Fehler in klarsicht oder Pagefind; bitte mit dem Inhalt melden, der ihn auslöst
output-is-source = der Ausgabeordner darf nicht der Ordner des Portals oder einer seiner Quellordner sein
hint-output-is-source = etwa --output public verwenden

## Measures from a table (import/updates.rs)
table-not-status = `{ $value }` ist kein Status; gültig: { $valid }
table-not-progress = `{ $value }` ist kein Fortschritt von 0 bis 100
table-not-date = `{ $value }` ist kein Datum (2025-06-30 oder 30.06.2025)
file-not-found = Datei nicht gefunden
table-no-measure-column = keine Spalte `measure` (oder `Maßnahme`)
hint-table-measure = jede Maßnahme mit ihrem Dateinamen (Slug) oder genauen Titel nennen
table-column-not-key = { $place }die Spalte `{ $column }` ist kein Schlüssel, den eine Tabelle setzen kann
hint-table-keys = die Schlüssel sind: { $keys }
table-no-measure = { $place }keine Maßnahme `{ $name }`
hint-table-measure-name = sie mit ihrem Slug (dem Dateinamen) oder ihrem genauen Titel nennen
table-measure-twice = { $place }die Maßnahme `{ $name }` hat schon eine Zeile (Zeile { $line })
table-cell = { $place }Spalte `{ $column }`: { $problem }

## The link check (link_check.rs)
broken-absolute = beginnt mit `/` und bricht, wenn die Website unter einem Unterpfad liegt
broken-above-root = steigt über die Wurzel der Website hinaus
broken-missing-file = führt zu `{ $file }`, das die Website nicht hat
broken-missing-id = führt zu `#{ $id }`, das `{ $file }` nicht hat
menu-url-broken = `url` `{ $url }` { $problem }
hint-menu-url-broken = das Menü verlinkt diese Adresse von jeder Seite; sie berichtigen oder die Datei nach static/ legen
more-broken-links = { $more } weitere kaputte Links auf { $page } (die ersten { $listed } sind aufgeführt)
link-broken-on-page = der Link `{ $url }` { $problem }
hint-link-broken-in-content = Einträge als @/measures/<Slug>.md verlinken, Dateien eines Bündels mit ihrem Namen, Dateien in static/ relativ zur Seite
link-broken-in-template = { $problem } (auf { $page }, Zeile { $line })
hint-link-broken-in-template = der Link stammt aus dem Template; seine Adresse oder die Einstellung berichtigen, aus der er entsteht

## The model (model/)
budget-beyond-bound = mit dieser Zeile ergeben die Beträge des Portals mehr als 1.000.000.000.000.000 €
hint-budget-beyond-bound = geplante und tatsächliche Beträge aller Zeilen dürfen ohne Vorzeichen zusammen höchstens 10^15 € ergeben; auf ein verrutschtes Dezimalzeichen prüfen
unknown-strategy = unbekannte Strategie `{ $name }`: keines der Ziele dieser Maßnahme hat sie
hint-strategy-closest = meinten Sie `{ $name }`? Strategien ihrer Ziele: { $titles }
hint-no-strategies = ihre Ziele haben keine `strategies`; sie beim Ziel ergänzen oder `strategies` hier entfernen
hint-strategies = Strategien ihrer Ziele: { $titles }

## Rendering (render/)
template-error = Fehler im Template: { $why }
alias-is-page = der Alias `{ $alias }` ist die Adresse einer Seite, die es gibt
hint-alias-is-page = ein Alias ist eine alte Adresse, die keine eigene Seite mehr hat
alias-twice = der Alias `{ $alias }` ist auch ein Alias von { $other }
no-base-url = `base_url` ist nicht gesetzt: keine sitemap.xml; Feeds, Kalender und Teilen-Links nutzen relative Adressen, und 404.html funktioniert nur auf der obersten Ebene der Website
hint-no-base-url = base_url = "https://…/" auf die Adresse setzen, unter der die Website erscheint
file-in-search-dir = `{ $path }` liegt in `{ $dir }`, dem Ordner des Suchindex
hint-file-in-search-dir = die Datei in einen anderen Ordner legen
name-too-long = `{ $path }` lässt sich nicht schreiben: ein Name darin ist { $bytes } Bytes lang, Dateisysteme erlauben 255
two-files = zwei Dateien würden nach `{ $path }` geschrieben
hint-two-files = eine Datei in static/ oder einem Bündel hat denselben Pfad wie eine erzeugte Seite oder Datei; sie umbenennen
pdf-failed = das PDF `{ $path }` kann nicht geschrieben werden: { $why }
pdf-missing-glyphs = das PDF `{ $path }` zeigt Zeichen, die seine Schriften nicht haben, als �: { $chars }
hint-pdf-missing-glyphs = die PDFs enthalten Noto Sans und DejaVu Sans (lateinische, griechische und kyrillische Schrift und gängige Zeichen); die Webseiten zeigen diese Zeichen mit den Schriften der Lesenden
pdf-shortened = das PDF `{ $path }` kürzt { $count ->
    [one] einen Text
   *[other] { $count } Texte
    } mit mehr als { $longest } Zeichen dort, mit „…“
hint-pdf-failed = das ist ein Fehler in klarsicht; bitte mit dieser Meldung melden. Mit pdf = false in site.toml entsteht das Portal bis dahin ohne seine PDFs
logo-missing = das Logo `{ $logo }` ist nicht in static/
hint-logo-missing = die Datei nach static/ legen und relativ zu diesem Ordner nennen, etwa logo = "logo.svg"
video-missing = das Video `{ $video }` ist nicht in static/
hint-video-missing = die Videodatei nach static/ legen und relativ zu diesem Ordner nennen, etwa sign_language_video = "dgs/erklaerung.mp4"

## The command line's help (help.rs): help-<command path>, help-<command path>-<argument>, help-arg-<argument>
help-klarsicht = Erzeugt statische Websites für öffentliche Transparenzportale
help-arg-lang = Die Sprache der Meldungen: de oder en [Vorgabe: die Sprache des Portals; außerhalb eines Portals die der Umgebung (LANG); auch KLARSICHT_LANG legt sie fest]
help-arg-help = Hilfe anzeigen
help-arg-version = Version anzeigen
help-klarsicht-help = Diese Hilfe anzeigen oder die Hilfe des genannten Befehls
help-klarsicht-import-help = Diese Hilfe anzeigen oder die Hilfe des genannten Befehls
help-arg-path = Der Ordner des Portals (mit site.toml)
help-arg-drafts = Einträge mit `draft = true` aufnehmen
help-arg-future = Einträge aufnehmen, die erst nach dem Build-Datum erscheinen (`publish`, das `date` eines Berichts); serve tut das immer, mit einem Hinweisband
help-arg-today = Das Datum, an dem Meilensteine gemessen werden (JJJJ-MM-TT), für wiederholbare Builds
help-arg-timings = Anzeigen, wie lange jeder Schritt gedauert hat (bei serve für jeden neuen Build)
help-klarsicht-build = Das Portal als statische Website erstellen
help-klarsicht-build--output = Wohin die Website geschrieben wird (bei Erfolg in einem Schritt ersetzt) [Vorgabe: PFAD/public]
help-klarsicht-build--base_url = `base_url` aus site.toml ersetzen (Feeds, Sitemap, kanonische Links)
help-klarsicht-check = Alles tun, was ein Build tut, auch das Rendern, aber nichts schreiben
help-klarsicht-serve = Vorschau des Portals: erstellen, unter 127.0.0.1 zeigen, bei jeder Änderung neu erstellen und neu laden
help-klarsicht-serve--port = Port der Vorschau; ist er belegt, wird der nächste freie genommen (0: irgendeiner)
help-klarsicht-serve--bind = Adresse der Vorschau. Alles außer Loopback teilt die Vorschau mit dem Netz
help-klarsicht-serve--open = Die Vorschau im Standardbrowser öffnen
help-klarsicht-init = Ein neues Portal anlegen, das sich sofort erstellen lässt
help-klarsicht-init--dir = Der Ordner, der angelegt wird
help-klarsicht-cms = Die Redaktionsoberfläche (Decap CMS) nach static/admin/ schreiben oder erneuern
help-klarsicht-cms--path = Der Portalordner
help-klarsicht-import = Maßnahmen aus einer Tabelle (CSV, .xlsx oder .ods) aktualisieren: eine Zeile je Maßnahme (Slug oder genauer Titel) mit neuem status, progress, updated, status_note … Oder, mit `import oparl`, einen Bericht aus dem Ratsinformationssystem. Zeigt, was sich ändern würde; schreibt nur mit --apply, und nur, wenn alles Gelesene gültig ist
help-klarsicht-import--table = Die Tabelle
help-arg-apply = Die Änderungen schreiben (ohne dies wird nichts geschrieben)
help-klarsicht-import--path = Der Ordner des Portals
help-klarsicht-import-oparl = Eine Vorlage aus dem Ratsinformationssystem über OParl in einen Bericht übernehmen: Titel, Datum, Art, Nummer, Links und die Beratungsfolge mit dem Ergebnis jedes Gremiums
help-klarsicht-import-oparl--url = Die OParl-Adresse der Vorlage, oder die des Ratsinformationssystems (oder einer Körperschaft) mit --reference
help-klarsicht-import-oparl--reference = Die Drucksachennummer der Vorlage, etwa "WP 20-25 SV III/048"
help-klarsicht-import-oparl--report = Der Slug (Dateiname) des Berichts; ohne ihn der Bericht mit der Adresse oder Nummer der Vorlage, sonst ein neuer, nach ihrem Titel benannt
help-klarsicht-import-oparl--apply = Den Bericht schreiben (ohne dies wird nichts geschrieben)
help-klarsicht-import-oparl--path = Der Ordner des Portals
help-klarsicht-import-oparl--timeout = Sekunden, die auf jede Antwort des Ratsinformationssystems gewartet wird
help-klarsicht-new = Eine Inhaltsdatei mit dem richtigen Kopf anlegen
help-klarsicht-new--kind = Was angelegt wird: goal (Ziel), measure (Maßnahme), report (Bericht), indicator (Kennzahl), page (Seite) oder budget (eine Haushaltszeile in einer Maßnahme)
help-klarsicht-new--title = Der Titel; aus ihm wird der Dateiname (Slug)
help-klarsicht-new--goal = Das Ziel, zu dem eine Maßnahme, ein Bericht oder eine Kennzahl gehört
help-klarsicht-new--path = Der Ordner des Portals

## TOML mistakes explained (load/toml_help.rs)
toml-german-date = `{ $key } = { $value }`: ein Datum in deutscher Schreibweise braucht Anführungszeichen oder die Form JJJJ-MM-TT
hint-toml-german-date = { $key } = { $iso } schreiben (oder { $key } = "{ $value }")
toml-percent = `{ $key } = { $value }`: ein Prozentwert wird als bloße Zahl geschrieben
hint-toml-percent = { $key } = { $number } schreiben
toml-decimal-comma = `{ $key } = { $value }`: eine Dezimalzahl hat hier einen Punkt, kein Komma
hint-toml-decimal-comma = { $key } = { $number } schreiben
toml-unquoted-text = `{ $key } = { $value }`: Text braucht Anführungszeichen
hint-toml-unquoted-text = { $key } = "{ $value }" schreiben
toml-duplicate-key = `{ $key }` steht zweimal in dieser Datei
hint-toml-duplicate-key = eine der beiden Zeilen behalten
toml-missing-equals = ein Schlüssel braucht `=` vor seinem Wert
hint-toml-missing-equals = etwa summary = "…" schreiben
toml-unclosed-string = die Anführungszeichen werden in dieser Zeile nicht geschlossen
hint-toml-unclosed-string = den Text in derselben Zeile mit " schließen; für Text über mehrere Zeilen drei Anführungszeichen nehmen: """…"""
toml-list-comma = eine Liste braucht Kommas zwischen ihren Einträgen
hint-toml-list-comma = etwa goals = ["teilhabe", "bildung"] schreiben
toml-unclosed-list = die Liste wird nicht geschlossen
hint-toml-unclosed-list = sie in derselben Zeile mit ] beenden, etwa goals = ["teilhabe"]
toml-date-form = `{ $key }`: ein Datum hat die Form JJJJ-MM-TT
hint-toml-date-form = Monat und Tag mit zwei Ziffern schreiben, etwa 2025-06-01
not-a-percent = `{ $key }` `{ $value }` ist kein Prozentwert
hint-percent = eine ganze Zahl von 0 bis 100 schreiben, etwa { $key } = 95 oder { $key } = "95 %"

## klarsicht new (scaffold/)
new-needs-goal = eine Maßnahme dient einem Ziel: es mit --goal nennen (Slug oder Titel); die Ziele sind: { $goals }
new-needs-goal-none = eine Maßnahme dient einem Ziel, und das Portal hat noch keines: zuerst eines mit klarsicht new goal "…" anlegen
new-unknown = { $kind ->
    [goal] kein Ziel
    *[measure] keine Maßnahme
    } `{ $name }`; es gibt: { $known }
new-unknown-none = { $kind ->
    [goal] kein Ziel
    *[measure] keine Maßnahme
    } `{ $name }`: das Portal hat noch keine
new-needs-direction = mit --direction sagen, welche Richtung besser ist: increase oder steigend (ein höherer Wert ist besser, etwa eine Betreuungsquote) oder decrease oder fallend (ein niedrigerer Wert ist besser, etwa eine Wartezeit)
new-bad-direction = `{ $value }` ist keine Richtung: increase (steigend) oder decrease (fallend) schreiben
new-budget-needs-measure = die Maßnahme, zu der die Zeile gehört, mit --measure nennen (Slug oder Titel); die Maßnahmen sind: { $measures }
new-budget-year = das Haushaltsjahr mit --year angeben, etwa --year 2025
new-budget-planned = den geplanten Betrag mit --planned angeben, etwa --planned 50000
new-budget-amount = { $option } `{ $value }` ist kein Betrag von 0 oder mehr: etwa 50000, 48250.50 oder 48.250,50 schreiben
new-budget-kind = `{ $value }` ist keine Art von Haushaltszeile: expense (Aufwand, Auszahlung) oder income (Ertrag, Einzahlung)
new-budget-added = { $file }: Haushaltszeile { $year } ergänzt (geplant { $planned })
new-budget-title = eine Haushaltszeile hat keinen Titel: klarsicht new budget --measure … --year … --planned …
new-needs-title = den Titel angeben, etwa klarsicht new measure "Kita-Ausbau Süd" --goal teilhabe
help-klarsicht-new--direction = Welche Richtung bei einer Kennzahl besser ist: increase oder decrease (steigend, fallend)
help-klarsicht-new--measure = Die Maßnahme, zu der eine Haushaltszeile gehört (Slug oder Titel)
help-klarsicht-new--year = Das Jahr der Haushaltszeile
help-klarsicht-new--planned = Der geplante Betrag der Haushaltszeile (50000, 48250.50 oder 48.250,50)
help-klarsicht-new--actual = Der tatsächliche Betrag der Haushaltszeile (Ist)
help-klarsicht-new--label = Der Zweck der Haushaltszeile
help-klarsicht-new--line_kind = Die Art der Haushaltszeile: expense (Vorgabe) oder income

## Descriptions of keys for editors' schemas (schema.rs): field-<table>-<key>
field-common-title = Der Titel, wie die Seiten ihn zeigen.
field-common-slug = Das Wort in der Adresse; Vorgabe: der Dateiname. Kleinbuchstaben a-z, 0-9 und -.
field-common-draft = true verbirgt den Eintrag, außer beim Build mit --drafts.
field-common-publish = Der erste Tag, an dem der Eintrag erscheint (JJJJ-MM-TT).
field-common-aliases = Alte Adressen, die auf diese Seite weiterleiten, etwa ["projekte/kita-nord/"].
field-common-attachments = Titel für die Dateien im Ordner des Eintrags (einem Bündel), in der Reihenfolge der Liste.
field-common-tags = Themen des Eintrags: jedes hat eine Seite mit allem, was es trägt (/themen/<Slug>/).
field-attachment-file = Der Name der Datei im Ordner des Eintrags, z. B. haushaltsplan.pdf.
field-attachment-title = Was die Liste der Anlagen für die Datei zeigt.
field-goal-number = Die Nummer des Ziels, für Reihenfolge und Anzeige.
field-goal-summary = Eine Zeile, die das Ziel zusammenfasst.
field-goal-owner = Wer für das Ziel verantwortlich ist.
field-goal-contact = Wen Lesende fragen können.
field-goal-strategies = Die Strategien des Ziels: Titel oder Tabellen mit title und text.
field-goal-sdg = Die Nachhaltigkeitsziele der UN (SDGs) und Unterziele, denen das Ziel dient: "4", "4.1", "4.a".
field-contact-name = Der Name einer Person.
field-contact-unit = Das Amt oder die Abteilung.
field-contact-email = Eine E-Mail-Adresse.
field-contact-phone = Eine Telefonnummer.
field-strategy-title = Der Titel der Strategie; Maßnahmen nennen ihn in `strategies`.
field-strategy-text = Was die Strategie praktisch bedeutet.
field-measure-goals = Die Slugs der Ziele, denen die Maßnahme dient (mindestens eines).
field-measure-status = planned, in_progress, ongoing, completed, delayed, on_hold oder cancelled (oder deutsch: geplant, in Umsetzung …).
field-measure-progress = Erledigter Anteil in Prozent, 0 bis 100.
field-measure-owner = Wer die Maßnahme umsetzt.
field-measure-partners = Wer mitwirkt.
field-measure-start = Wann die Maßnahme beginnt (JJJJ-MM-TT).
field-measure-end = Wann die Maßnahme enden soll (JJJJ-MM-TT).
field-measure-updated = Der Tag, an dem der Stand zuletzt geprüft wurde (JJJJ-MM-TT).
field-measure-milestones = Die Schritte der Maßnahme.
field-measure-budget = Die Haushaltszeilen der Maßnahme, eine je Jahr und Zweck.
field-measure-summary = Eine Zeile, die die Maßnahme zusammenfasst.
field-measure-status_note = Warum der Status so ist (etwa der Grund einer Verzögerung).
field-measure-strategies = Die Titel der Strategien des Ziels, zu denen die Maßnahme gehört.
field-measure-indicators = Die Slugs der Kennzahlen, an denen die Maßnahme arbeitet.
field-measure-sdg = Die Nachhaltigkeitsziele der UN (SDGs) und Unterziele, denen die Maßnahme dient: "4", "4.1", "4.a".
field-measure-districts = Die Stadtteile, in denen die Maßnahme stattfindet, mit ihrem Namen; keiner für die ganze Stadt. Mit data/districts.geojson einer der Namen dort: "Nord", "Ost".
field-measure-contact = Wen Lesende fragen können.
field-milestone-title = Was zu tun ist.
field-milestone-due = Wann es fällig ist (JJJJ-MM-TT).
field-milestone-done = true, false oder der Tag, an dem es erledigt wurde.
field-milestone-replanned_from = Das Datum, an dem es fällig war, bevor es verschoben wurde.
field-budget-year = Das Haushaltsjahr.
field-budget-planned = Der geplante Betrag (Ansatz), 0 oder mehr: 50000, 48250.5 oder "48250.50".
field-budget-revised = Der fortgeschriebene Ansatz, 0 oder mehr.
field-budget-actual = Der ausgegebene oder eingenommene Betrag (Ist).
field-budget-kind = expense (Vorgabe) oder income (Ertrag, Einzahlung: Zuschüsse, Gebühren).
field-budget-product = Das Produkt im Haushalt.
field-budget-label = Der Zweck der Zeile.
field-budget-reference = Wo die Zeile im Haushalt steht, etwa "Haushalt 2024/2025, lfd. Nr. 64".
field-report-date = Das Datum der Veröffentlichung (JJJJ-MM-TT).
field-report-kind = Sachstandsbericht, Mitteilungsvorlage …
field-report-reference = Die Drucksachennummer, etwa "WP 20-25 SV III/048".
field-report-summary = Eine Zeile, die den Bericht zusammenfasst.
field-report-goals = Die Slugs der Ziele, um die es im Bericht geht.
field-report-measures = Die Slugs der Maßnahmen, um die es im Bericht geht.
field-report-districts = Die Stadtteile, um die es im Bericht geht, mit ihrem Namen.
field-report-sessions = Die Beratungsfolge.
field-report-updates = Der Stand von Maßnahmen zum Datum des Berichts.
field-report-council_url = Die Seite der Vorlage im Ratsinformationssystem.
field-report-council_file = Das Hauptdokument der Vorlage.
field-report-oparl = Die OParl-Adresse der Vorlage (von klarsicht import oparl gesetzt).
field-session-committee = Das Gremium.
field-session-date = Der Tag der Sitzung (JJJJ-MM-TT).
field-session-role = Was das Gremium tut: Kenntnisnahme, Vorberatung, Beschluss …
field-session-result = Was das Gremium beschlossen hat.
field-update-measure = Der Slug der Maßnahme.
field-update-status = Der Status der Maßnahme zum Stand des Berichts.
field-update-progress = Erledigter Anteil zum Stand des Berichts, 0 bis 100.
field-update-note = Eine Anmerkung zum Stand.
field-indicator-unit = Die Einheit der Werte (%, Plätze …).
field-indicator-summary = Eine Zeile, die die Kennzahl zusammenfasst.
field-indicator-goals = Die Slugs der Ziele, die die Kennzahl misst.
field-indicator-direction = increase (höher ist besser) oder decrease (niedriger ist besser); steigend, fallend.
field-indicator-baseline = Der Ausgangswert der Kennzahl.
field-indicator-target = Der Zielwert und bis wann.
field-indicator-values = Die Werte je Jahr.
field-indicator-data = Eine Datei in data/ mit den Werten (.csv, .xlsx, .ods) statt `values`.
field-indicator-sheet = Das Blatt einer Tabellen-Datei in `data`; Vorgabe: das erste.
field-indicator-source = Wer sie erhebt.
field-indicator-source_url = Die Adresse, unter der die Quelle die Zahl veröffentlicht (https://…).
field-indicator-definition = Was die Zahl zählt, in ein, zwei Sätzen.
field-indicator-numerator = Was bei einer Quote oder einem Anteil über dem Bruchstrich steht.
field-indicator-denominator = Wodurch geteilt wird.
field-indicator-method = Wie die Zahl erhoben und berechnet wird (Markdown).
field-indicator-periodicity = Wie oft ein neuer Wert kommt: jährlich, halbjährlich, vierteljährlich, monatlich, unregelmäßig; annual, semiannual, quarterly, monthly, irregular.
field-indicator-next_update = Wann der nächste Wert erwartet wird.
field-indicator-compare = Reihen zum Vergleich (das Land, ähnliche Städte): Bezeichnung und Werte oder Datei; höchstens 3.
field-indicator-sdg = Die Nachhaltigkeitsziele der UN (SDGs) und Unterziele, die die Kennzahl misst: "4", "4.1", "4.a".
field-indicator-contact = Wen Lesende fragen können.
field-point-year = Das Jahr.
field-compare-label = Der Name der Reihe in Legende und Tabelle („Land“).
field-compare-values = Ihre Werte je Jahr.
field-compare-data = Eine Datei in data/ mit ihren Werten (.csv, .xlsx, .ods) statt `values`.
field-compare-sheet = Das Blatt einer Tabellen-Datei in `data`; Vorgabe: das erste.
field-compare-source = Woher ihre Zahlen stammen.
field-point-value = Der Wert.
field-page-description = Eine Zeile für Suchmaschinen und Linkvorschauen.
field-site-population = Einwohnerzahl, für die Haushaltszahlen je Einwohner.
field-site-page_size = Einträge je Seite der langen Listen (Maßnahmen, Berichte, Kennzahlen, Haushalt nach Maßnahme); ohne Angabe 50.
field-site-title = Der Name des Portals.
field-site-description = Eine Zeile über das Portal.
field-site-base_url = Die Adresse, unter der die Website erscheint, etwa "https://transparenz.musterstadt.de/".
field-site-language = de oder en: Seiten, Formate und Meldungen.
field-site-languages = Alle Sprachen des Portals, die erste ist die Hauptsprache an der Wurzel, z. B. ["de", "en"]; statt language.
field-site-lang = Die Texte dieser Datei in jeder weiteren Sprache: [lang.en].
field-lang-de = Die Texte auf Deutsch, wenn Deutsch nicht die erste Sprache ist.
field-lang-en = Die Texte auf Englisch.
field-lang-texts-title = Der Titel des Portals in dieser Sprache.
field-lang-texts-description = Die Beschreibung des Portals in dieser Sprache.
field-lang-texts-organisation = Der Name der Organisation in dieser Sprache.
field-lang-texts-menu = Die Titel der Einträge [[menu]] in dieser Sprache, in ihrer Reihenfolge.
field-lang-texts-accessibility = Methode, Barrieren und Durchsetzungsstelle der Erklärung zur Barrierefreiheit in dieser Sprache.
field-site-theme = default, plain oder ein Ordner in themes/.
field-site-currency = Ein ISO-4217-Code, etwa EUR.
field-site-progress_weighting = Wie der Fortschritt eines Ziels seine Maßnahmen gewichtet: equal oder budget.
field-site-district_shading = Wonach die Karte der Stadtteile tönt: measures (Zahl der Maßnahmen) oder budget (geplante Mittel).
field-site-organisation = Name, Logo und Impressum der Organisation.
field-site-menu = Links in der Fußzeile.
field-site-accessibility = Die Angaben der Erklärung zur Barrierefreiheit.
field-site-colors = Die Farben der Stadt: brand, brand_dark (#rrggbb).
field-site-license = Die Bedingungen der Weiternutzung: eine Kennung (CC-BY-4.0 …) oder eine Tabelle mit name und url.
field-site-safe_html = true entfernt rohes HTML aus allem Markdown.
field-site-history = false: keine Änderungen aus der Git-Geschichte auf den Seiten.
field-site-pdf = false: keine barrierefreien PDFs der Sitzungsunterlagen und des ganzen Portals (sie kosten Bauzeit).
field-site-cms = Das Redaktionssystem (klarsicht cms): ob es veröffentlicht wird und wohin es speichert.
field-organisation-name = Der Name der Organisation.
field-organisation-logo = Eine Datei in static/, etwa "logo.svg".
field-organisation-imprint = Der Slug einer freien Seite oder eine http(s)-Adresse.
field-menu-title = Der Text des Links.
field-menu-page = Der Slug einer freien Seite.
field-menu-url = Eine Adresse: ein Pfad der Website oder https://….
field-accessibility-status = full, partial oder none.
field-accessibility-evaluated = Wann das Portal geprüft wurde.
field-accessibility-method = Wie es geprüft wurde.
field-accessibility-barriers = Was nicht barrierefrei ist und warum.
field-accessibility-contact = Wem Barrieren gemeldet werden.
field-accessibility-enforcement = Die Durchsetzungsstelle.
field-accessibility-enforcement_url = Ihre Adresse.
field-accessibility-sign_language_video = Erklärung in Deutscher Gebärdensprache (BITV 2.0 § 4): eine Videodatei in static/, gezeigt auf der Seite in Leichter Sprache.
field-colors-brand = Die Farbe auf hellen Seiten (#rrggbb), 4.5:1 gegen Weiß.
field-colors-brand_dark = Die Farbe auf dunklen Seiten (#rrggbb).
field-license-name = Der Name der Lizenz.
field-license-url = Die Adresse des Lizenztextes.
field-cms-publish = Ob build die Redaktionsoberfläche (static/admin/) veröffentlicht; ohne Angabe genau dann, wenn ein backend eingetragen ist.
field-cms-backend = Der Git-Dienst, in dem das Redaktionssystem speichert: github, gitlab oder gitea.
field-cms-repo = Das Repository des Portals dort, als Besitzer/Name.
field-cms-branch = Der Zweig, in den gespeichert wird (Standard: main).
field-cms-api_root = Die API-Adresse eines eigenen Servers, etwa https://git.musterstadt.de/api/v4.
field-cms-base_url = Die Adresse des Anmeldedienstes (OAuth).
field-cms-auth_endpoint = Der Pfad der Anmeldung beim Anmeldedienst.
field-cms-app_id = Die Kennung der OAuth-Anwendung (GitLab, Gitea).
field-cms-local_backend = Wo die Vorschau decap-server findet (Standard: http://localhost:8081/api/v1).

## Short labels of keys, for the CMS forms (cms.rs): label-<table>-<key>
label-common-title = Titel
label-common-slug = Adresswort (Slug)
label-common-draft = Entwurf
label-common-publish = Erscheint ab
label-common-aliases = Alte Adressen
label-common-attachments = Anlagen
label-common-tags = Themen
label-attachment-file = Datei
label-attachment-title = Titel
label-goal-number = Nummer
label-goal-summary = Zusammenfassung
label-goal-owner = Verantwortlich
label-goal-contact = Kontakt
label-goal-strategies = Strategien
label-goal-sdg = Nachhaltigkeitsziele (SDGs)
label-contact-name = Name
label-contact-unit = Amt
label-contact-email = E-Mail
label-contact-phone = Telefon
label-strategy-title = Titel
label-strategy-text = Text
label-measure-goals = Ziele
label-measure-status = Status
label-measure-progress = Fortschritt (%)
label-measure-owner = Zuständig
label-measure-partners = Beteiligte
label-measure-start = Beginn
label-measure-end = Ende
label-measure-updated = Stand
label-measure-milestones = Meilensteine
label-measure-budget = Haushaltszeilen
label-measure-summary = Zusammenfassung
label-measure-status_note = Begründung des Status
label-measure-strategies = Strategien
label-measure-indicators = Kennzahlen
label-measure-sdg = Nachhaltigkeitsziele (SDGs)
label-measure-districts = Stadtteile
label-measure-contact = Kontakt
label-milestone-title = Schritt
label-milestone-due = Fällig
label-milestone-done = Erledigt
label-milestone-replanned_from = Ursprünglich fällig
label-budget-year = Jahr
label-budget-planned = Plan (Ansatz)
label-budget-revised = Ansatz fortgeschrieben
label-budget-actual = Ist
label-budget-kind = Art
label-budget-product = Produkt
label-budget-label = Zweck
label-budget-reference = Fundstelle
label-report-date = Datum
label-report-kind = Art
label-report-reference = Drucksachennummer
label-report-summary = Zusammenfassung
label-report-goals = Ziele
label-report-measures = Maßnahmen
label-report-districts = Stadtteile
label-report-sessions = Beratungsfolge
label-report-updates = Stand der Maßnahmen
label-report-council_url = Seite im Ratsinformationssystem
label-report-council_file = Dokument im Ratsinformationssystem
label-report-oparl = OParl-Adresse
label-session-committee = Gremium
label-session-date = Datum
label-session-role = Zuständigkeit
label-session-result = Ergebnis
label-update-measure = Maßnahme
label-update-status = Status
label-update-progress = Fortschritt (%)
label-update-note = Anmerkung
label-indicator-unit = Einheit
label-indicator-summary = Zusammenfassung
label-indicator-goals = Ziele
label-indicator-direction = Besser, wenn
label-indicator-baseline = Ausgangswert
label-indicator-target = Zielwert
label-indicator-values = Werte
label-indicator-data = Datendatei
label-indicator-sheet = Tabellenblatt
label-indicator-source = Quelle
label-indicator-source_url = Adresse der Quelle
label-indicator-definition = Definition
label-indicator-numerator = Zähler
label-indicator-denominator = Nenner
label-indicator-method = Methode
label-indicator-periodicity = Erscheint
label-indicator-next_update = Nächste Aktualisierung
label-indicator-compare = Vergleiche
label-indicator-sdg = Nachhaltigkeitsziele (SDGs)
label-indicator-contact = Kontakt
label-point-year = Jahr
label-compare-label = Bezeichnung
label-compare-values = Werte
label-compare-data = Datendatei
label-compare-sheet = Tabellenblatt
label-compare-source = Quelle
label-point-value = Wert
label-page-description = Beschreibung
label-site-population = Einwohnerzahl
label-site-page_size = Einträge je Seite
label-site-title = Name des Portals
label-site-description = Beschreibung
label-site-base_url = Adresse der Website
label-site-language = Sprache
label-site-languages = Sprachen
label-site-lang = Texte je Sprache
label-lang-de = Deutsch
label-lang-en = Englisch
label-lang-texts-title = Titel
label-lang-texts-description = Beschreibung
label-lang-texts-organisation = Organisation
label-lang-texts-menu = Menütitel
label-lang-texts-accessibility = Erklärung zur Barrierefreiheit
label-site-theme = Theme
label-site-currency = Währung
label-site-progress_weighting = Zielfortschritt gewichtet
label-site-district_shading = Karte der Stadtteile getönt nach
label-site-organisation = Organisation
label-site-menu = Links in der Fußzeile
label-site-accessibility = Erklärung zur Barrierefreiheit
label-site-colors = Farben
label-site-license = Lizenz
label-site-safe_html = Kein rohes HTML
label-site-history = Änderungen zeigen
label-site-pdf = PDFs schreiben
label-site-cms = Redaktionssystem
label-organisation-name = Name
label-organisation-logo = Logo
label-organisation-imprint = Impressum
label-menu-title = Text
label-menu-page = Seite
label-menu-url = Adresse
label-accessibility-status = Vereinbarkeit
label-accessibility-evaluated = Geprüft am
label-accessibility-method = Methode
label-accessibility-barriers = Barrieren
label-accessibility-contact = Rückmeldungen an
label-accessibility-enforcement = Durchsetzungsstelle
label-accessibility-enforcement_url = Ihre Adresse
label-accessibility-sign_language_video = Video in Gebärdensprache
label-colors-brand = Farbe
label-colors-brand_dark = Farbe, dunkle Darstellung
label-license-name = Name
label-license-url = Adresse
label-cms-publish = Veröffentlichen
label-cms-backend = Git-Dienst
label-cms-repo = Repository
label-cms-branch = Zweig
label-cms-api_root = API-Adresse
label-cms-base_url = Anmeldedienst
label-cms-auth_endpoint = Anmeldepfad
label-cms-app_id = OAuth-Anwendung
label-cms-local_backend = Lokaler Dienst

## The CMS forms (cms.rs)
cms-collection = { $kind ->
    [goal] Ziele
    [measure] Maßnahmen
    [report] Berichte
    [indicator] Kennzahlen
    *[page] Seiten
    }
cms-item = { $kind ->
    [goal] Ziel
    [measure] Maßnahme
    [report] Bericht
    [indicator] Kennzahl
    *[page] Seite
    }
cms-body = Text
cms-settings = Einstellungen
cms-admin-title = Redaktion
cms-noscript = Die Redaktionsoberfläche braucht JavaScript.
cms-config-header = # Geschrieben von klarsicht cms aus dem Inhaltsformat und [cms] in site.toml. Nicht von Hand ändern: klarsicht cms schreibt die Datei neu, klarsicht build warnt, wenn sie nicht mehr passt.
cms-failed = site.toml hat Fehler; die Redaktionsoberfläche wurde nicht geschrieben
cms-written = Redaktionsoberfläche in { $dir } geschrieben (Decap CMS { $version }, { $files } Dateien); in der Vorschau: npx decap-server im Portalordner starten, dann klarsicht serve und /admin/ öffnen

# Sprachen und Übersetzungen
what-lang = in [lang]
what-translation = in der Übersetzung
language-and-languages = site.toml setzt `language` und `languages`
hint-language-and-languages = nur eines behalten: `languages = ["de", "en"]` nennt alle Sprachen, die erste ist die Hauptsprache
language-twice = Sprache `{ $code }` steht zweimal in `languages`
languages-empty = `languages` nennt keine Sprache
lang-texts-missing = site.toml hat keine Texte in der Sprache `{ $code }`
hint-lang-texts-missing = eine Tabelle `[lang.{ $code }]` mit mindestens `title = "…"` (dem Titel des Portals in dieser Sprache) ergänzen
lang-menu-count = `[lang.{ $code }] menu` hat { $found } Titel, site.toml hat aber { $expected } Einträge `[[menu]]`
lang-barriers-count = `[lang.{ $code }.accessibility] barriers` hat { $found } Einträge, `[accessibility] barriers` aber { $expected }
translation-unknown-language = `{ $code }` im Dateinamen ist keine Sprache, die klarsicht kennt
hint-translation-unknown-language = eine Übersetzung heißt `<Name>.<Sprache>.md` mit der Sprache de oder en; ist die Datei keine Übersetzung, den Punkt aus dem Namen nehmen
translation-language-not-in-portal = dies ist eine Übersetzung in `{ $code }`, aber `languages` in site.toml nennt diese Sprache nicht
hint-translation-language-not-in-portal = `{ $code }` in site.toml bei `languages` ergänzen oder die Datei entfernen
translation-into-default = dies ist eine Übersetzung in `{ $code }`, die erste Sprache des Portals
hint-translation-into-default = die Texte der ersten Sprache stehen in der Datei ohne Sprache im Namen ({ $original })
translation-without-original = Übersetzung ohne Original: { $original } gibt es nicht
hint-translation-without-original = eine Übersetzung liegt neben ihrem Original und trägt dessen Namen mit angehängter Sprache: umbenennen oder { $original } anlegen
translation-shared-key = `{ $key }` ist in allen Sprachen gleich und gehört nur in { $original }
hint-translation-shared-key = eine Übersetzung enthält nur Texte (Titel, Zusammenfassung, Text, …); Zahlen, Daten, Status und Verweise stehen einmal im Original
translation-count = `{ $key }` hat { $found } Einträge, { $original } aber { $expected }
hint-translation-count = für jeden Eintrag des Originals einen Eintrag angeben, in derselben Reihenfolge
translation-not-translated = `{ $key }` ist nicht übersetzt; der Text aus { $original } wird gezeigt
theme-strings-missing = das Theme hat in der Sprache `{ $code }` keinen Text für: { $keys }
hint-theme-strings-missing = jeden in { $file } ergänzen: jede Sprache des Portals braucht jeden Text, den die Templates verwenden
easy-reading-kind = eine Fassung in Leichter Sprache gibt es für Ziele und Maßnahmen, nicht für { $kind }
hint-easy-reading-kind = die Seite in Leichter Sprache erklärt die Ziele und Maßnahmen; die Datei entfernen oder ihren Text dort verwenden
easy-reading-without-original = Fassung in Leichter Sprache ohne Original: { $original } gibt es nicht
easy-reading-no-german = das Portal hat keine deutschen Seiten, also keine Seite in Leichter Sprache, die diese Fassung zeigt
hint-easy-reading-no-german = "de" in site.toml bei `languages` ergänzen oder die Datei entfernen
what-attachment = in [[attachments]]
attachment-missing = `{ $file }` ist keine Datei im Ordner dieses Eintrags
attachment-twice = `{ $file }` steht zweimal in `[[attachments]]`
hint-attachment-missing = ein Anhang ist eine Datei neben der index.md des Eintrags in seinem eigenen Ordner (einem Bündel); ihren Namen so schreiben, wie er dort steht, z. B. file = "haushaltsplan.pdf"
tag-left-out = Schlagwort `{ $tag }` wird ausgelassen: es ist leer oder gleich einem anderen Schlagwort dieses Eintrags
too-many-tags = { $count } Schlagwörter: ein Eintrag hat höchstens { $max }
hint-too-many-tags = jedes Schlagwort ist ein Thema mit eigener Seite; die wenigen behalten, die sagen, worum es geht
