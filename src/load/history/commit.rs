//! What one commit changed: for each item whose facts differ from its
//! parent's, the facts before and after. A measure's budget counts its
//! lines in data/budget.* of the same commit, an indicator's values its
//! data file of the same commit.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::Kind;
use crate::load::records::BudgetLineSrc;

use super::Revision;
use super::facts::{self, Facts};
use super::git::{Error, FileChange, ObjectId, Repo};

/// The item kind and slug-bearing path of a content file: `content/<folder>/<name>.md`
/// or a bundle's `content/<folder>/<name>/index.md`.
pub(super) fn item_kind(path: &str) -> Option<Kind> {
    let parts: Vec<&str> = path.split('/').collect();
    let ok = match parts.as_slice() {
        ["content", _, name] => name.ends_with(".md"),
        ["content", _, _, "index.md"] => true,
        _ => false,
    };
    ok.then(|| Kind::from_folder(parts[1])).flatten()
}

fn is_budget_file(path: &str) -> bool {
    ["csv", "xlsx", "ods", "xls"]
        .iter()
        .any(|ext| path == format!("data/budget.{ext}"))
}

/// A file in a commit: its path (relative to the portal) and blob.
type File = (String, ObjectId);
/// An indicator's values by year.
type Values = Vec<(i32, f64)>;

/// Reads facts from blobs, each blob parsed once.
pub(super) struct Reader<'r> {
    pub repo: &'r Repo,
    items: HashMap<ObjectId, Option<Facts>>,
    budgets: HashMap<ObjectId, Arc<Vec<BudgetLineSrc>>>,
    series: HashMap<(ObjectId, Option<String>), Values>,
}

