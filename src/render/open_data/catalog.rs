//! The open data described for harvesting: a DCAT-AP catalogue in JSON-LD
//! (`daten/catalog.jsonld`). Open-data portals (GovData, data.europa.eu, CKAN
//! with its DCAT harvester) read it and list the datasets with their
//! downloads, formats, sizes and licence.

use serde_json::{Value, json};

use crate::base::locale::Lang;
use crate::render::open_data::{CATALOG, DataFile, ZIP};
use crate::render::pages::context::RenderContext;

/// The EU vocabularies DCAT-AP asks for.
const EU: &str = "http://publications.europa.eu/resource/authority";

/// An address in the catalogue: absolute with `base_url`; else relative to
/// the catalogue's own folder, which is how JSON-LD resolves relative IRIs.
fn iri(ctx: &RenderContext, root_relative: &str) -> String {
    match &ctx.site.config.base_url {
        Some(base) => format!("{base}{root_relative}"),
        None => format!("../{root_relative}"),
    }
}

fn text(ctx: &RenderContext, value: &str) -> Value {
    json!({ "@value": value, "@language": ctx.site.config.language.code() })
}

fn file_type(format: &str) -> &'static str {
    match format {
        "CSV" => "CSV",
        "ZIP" => "ZIP",
        "XLSX" => "XLSX",
        "PDF" => "PDF",
        _ => "JSON",
    }
}

fn distribution(ctx: &RenderContext, f: &DataFile, schema: &str) -> Value {
    let c = &ctx.site.config;
    let url = iri(ctx, &format!("{}/{}", ctx.words.data, f.name));
    let mut d = json!({
        "@id": format!("{url}#distribution"),
        "@type": "dcat:Distribution",
        "dct:title": text(ctx, &ctx.text(f.title_key)),
        "dct:description": text(ctx, &ctx.text(&format!("{}_about", f.title_key))),
        "dcat:accessURL": { "@id": iri(ctx, &format!("{}/", ctx.words.data)) },
        "dcat:downloadURL": { "@id": url },
        "dct:format": { "@id": format!("{EU}/file-type/{}", file_type(f.format)) },
        "dcat:mediaType": { "@id": format!("https://www.iana.org/assignments/media-types/{}", f.media_type) },
        "dcat:byteSize": { "@value": f.bytes.len().to_string(), "@type": "xsd:nonNegativeInteger" },
        "dct:license": { "@id": c.license.url },
    });
    if f.name == "portal.json" {
        d["dct:conformsTo"] = json!({ "@id": schema });
    }
    if let Some(date) = ctx.site.data_as_of {
        d["dct:modified"] = json!({ "@value": date.to_string(), "@type": "xsd:date" });
    }
    d
}

/// What every dataset of the catalogue says alike.
struct Shared {
    publisher: Value,
    language: Value,
    modified: Option<Value>,
}

/// A dataset of the portal: its own address, title, description, page
/// and distributions, and what all of them share (publisher, language,
/// theme, access, licence, date of the data).
fn dataset(
    ctx: &RenderContext,
    shared: &Shared,
    id: String,
    title: &str,
    description: &str,
    page: &str,
    distributions: Vec<Value>,
) -> Value {
    let mut ds = json!({
        "@id": id,
        "@type": "dcat:Dataset",
        "dct:title": text(ctx, title),
        "dct:description": text(ctx, description),
        "dct:publisher": shared.publisher,
        "dct:language": shared.language,
        "dcat:landingPage": { "@id": page },
        "dcat:theme": { "@id": format!("{EU}/data-theme/GOVE") },
        "dct:accessRights": { "@id": format!("{EU}/access-right/PUBLIC") },
        "dct:license": { "@id": ctx.site.config.license.url },
        "dcat:distribution": distributions,
    });
    if let Some(m) = &shared.modified {
        ds["dct:modified"] = m.clone();
    }
    ds
}

/// An indicator's keywords: its topics, then `SDG 4` and `SDG 4.1` for
/// each SDG and target it measures (harvesters search by them).
fn keywords(ctx: &RenderContext, x: &crate::model::Indicator) -> Vec<Value> {
    let mut sdg: Vec<String> = Vec::new();
    for s in &x.item.data.sdg {
        for code in [s.whole().code(), s.code()] {
            let k = format!("SDG {code}");
            if !sdg.contains(&k) {
                sdg.push(k);
            }
        }
    }
    x.item
        .tags
        .iter()
        .map(|t| t.name.as_str())
        .chain(sdg.iter().map(String::as_str))
        .map(|k| text(ctx, k))
        .collect()
}

