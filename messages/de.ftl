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
