//! The office settings in the database: the single row of `office`. The logo's bytes are
//! kept in the row itself, so the settings survive the original image file moving.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json_list, read_list, read_word, Word};
use crate::deadline::DeadlineRule;
use crate::{Error, ImageFormat, Logo, Office, Result};

/// The office settings, or `None` before they are first written.
pub fn read_office(conn: &Connection) -> Result<Option<Office>> {
    conn.prepare_cached(
        "SELECT pcc_name, area, force, office_name, address, telephone, email, web,
         logo, logo_format, logo_width, logo_height, statutory_statement, checklist_items,
         addressees, salutation, deadline_rule FROM office WHERE id = 1",
    )?
    .query_and_then([], office_row)?
    .next()
    .transpose()
}

/// The office settings, or those of an office not yet set up ([`Office::unset`]): what the
/// checks, the preview and the documents use before the officer has filled them in.
pub fn read_office_or_unset(conn: &Connection) -> Result<Office> {
    Ok(read_office(conn)?.unwrap_or_else(Office::unset))
}

/// Saves the office settings, replacing any already saved.
pub fn write_office(conn: &Connection, office: &Office) -> Result<()> {
    let logo = office.logo.as_ref();
    conn.prepare_cached(
        "INSERT INTO office (id, pcc_name, area, force, office_name, address, telephone, email,
         web, logo, logo_format, logo_width, logo_height, statutory_statement, checklist_items,
         addressees, salutation, deadline_rule)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
         ON CONFLICT (id) DO UPDATE SET pcc_name = excluded.pcc_name, area = excluded.area,
         force = excluded.force, office_name = excluded.office_name,
         address = excluded.address, telephone = excluded.telephone, email = excluded.email,
         web = excluded.web, logo = excluded.logo, logo_format = excluded.logo_format,
         logo_width = excluded.logo_width, logo_height = excluded.logo_height,
         statutory_statement = excluded.statutory_statement,
         checklist_items = excluded.checklist_items, addressees = excluded.addressees,
         salutation = excluded.salutation, deadline_rule = excluded.deadline_rule",
    )?
    .execute(params![
        office.pcc_name,
        office.area,
        office.force,
        office.office_name,
        json_list(&office.address),
        office.telephone,
        office.email,
        office.web,
        logo.map(|l| &l.bytes),
        logo.map(|l| format_name(l.format)),
        logo.map(|l| l.width),
        logo.map(|l| l.height),
        office.statutory_statement,
        office.checklist_items.as_deref().map(json_list),
        office.addressees.as_deref().map(json_list),
        office.salutation,
        office.deadline_rule.as_str(),
    ])?;
    Ok(())
}

/// The office's deadline rule, or the default before the office is set up.
pub(super) fn deadline_rule(conn: &Connection) -> Result<DeadlineRule> {
    let stored: Option<String> = conn
        .prepare_cached("SELECT deadline_rule FROM office WHERE id = 1")?
        .query_row([], |row| row.get(0))
        .optional()?;
    match stored {
        Some(rule) => parse_rule(&rule),
        None => Ok(DeadlineRule::default()),
    }
}

fn parse_rule(text: &str) -> Result<DeadlineRule> {
    read_word(text, || "office.deadline_rule".into())
}

impl Word for DeadlineRule {
    fn parse(text: &str) -> Option<Self> {
        DeadlineRule::parse(text)
    }

    fn expected() -> String {
        let quoted = DeadlineRule::ALL.map(|rule| format!("\"{}\"", rule.as_str()));
        quoted.join(", ")
    }
}

fn format_name(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Png => "png",
        ImageFormat::Jpeg => "jpeg",
    }
}

