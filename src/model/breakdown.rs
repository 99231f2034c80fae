//! An indicator's figure broken down by a dimension (district, sex): one
//! table per dimension from the rows that set that dimension alone.

use crate::load::records::Breakdown;

/// One dimension's values by year.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionTable {
    pub name: String,
    /// The dimension's values (districts …) in the order the file first
    /// names them.
    pub categories: Vec<String>,
    /// Each year that has a value, ascending, with a value per category
    /// (None where the file has none) and the headline value of that year.
    pub rows: Vec<DimensionRow>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DimensionRow {
    pub year: i32,
    pub values: Vec<Option<f64>>,
    pub total: Option<f64>,
}

/// A table per dimension, and how many rows set more than one dimension
/// (a district's women): those are in the download only.
pub fn by_dimension(b: &Breakdown) -> (Vec<DimensionTable>, usize) {
    let set = |keys: &[String]| keys.iter().filter(|k| !k.is_empty()).count();
    let combined = b.rows.iter().filter(|r| set(&r.keys) > 1).count();
    let total = |year: i32| {
        b.rows
            .iter()
            .find(|r| r.year == year && set(&r.keys) == 0)
            .map(|r| r.value)
    };
    let tables = b
        .dimensions
        .iter()
        .enumerate()
        .filter_map(|(k, name)| {
            let own: Vec<_> = b
                .rows
                .iter()
                .filter(|r| set(&r.keys) == 1 && !r.keys[k].is_empty())
                .collect();
            let mut categories: Vec<String> = Vec::new();
            for r in &own {
                if !categories.contains(&r.keys[k]) {
                    categories.push(r.keys[k].clone());
                }
            }
            let mut years: Vec<i32> = own.iter().map(|r| r.year).collect();
            years.sort_unstable();
            years.dedup();
            let rows = years
                .into_iter()
                .map(|year| DimensionRow {
                    year,
                    values: categories
                        .iter()
                        .map(|c| {
                            own.iter()
                                .find(|r| r.year == year && r.keys[k] == *c)
                                .map(|r| r.value)
                        })
                        .collect(),
                    total: total(year),
                })
                .collect();
            (!categories.is_empty()).then(|| DimensionTable {
                name: name.clone(),
                categories,
                rows,
            })
        })
        .collect();
    (tables, combined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::records::BreakdownRow;

    fn row(year: i32, value: f64, keys: [&str; 2]) -> BreakdownRow {
        BreakdownRow {
            year,
            value,
            keys: keys.iter().map(|k| k.to_string()).collect(),
            locs: vec![crate::base::diagnostics::Loc::START; 2],
        }
    }

    #[test]
    fn each_dimension_gets_the_rows_that_set_it_alone() {
        let b = Breakdown {
            file: "data/x.csv".into(),
            dimensions: vec!["district".into(), "sex".into()],
            rows: vec![
                row(2023, 40.0, ["", ""]),
                row(2023, 35.0, ["Ost", ""]),
                row(2024, 42.0, ["", ""]),
                row(2024, 38.0, ["Ost", ""]),
                row(2024, 47.0, ["West", ""]),
                row(2024, 45.0, ["", "w"]),
                row(2024, 39.0, ["", "m"]),
                row(2024, 30.0, ["Ost", "w"]),
            ],
        };
        let (tables, combined) = by_dimension(&b);
        assert_eq!(combined, 1);
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].name, "district");
        assert_eq!(tables[0].categories, ["Ost", "West"]);
        assert_eq!(
            tables[0].rows,
            [
                DimensionRow {
                    year: 2023,
                    values: vec![Some(35.0), None],
                    total: Some(40.0)
                },
                DimensionRow {
                    year: 2024,
                    values: vec![Some(38.0), Some(47.0)],
                    total: Some(42.0)
                },
            ]
        );
        assert_eq!(tables[1].categories, ["w", "m"]);
        assert_eq!(
            tables[1].rows,
            [DimensionRow {
                year: 2024,
                values: vec![Some(45.0), Some(39.0)],
                total: Some(42.0)
            }]
        );
    }
}