/// Each indicator with values is a dataset of its own: its series
/// (`<indicator>/data.csv` and `.xlsx`), described by its metadata.
fn indicator_datasets(ctx: &RenderContext, shared: &Shared) -> Vec<Value> {
    let c = &ctx.site.config;
    ctx.site
        .indicators
        .iter()
        .filter(|x| !x.values.is_empty())
        .map(|x| {
            let data = &x.item.data;
            let about = &data.about;
            let page = iri(ctx, &ctx.href(crate::base::vocab::Kind::Indicator, &x.item.slug));
            let file = |ext: &str, format: &str, media: &str| {
                let url = format!("{page}data.{ext}");
                json!({
                    "@id": format!("{url}#distribution"),
                    "@type": "dcat:Distribution",
                    "dct:title": text(ctx, &format!("{} ({format})", x.item.title)),
                    "dcat:accessURL": { "@id": page },
                    "dcat:downloadURL": { "@id": url },
                    "dct:format": { "@id": format!("{EU}/file-type/{format}") },
                    "dcat:mediaType": { "@id": format!("https://www.iana.org/assignments/media-types/{media}") },
                    "dct:license": { "@id": c.license.url },
                })
            };
            let description = about
                .definition
                .as_deref()
                .or(data.summary.as_deref())
                .unwrap_or(&x.item.title);
            let mut ds = dataset(
                ctx,
                shared,
                format!("{page}#dataset"),
                &format!("{} – {}", x.item.title, c.title),
                description,
                &page,
                vec![
                    file("csv", "CSV", "text/csv"),
                    file("xlsx", "XLSX", crate::render::open_data::XLSX_TYPE),
                ],
            );
            ds["dcat:keyword"] = json!(keywords(ctx, x));
            if let Some(p) = about.periodicity {
                ds["dct:accrualPeriodicity"] =
                    json!({ "@id": format!("{EU}/frequency/{}", p.eu_frequency()) });
            }
            if let Some(source) = &data.source {
                ds["dct:creator"] = json!({ "@type": "foaf:Agent", "foaf:name": source });
            }
            if let Some(url) = &about.source_url {
                ds["dct:source"] = json!({ "@id": url });
            }
            if let (Some(first), Some(last)) = (x.values.first(), x.values.last()) {
                ds["dct:temporal"] = json!({
                    "@type": "dct:PeriodOfTime",
                    "dcat:startDate": { "@value": format!("{}-01-01", first.year), "@type": "xsd:date" },
                    "dcat:endDate": { "@value": format!("{}-12-31", last.year), "@type": "xsd:date" },
                });
            }
            ds
        })
        .collect()
}

/// `files` are the other files of the data folder; the catalogue describes
/// each as a dataset, except the schema, which portal.json conforms to, the
/// zip and the PDF, further distributions of the whole portal, and each Excel
/// workbook, a second distribution of the CSV table of the same name.
pub fn catalog(ctx: &RenderContext, files: &[DataFile]) -> Vec<u8> {
    let c = &ctx.site.config;
    let page = iri(ctx, &format!("{}/", ctx.words.data));
    let schema = iri(ctx, &format!("{}/portal.schema.json", ctx.words.data));
    let publisher = json!({
        "@type": "foaf:Agent",
        "foaf:name": c.organisation.name.as_deref().unwrap_or(&c.title),
    });
    let language = json!({ "@id": format!("{EU}/language/{}", match c.language {
        Lang::De => "DEU",
        Lang::En => "ENG",
    }) });
    let modified = ctx
        .site
        .data_as_of
        .map(|d| json!({ "@value": d.to_string(), "@type": "xsd:date" }));
    let shared = Shared {
        publisher,
        language,
        modified,
    };
    let pdf = crate::render::files::pdf::PORTAL_FILE;
    let whole: Vec<&DataFile> = files
        .iter()
        .filter(|f| f.name == ZIP || f.name == pdf)
        .collect();
    let datasets: Vec<Value> = files
        .iter()
        .filter(|f| {
            f.name != ZIP
                && f.name != pdf
                && f.name != "portal.schema.json"
                && f.name != CATALOG
                && !f.name.ends_with(".xlsx")
        })
        .map(|f| {
            let mut distributions = vec![distribution(ctx, f, &schema)];
            if f.name == "portal.json" {
                distributions.extend(whole.iter().map(|w| distribution(ctx, w, &schema)));
            }
            let twin = f.name.strip_suffix(".csv").map(|s| format!("{s}.xlsx"));
            if let Some(x) = files.iter().find(|x| Some(x.name) == twin.as_deref()) {
                distributions.push(distribution(ctx, x, &schema));
            }
            let stem = f.name.split('.').next().unwrap_or(f.name);
            dataset(
                ctx,
                &shared,
                format!("{page}#{stem}"),
                &format!("{} – {}", ctx.text(f.title_key), c.title),
                &ctx.text(&format!("{}_about", f.title_key)),
                &page,
                distributions,
            )
        })
        .collect();
    let datasets: Vec<Value> = datasets
        .into_iter()
        .chain(indicator_datasets(ctx, &shared))
        .collect();
    let mut catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": iri(ctx, &format!("{}/{CATALOG}", ctx.words.data)),
        "@type": "dcat:Catalog",
        "dct:title": text(ctx, &c.title),
        "dct:description": text(ctx, c.description.as_deref().unwrap_or(&c.title)),
        "dct:publisher": shared.publisher,
        "dct:language": shared.language,
        "dct:license": { "@id": c.license.url },
        "foaf:homepage": { "@id": iri(ctx, "") },
        "dcat:dataset": datasets,
    });
    if let Some(m) = shared.modified {
        catalog["dct:modified"] = m;
    }
    serde_json::to_vec_pretty(&catalog).expect("plain JSON")
}