fn office_row(row: &Row<'_>) -> Result<Office> {
    let list = |i: usize, field: &'static str| -> Result<Option<Vec<String>>> {
        row.get::<_, Option<String>>(i)?
            .map(|text| read_list(&text, || field.into()))
            .transpose()
    };
    Ok(Office {
        pcc_name: row.get(0)?,
        area: row.get(1)?,
        force: row.get(2)?,
        office_name: row.get(3)?,
        address: read_list(&row.get::<_, String>(4)?, || "office.address".into())?,
        telephone: row.get(5)?,
        email: row.get(6)?,
        web: row.get(7)?,
        logo: logo(row)?,
        signature: None,
        statutory_statement: row.get(12)?,
        checklist_items: list(13, "office.checklist_items")?,
        addressees: list(14, "office.addressees")?,
        salutation: row.get(15)?,
        deadline_rule: parse_rule(&row.get::<_, String>(16)?)?,
    })
}

fn logo(row: &Row<'_>) -> Result<Option<Logo>> {
    let format = match row.get::<_, Option<String>>(9)?.as_deref() {
        None => return Ok(None),
        Some("png") => ImageFormat::Png,
        Some("jpeg") => ImageFormat::Jpeg,
        Some(other) => {
            return Err(Error::invalid(
                "office.logo_format",
                format!("expected one of \"png\", \"jpeg\", found {other:?}"),
            ))
        }
    };
    Ok(Some(Logo {
        bytes: row.get(8)?,
        format,
        width: row.get(10)?,
        height: row.get(11)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::office::tests::tiny_png;
    use crate::store::open_in_memory;

    fn norfolk() -> Office {
        Office {
            pcc_name: "Sarah Taylor".into(),
            area: "Norfolk".into(),
            force: "Norfolk Constabulary".into(),
            office_name: "Office of the Police & Crime Commissioner for Norfolk".into(),
            address: vec![
                "Jubilee House".into(),
                "Falconers Chase".into(),
                "Wymondham".into(),
                "NR18 0WW".into(),
            ],
            telephone: "01953 424455".into(),
            email: "opccn@norfolk.police.uk".into(),
            web: "norfolk-pcc.gov.uk".into(),
            logo: None,
            signature: None,
            statutory_statement: None,
            checklist_items: None,
            addressees: None,
            salutation: None,
            deadline_rule: DeadlineRule::PublishedPlus56,
        }
    }

    #[test]
    fn there_is_no_office_until_one_is_written() {
        let conn = open_in_memory().unwrap();
        assert_eq!(read_office(&conn).unwrap(), None);
        assert_eq!(deadline_rule(&conn).unwrap(), DeadlineRule::PublishedPlus56);
    }

    #[test]
    fn the_office_round_trips_with_and_without_a_logo() {
        let conn = open_in_memory().unwrap();
        let plain = norfolk();
        write_office(&conn, &plain).unwrap();
        assert_eq!(read_office(&conn).unwrap(), Some(plain));

        let full = Office {
            logo: Some(Logo::from_bytes(tiny_png(), "crest.png").unwrap()),
            statutory_statement: Some("Section 55 … «quoted» ✓".into()),
            checklist_items: Some(vec!["Sent to the panel.".into(), "ارسال".into()]),
            addressees: Some(Vec::new()),
            salutation: Some("Dear Minister".into()),
            deadline_rule: DeadlineRule::Statutory,
            ..norfolk()
        };
        write_office(&conn, &full).unwrap();
        assert_eq!(read_office(&conn).unwrap(), Some(full.clone()));
        assert_eq!(deadline_rule(&conn).unwrap(), DeadlineRule::Statutory);

        let rows: i64 = conn
            .query_row("SELECT count(*) FROM office", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1, "writing again replaces the one row");

        let removed = Office { logo: None, ..full };
        write_office(&conn, &removed).unwrap();
        assert_eq!(read_office(&conn).unwrap(), Some(removed));
    }

    #[test]
    fn a_corrupted_rule_is_an_error_naming_the_column() {
        let conn = open_in_memory().unwrap();
        write_office(&conn, &norfolk()).unwrap();
        conn.execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE office SET deadline_rule = '56 days';",
        )
        .unwrap();
        let err = read_office(&conn).unwrap_err();
        assert!(
            err.to_string().starts_with("office.deadline_rule: "),
            "{err}"
        );
        assert!(deadline_rule(&conn).is_err());
    }
}