impl<'r> Reader<'r> {
    pub(super) fn new(repo: &'r Repo) -> Reader<'r> {
        Reader {
            repo,
            items: HashMap::new(),
            budgets: HashMap::new(),
            series: HashMap::new(),
        }
    }

    /// The item's own facts (front matter only), or None when that version
    /// does not read as an item.
    fn own_facts(&mut self, kind: Kind, path: &str, id: ObjectId) -> Result<Option<Facts>, Error> {
        if let Some(f) = self.items.get(&id) {
            return Ok(f.clone());
        }
        let bytes = self.repo.blob(id)?;
        let facts = String::from_utf8(bytes).ok().and_then(|text| {
            crate::load::item_file::parse_detached(kind, Path::new(path), &text)
                .map(|item| facts::of_item(&item, &[]))
        });
        self.items.insert(id, facts.clone());
        Ok(facts)
    }

    /// The budget lines of data/budget.* in a commit.
    fn budget_lines(&mut self, commit: ObjectId) -> Result<Vec<Arc<Vec<BudgetLineSrc>>>, Error> {
        let mut out = Vec::new();
        for ext in ["csv", "xlsx", "ods", "xls"] {
            let name = format!("data/budget.{ext}");
            let Some(id) = self.repo.blob_at(commit, &name)? else {
                continue;
            };
            if !self.budgets.contains_key(&id) {
                let bytes = self.repo.blob(id)?;
                let lines = read_budget(&name, bytes);
                self.budgets.insert(id, Arc::new(lines));
            }
            out.push(self.budgets[&id].clone());
        }
        Ok(out)
    }

    fn values(
        &mut self,
        commit: ObjectId,
        data: &str,
        sheet: Option<&str>,
    ) -> Result<Vec<(i32, f64)>, Error> {
        let name = format!("data/{data}");
        let Some(id) = self.repo.blob_at(commit, &name)? else {
            return Ok(Vec::new());
        };
        let key = (id, sheet.map(String::from));
        if let Some(v) = self.series.get(&key) {
            return Ok(v.clone());
        }
        let bytes = self.repo.blob(id)?;
        let values = read_series(&name, bytes, sheet);
        self.series.insert(key, values.clone());
        Ok(values)
    }

    /// An item's facts as a commit has them, data files included.
    pub(super) fn facts_at(
        &mut self,
        commit: ObjectId,
        path: &str,
        id: ObjectId,
    ) -> Result<Option<Facts>, Error> {
        let Some(kind) = item_kind(path) else {
            return Ok(None);
        };
        let Some(mut f) = self.own_facts(kind, path, id)? else {
            return Ok(None);
        };
        match kind {
            Kind::Measure => {
                let data = self.budget_lines(commit)?;
                let lines: Vec<&BudgetLineSrc> = data
                    .iter()
                    .flat_map(|l| l.iter())
                    .filter(|l| l.measure.value == f.slug)
                    .collect();
                if !lines.is_empty() {
                    f.budget = facts::merge_sums(&f.budget, &facts::budget_sums(lines));
                }
            }
            Kind::Indicator => {
                if let Some(data) = f.data.clone() {
                    f.values = self.values(commit, &data, f.sheet.as_deref())?;
                }
            }
            _ => {}
        }
        Ok(Some(f))
    }

    fn facts_of(
        &mut self,
        commit: Option<ObjectId>,
        file: &Option<(String, ObjectId)>,
    ) -> Result<Option<Facts>, Error> {
        match (commit, file) {
            (Some(c), Some((path, id))) => self.facts_at(c, path, *id),
            _ => Ok(None),
        }
    }

    /// The revisions of commit `id` against `parent` (None: the first commit).
    pub(super) fn revisions(
        &mut self,
        parent: Option<ObjectId>,
        id: ObjectId,
    ) -> Result<Vec<Revision>, Error> {
        let changes = self.repo.changes(parent, id)?;
        let mut out = Vec::new();
        let mut covered: HashSet<String> = HashSet::new();
        for c in changes
            .iter()
            .filter(|c| path_of(c).is_some_and(|p| item_kind(p).is_some()))
        {
            let kind = item_kind(path_of(c).unwrap_or_default()).unwrap_or(Kind::Page);
            let before = self.facts_of(parent, &c.before)?;
            let after = self.facts_of(Some(id), &c.after)?;
            for f in before.iter().chain(after.iter()) {
                covered.insert(format!("{}/{}", kind.folder(), f.slug));
            }
            push(
                &mut out,
                kind,
                c.before.as_ref(),
                c.after.as_ref(),
                before,
                after,
            );
        }
        let data: Vec<&str> = changes
            .iter()
            .filter_map(path_of)
            .filter(|p| p.starts_with("data/"))
            .collect();
        if data.iter().any(|p| is_budget_file(p)) {
            self.budget_revisions(parent, id, &mut covered, &mut out)?;
        }
        let series: HashSet<&str> = data
            .iter()
            .filter(|p| !is_budget_file(p))
            .filter_map(|p| p.strip_prefix("data/"))
            .collect();
        if !series.is_empty() {
            self.indicator_revisions(parent, id, &series, &covered, &mut out)?;
        }
        Ok(out)
    }

    /// Measures whose lines in data/budget.* changed while their own file did not.
    fn budget_revisions(
        &mut self,
        parent: Option<ObjectId>,
        id: ObjectId,
        covered: &mut HashSet<String>,
        out: &mut Vec<Revision>,
    ) -> Result<(), Error> {
        let sums = |lines: &[Arc<Vec<BudgetLineSrc>>]| {
            let mut by: HashMap<String, Vec<&BudgetLineSrc>> = HashMap::new();
            for l in lines.iter().flat_map(|l| l.iter()) {
                by.entry(l.measure.value.clone()).or_default().push(l);
            }
            by.into_iter()
                .map(|(slug, lines)| (slug, facts::budget_sums(lines)))
                .collect::<HashMap<_, _>>()
        };
        let old = match parent {
            Some(p) => self.budget_lines(p)?,
            None => Vec::new(),
        };
        let new = self.budget_lines(id)?;
        let (old, new) = (sums(&old), sums(&new));
        let mut slugs: Vec<&String> = old.keys().chain(new.keys()).collect();
        slugs.sort();
        slugs.dedup();
        for slug in slugs {
            if old.get(slug) == new.get(slug) || !covered.insert(format!("measures/{slug}")) {
                continue;
            }
            let before = match parent {
                Some(p) => self.measure_by_slug(p, slug)?,
                None => None,
            };
            let after = self.measure_by_slug(id, slug)?;
            let (bf, af) = (
                before.as_ref().map(|b| b.0.clone()),
                after.as_ref().map(|a| a.0.clone()),
            );
            push(
                out,
                Kind::Measure,
                before.as_ref().map(|b| &b.1),
                after.as_ref().map(|a| &a.1),
                bf,
                af,
            );
        }
        Ok(())
    }

    /// A measure's facts and file in a commit, found by the file names a slug has.
    fn measure_by_slug(
        &mut self,
        commit: ObjectId,
        slug: &str,
    ) -> Result<Option<(Facts, File)>, Error> {
        for path in [
            format!("content/measures/{slug}.md"),
            format!("content/measures/{slug}/index.md"),
        ] {
            if let Some(blob) = self.repo.blob_at(commit, &path)? {
                return Ok(self
                    .facts_at(commit, &path, blob)?
                    .map(|f| (f, (path, blob))));
            }
        }
        Ok(None)
    }

    /// Indicators whose data file changed while their own file did not.
    fn indicator_revisions(
        &mut self,
        parent: Option<ObjectId>,
        id: ObjectId,
        names: &HashSet<&str>,
        covered: &HashSet<String>,
        out: &mut Vec<Revision>,
    ) -> Result<(), Error> {
        for (path, blob) in self.repo.files_in(id, "content/indicators")? {
            let Some(after) = self.facts_at(id, &path, blob)? else {
                continue;
            };
            let uses = after.data.as_deref().is_some_and(|d| names.contains(d));
            if !uses || covered.contains(&format!("indicators/{}", after.slug)) {
                continue;
            }
            let before_file = match parent {
                Some(p) => self.repo.blob_at(p, &path)?.map(|b| (p, b)),
                None => None,
            };
            let before = match before_file {
                Some((p, b)) => self.facts_at(p, &path, b)?,
                None => None,
            };
            let file = before_file.map(|(_, b)| (path.clone(), b));
            push(
                out,
                Kind::Indicator,
                file.as_ref(),
                Some(&(path.clone(), blob)),
                before,
                Some(after),
            );
        }
        Ok(())
    }
}

fn path_of(c: &FileChange) -> Option<&str> {
    c.after
        .as_ref()
        .or(c.before.as_ref())
        .map(|(p, _)| p.as_str())
}

/// Adds a revision unless nothing that counts changed.
fn push(
    out: &mut Vec<Revision>,
    kind: Kind,
    before_file: Option<&(String, ObjectId)>,
    after_file: Option<&(String, ObjectId)>,
    before: Option<Facts>,
    after: Option<Facts>,
) {
    let moved = before_file.map(|b| &b.0) != after_file.map(|a| &a.0);
    if before == after && !moved {
        return;
    }
    out.push(Revision {
        kind,
        before_path: before_file.map(|b| b.0.clone()),
        after_path: after_file.map(|a| a.0.clone()),
        before,
        after,
    });
}

fn read_budget(name: &str, bytes: Vec<u8>) -> Vec<BudgetLineSrc> {
    let file = Path::new(name);
    let mut d = Diagnostics::new();
    let lines = if name.ends_with(".csv") {
        let (text, _) = crate::load::csv_dialect::decode(&bytes);
        crate::load::csv::budget(file, &text, &mut d)
    } else {
        crate::load::sheet::grid_of_bytes(file, bytes, None, crate::load::grid::BUDGET, &mut d)
            .map(|g| crate::load::grid::budget_lines(file, &g, &mut d))
            .unwrap_or_default()
    };
    lines.into_iter().map(|l| (*l).clone()).collect()
}

fn read_series(name: &str, bytes: Vec<u8>, sheet: Option<&str>) -> Vec<(i32, f64)> {
    let file = Path::new(name);
    let mut d = Diagnostics::new();
    let points = if name.ends_with(".csv") {
        let (text, _) = crate::load::csv_dialect::decode(&bytes);
        crate::load::csv::series(file, &text, &mut d).points
    } else {
        let wanted = sheet.map(|s| crate::base::diagnostics::At {
            value: s.to_string(),
            loc: crate::base::diagnostics::Loc::START,
        });
        crate::load::sheet::grid_of_bytes(
            file,
            bytes,
            wanted.as_ref(),
            crate::load::grid::SERIES,
            &mut d,
        )
        .map(|g| crate::load::series::read(file, &g, &mut d).points)
        .unwrap_or_default()
    };
    points.into_iter().map(|p| (p.year, p.value)).collect()
}
