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
what-baseline = in `baseline`
what-target = in `target`
what-license = in [license]
what-accessibility = in [accessibility]
what-colors = in [colors]
what-organisation = in [organisation]
what-menu-entry = in einem [[menu]]-Eintrag

## Values of items (load/items.rs, load/grid.rs, load/csv.rs)
invalid-status = ungültiger Status `{ $value }`
hint-status-closest = meinten Sie `{ $name }`? Gültige Status: { $valid }
hint-statuses = gültige Status: { $valid }
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
