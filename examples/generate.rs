//! A deterministic synthetic portal, written to the content format, for
//! benchmarks and size figures.
//!
//! cargo run --release --example generate -- --measures 10000 --seed 1 OUT
//!
//! Per 100 measures: 2 goals, 10 reports with updates, 4 indicators; every
//! measure has milestones and budget lines, a third of them in data/budget.csv;
//! every fifth line is income, every sixth has a revised plan, all have a product code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// SplitMix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NOUNS: &[&str] = &[
    "Kita",
    "Schule",
    "Jugendhilfe",
    "Quartier",
    "Pflege",
    "Beratung",
    "Integration",
    "Prävention",
    "Ausbildung",
    "Familienzentrum",
    "Stadtteil",
    "Seniorenarbeit",
    "Sozialplanung",
    "Haushalt",
    "Ehrenamt",
    "Wohnungslosenhilfe",
    "Sprachförderung",
    "Kindertagespflege",
    "Schulsozialarbeit",
    "Gesundheitsförderung",
    "Teilhabe",
];
const VERBS: &[&str] = &[
    "ausbauen",
    "stärken",
    "weiterentwickeln",
    "vernetzen",
    "sichern",
    "erproben",
    "verstetigen",
    "digitalisieren",
    "bündeln",
    "evaluieren",
];
const OWNERS: &[&str] = &[
    "Sozialamt",
    "Jugendamt",
    "Amt für Senioren",
    "Stabsstelle Planung",
    "Bereich Familie, Jugend und Senioren",
    "Gesundheitsamt",
    "Schulverwaltungsamt",
    "Koordinierende Kinderschutzstelle",
];
const STATUSES: &[&str] = &[
    "planned",
    "in_progress",
    "in_progress",
    "in_progress",
    "completed",
    "delayed",
    "on_hold",
    "cancelled",
];
const SENTENCES: &[&str] = &[
    "Die Stadt baut das Angebot schrittweise aus und bezieht die freien Träger ein.",
    "Im Stadtrat wurde der Sachstand zuletzt im Sozialausschuss beraten.",
    "Die Mittel stehen im Haushaltsplan bereit; die Abrechnung erfolgt jährlich.",
    "Eine Arbeitsgruppe aus mehreren Ämtern begleitet die Umsetzung.",
    "Die Kennzahlen werden einmal im Jahr erhoben und veröffentlicht.",
    "Familien mit kleinen Kindern sollen schneller einen Kitaplatz finden.",
    "Die Beratungsstellen in den Stadtteilen arbeiten enger zusammen.",
    "Erste Ergebnisse zeigen, dass mehr Menschen das Angebot nutzen.",
    "Die Planung wird mit dem Jugendhilfeausschuss abgestimmt.",
    "Für die Straßensozialarbeit sind zusätzliche Stellen vorgesehen.",
];

