//! The office settings in the database: the single row of `office`. The bytes of the logo and
//! of the signature are kept in the row itself, so the settings survive the original image
//! files moving.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json_list, read_list, read_word, Word};
use crate::deadline::DeadlineRule;
use crate::{Error, ImageFormat, Logo, Office, Result};

/// The office settings, or `None` before they are first written.
pub fn read_office(conn: &Connection) -> Result<Option<Office>> {
    conn.prepare_cached(
        "SELECT pcc_name, area, force, office_name, address, telephone, email, web,
         logo, logo_format, logo_width, logo_height, statutory_statement, checklist_items,
         addressees, salutation, deadline_rule, signature, signature_format, signature_width,
         signature_height FROM office WHERE id = 1",
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
    let signature = office.signature.as_ref();
    conn.prepare_cached(
        "INSERT INTO office (id, pcc_name, area, force, office_name, address, telephone, email,
         web, logo, logo_format, logo_width, logo_height, statutory_statement, checklist_items,
         addressees, salutation, deadline_rule, signature, signature_format, signature_width,
         signature_height)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
         ?18, ?19, ?20, ?21)
         ON CONFLICT (id) DO UPDATE SET pcc_name = excluded.pcc_name, area = excluded.area,
         force = excluded.force, office_name = excluded.office_name,
         address = excluded.address, telephone = excluded.telephone, email = excluded.email,
         web = excluded.web, logo = excluded.logo, logo_format = excluded.logo_format,
         logo_width = excluded.logo_width, logo_height = excluded.logo_height,
         statutory_statement = excluded.statutory_statement,
         checklist_items = excluded.checklist_items, addressees = excluded.addressees,
         salutation = excluded.salutation, deadline_rule = excluded.deadline_rule,
         signature = excluded.signature, signature_format = excluded.signature_format,
         signature_width = excluded.signature_width,
         signature_height = excluded.signature_height",
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
        signature.map(|s| &s.bytes),
        signature.map(|s| format_name(s.format)),
        signature.map(|s| s.width),
        signature.map(|s| s.height),
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
        logo: image(row, 8, "office.logo_format")?,
        signature: image(row, 17, "office.signature_format")?,
        statutory_statement: row.get(12)?,
        checklist_items: list(13, "office.checklist_items")?,
        addressees: list(14, "office.addressees")?,
        salutation: row.get(15)?,
        deadline_rule: parse_rule(&row.get::<_, String>(16)?)?,
    })
}

/// The image in the four columns from `first`: its bytes, format, width and height; none
/// when its format is NULL (the table's CHECK keeps the four together).
fn image(row: &Row<'_>, first: usize, format_column: &str) -> Result<Option<Logo>> {
    let format = match row.get::<_, Option<String>>(first + 1)?.as_deref() {
        None => return Ok(None),
        Some("png") => ImageFormat::Png,
        Some("jpeg") => ImageFormat::Jpeg,
        Some(other) => {
            return Err(Error::invalid(
                format_column,
                format!("expected one of \"png\", \"jpeg\", found {other:?}"),
            ))
        }
    };
    Ok(Some(Logo {
        bytes: row.get(first)?,
        format,
        width: row.get(first + 2)?,
        height: row.get(first + 3)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::office::tests::tiny_png;
    use crate::store::open_in_memory;
    use crate::ImageUse;

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
    fn the_signature_round_trips_apart_from_the_logo() {
        let conn = open_in_memory().unwrap();
        let jpeg = crate::office::tests::tiny_jpeg(120, 40);
        let signature = Logo::from_bytes_as(jpeg, "signed.jpg", ImageUse::Signature);
        let signed = Office {
            signature: Some(signature.unwrap()),
            ..norfolk()
        };
        write_office(&conn, &signed).unwrap();
        let back = read_office(&conn).unwrap().unwrap();
        assert_eq!(back, signed);
        let image = back.signature.unwrap();
        assert_eq!(
            (image.format, image.width, image.height),
            (ImageFormat::Jpeg, 120, 40)
        );
        assert_eq!(back.logo, None);

        let both = Office {
            logo: Some(Logo::from_bytes(tiny_png(), "crest.png").unwrap()),
            ..signed.clone()
        };
        write_office(&conn, &both).unwrap();
        assert_eq!(read_office(&conn).unwrap(), Some(both.clone()));
        let removed = Office {
            signature: None,
            ..both
        };
        write_office(&conn, &removed).unwrap();
        assert_eq!(read_office(&conn).unwrap(), Some(removed));
        let stored: Option<Vec<u8>> = conn
            .query_row("SELECT signature FROM office", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, None, "removing the signature removes its bytes");
    }

    #[test]
    fn a_signature_is_kept_whole_or_not_at_all() {
        let conn = open_in_memory().unwrap();
        write_office(&conn, &norfolk()).unwrap();
        let half = conn.execute("UPDATE office SET signature = x'89504E47'", []);
        assert!(half.is_err(), "bytes without format or size are refused");
        let gif = conn.execute(
            "UPDATE office SET signature = x'00', signature_format = 'gif', signature_width = 1,
             signature_height = 1",
            [],
        );
        assert!(gif.is_err(), "only png or jpeg");
        conn.execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE office SET signature = x'00', signature_format = 'gif', signature_width = 1,
             signature_height = 1;",
        )
        .unwrap();
        let err = read_office(&conn).unwrap_err();
        assert!(
            err.to_string().starts_with("office.signature_format: "),
            "{err}"
        );
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