fn write(path: PathBuf, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn body(rng: &mut Rng, sentences: usize) -> String {
    let mut out = String::new();
    for i in 0..sentences {
        out.push_str(rng.pick(SENTENCES));
        out.push(if i % 4 == 3 { '\n' } else { ' ' });
        if i % 4 == 3 {
            out.push('\n');
        }
    }
    out
}

pub fn generate(out: &Path, measures: usize, seed: u64) {
    let mut rng = Rng(seed);
    let goals = (measures / 50).max(5);
    let reports = (measures / 10).max(3);
    let indicators = (measures / 25).max(3);
    let content = out.join("content");
    write(
        out.join("site.toml"),
        "title = \"Synthetisches Transparenzportal\"\nlanguage = \"de\"\nbase_url = \"https://portal.example/\"\npopulation = 250000\n\n[organisation]\nname = \"Stadt Beispielhausen\"\n",
    );
    // Two strategies per goal, numbered so that their titles differ; two
    // of three measures are placed under one of their first goal's.
    let mut strategies: Vec<[String; 2]> = Vec::new();
    for g in 0..goals {
        let (title, number, owner) = (
            format!("{} {}", rng.pick(NOUNS), rng.pick(VERBS)),
            g + 1,
            rng.pick(OWNERS),
        );
        let s1 = format!("Strategie 1: {} {}", rng.pick(NOUNS), rng.pick(VERBS));
        let s2 = format!("Strategie 2: {} {}", rng.pick(NOUNS), rng.pick(VERBS));
        let mut t = format!(
            "+++\ntitle = \"Ziel {g}: {title}\"\nnumber = {number}\nowner = \"{owner}\"\nstrategies = [\"{s1}\", {{ title = \"{s2}\", text = \"Was die zweite Strategie bedeutet.\" }}]\n+++\n\n"
        );
        strategies.push([s1, s2]);
        t.push_str(&body(&mut rng, 6));
        write(content.join(format!("goals/ziel-{g}.md")), &t);
    }
    let mut csv =
        String::from("measure,year,label,planned,actual,reference,kind,product,revised\n");
    for m in 0..measures {
        let status = rng.pick(STATUSES);
        let g1 = rng.below(goals);
        let g2 = rng.below(goals);
        let goal_list = if g1 == g2 || rng.below(4) != 0 {
            format!("\"ziel-{g1}\"")
        } else {
            format!("\"ziel-{g1}\", \"ziel-{g2}\"")
        };
        let start = 2021 + rng.below(4);
        let placed = if m % 3 == 0 {
            String::new()
        } else {
            format!("strategies = [\"{}\"]\n", strategies[g1][m % 2])
        };
        let mut t = format!(
            "+++\ntitle = \"{} {} ({m})\"\ngoals = [{goal_list}]\n{placed}status = \"{status}\"\nowner = \"{}\"\nstart = {start}-01-01\nend = {}-12-31\nupdated = 2025-06-30\n",
            rng.pick(NOUNS),
            rng.pick(VERBS),
            rng.pick(OWNERS),
            start + 1 + rng.below(4)
        );
        if rng.below(2) == 0 {
            let _ = writeln!(t, "progress = {}", rng.below(101));
        }
        for k in 0..3 {
            let _ = write!(
                t,
                "\n[[milestones]]\ntitle = \"Meilenstein {}\"\ndue = {}-{:02}-28\ndone = {}\n",
                k + 1,
                start + k,
                1 + rng.below(12),
                rng.below(2) == 0
            );
        }
        for year in start..start + 3 {
            let planned = 1_000 + rng.below(200_000);
            let actual = (year <= 2024).then(|| planned - rng.below(planned / 5 + 1));
            let line =
                |a: Option<usize>| a.map(|a| format!("{a}.{:02}", a % 97)).unwrap_or_default();
            // Kinds, product codes and revised plans follow from the
            // numbers, not from the generator, so that the rest of the
            // portal stays what it was before they existed.
            let y = year;
            let product = format!("{}.{:02}.01", 31 + m % 8, y % 7);
            let kind = if (m + y).is_multiple_of(5) {
                "income"
            } else {
                "expense"
            };
            let revised = (m * 7 + y)
                .is_multiple_of(6)
                .then(|| planned + planned / 10);
            if rng.below(3) == 0 {
                let _ = writeln!(
                    csv,
                    "m-{m},{year},Sachkosten,{planned}.00,{},Haushalt {year},{kind},{product},{}",
                    line(actual),
                    revised.map(|r| r.to_string()).unwrap_or_default()
                );
            } else {
                let _ = write!(
                    t,
                    "\n[[budget]]\nyear = {year}\nlabel = \"Personal\"\nplanned = {planned}\nkind = \"{kind}\"\nproduct = \"{product}\"\n"
                );
                if let Some(r) = revised {
                    let _ = writeln!(t, "revised = {r}");
                }
                if let Some(a) = actual {
                    let _ = writeln!(t, "actual = \"{}\"", line(Some(a)));
                }
            }
        }
        t.push_str("+++\n\n");
        let sentences = 4 + rng.below(8);
        t.push_str(&body(&mut rng, sentences));
        write(content.join(format!("measures/m-{m}.md")), &t);
    }
    write(out.join("data/budget.csv"), &csv);
    for r in 0..reports {
        let year = 2022 + r % 4;
        let mut t = format!(
            "+++\ntitle = \"Sachstandsbericht {r}\"\ndate = {year}-{:02}-15\nkind = \"Sachstandsbericht\"\nreference = \"SV {year}/{r:04}\"\n\n[[sessions]]\ncommittee = \"Sozialausschuss\"\ndate = {year}-{:02}-20\nrole = \"Kenntnisnahme\"\n",
            1 + r % 12,
            1 + r % 12
        );
        for _ in 0..5 {
            let _ = write!(
                t,
                "\n[[updates]]\nmeasure = \"m-{}\"\nstatus = \"in_progress\"\nprogress = {}\nnote = \"{}\"\n",
                rng.below(measures),
                rng.below(101),
                rng.pick(SENTENCES)
            );
        }
        t.push_str("+++\n\n");
        t.push_str(&body(&mut rng, 8));
        write(content.join(format!("reports/bericht-{r}.md")), &t);
    }
    for i in 0..indicators {
        let base = 20 + rng.below(60);
        let mut values = String::new();
        for y in 2021..2025 {
            let _ = write!(
                values,
                "{{ year = {y}, value = {} }}, ",
                base + rng.below(10)
            );
        }
        let t = format!(
            "+++\ntitle = \"Kennzahl {i}: {}\"\nunit = \"%\"\ngoals = [\"ziel-{}\"]\ndirection = \"increase\"\nbaseline = {{ year = 2020, value = {base} }}\ntarget = {{ year = 2030, value = {} }}\nvalues = [{values}]\n+++\n\n{}\n",
            rng.pick(NOUNS),
            rng.below(goals),
            base + 15,
            rng.pick(SENTENCES)
        );
        write(content.join(format!("indicators/kennzahl-{i}.md")), &t);
    }
}

const USAGE: &str = "usage: generate [--measures N] [--seed N] OUT";

fn main() {
    let mut measures = 1000;
    let mut seed = 1;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--measures" => {
                measures = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--measures N")
            }
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).expect("--seed N"),
            "--help" | "-h" => {
                println!("{USAGE}");
                return;
            }
            // An unknown option is not an output folder.
            other if other.starts_with('-') => {
                eprintln!("unknown option {other}\n{USAGE}");
                std::process::exit(2);
            }
            other => out = Some(PathBuf::from(other)),
        }
    }
    let out = out.expect(USAGE);
    if out.exists()
        && std::fs::read_dir(&out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        eprintln!(
            "{} exists and is not empty; choose a new folder",
            out.display()
        );
        std::process::exit(1);
    }
    generate(&out, measures, seed);
    println!("{measures} measures written to {}", out.display());
}
