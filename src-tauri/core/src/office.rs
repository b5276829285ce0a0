//! The office: what is true of the OPCC rather than of one response. Names, address, logo,
//! the statutory wording, the checklist and the deadline rule are all settings, so nothing
//! about any one office is built into the app. `None` in an optional setting means the
//! app's default, which the accessors here supply.

use serde::{Deserialize, Serialize};

use crate::deadline::DeadlineRule;

mod image;

pub use image::{ImageFormat, ImageUse, Logo, MAX_LOGO_BYTES};

/// The office settings (`pcc-office` version 1 in `docs/response-file.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Office {
    /// The Commissioner's name, e.g. "Sarah Taylor".
    pub pcc_name: String,
    /// The police area, e.g. "Norfolk".
    pub area: String,
    /// The force, e.g. "Norfolk Constabulary".
    pub force: String,
    /// The office's name for the letterhead.
    pub office_name: String,
    /// Postal address, one line each.
    pub address: Vec<String>,
    /// Telephone number as printed.
    pub telephone: String,
    /// Email address.
    pub email: String,
    /// Web address as printed.
    pub web: String,
    /// The office logo, stored as image bytes.
    pub logo: Option<Logo>,
    /// The PCC's signature, printed above the name only in a response published "as
    /// signed" (never in the DOCX for signature). Same checks as the logo.
    pub signature: Option<Logo>,
    /// The italic statutory line; `None` for the default.
    pub statutory_statement: Option<String>,
    /// The office checklist items; `None` for the default.
    pub checklist_items: Option<Vec<String>>,
    /// The letter's addressees; `None` for the default.
    pub addressees: Option<Vec<String>>,
    /// The letter's salutation; `None` for the default.
    pub salutation: Option<String>,
    /// How the section 55 deadline is counted.
    pub deadline_rule: DeadlineRule,
}

/// The default statutory line, in the app's own words.
pub const DEFAULT_STATUTORY_STATEMENT: &str = "Section 55 of the Police Act 1996, as amended by \
section 37 of the Policing and Crime Act 2017, requires the local policing body to publish its \
comments on every inspection report about its force within 56 days of the report's publication.";

/// The default checklist items.
pub const DEFAULT_CHECKLIST_ITEMS: [&str; 4] = [
    "Response forwarded to the Chief Constable.",
    "Response forwarded to the Police and Crime Panel.",
    "Response published on the OPCC website.",
    "Response submitted to the HMICFRS monitoring portal.",
];

/// The default addressees of a letter.
pub const DEFAULT_ADDRESSEES: [&str; 2] = [
    "The Home Secretary",
    "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
];

/// The default salutation of a letter.
pub const DEFAULT_SALUTATION: &str = "Dear Home Secretary and HMICFRS";

impl Office {
    /// An office with nothing filled in yet, and every default: what a first start has.
    pub fn unset() -> Office {
        Office {
            pcc_name: String::new(),
            area: String::new(),
            force: String::new(),
            office_name: String::new(),
            address: Vec::new(),
            telephone: String::new(),
            email: String::new(),
            web: String::new(),
            logo: None,
            signature: None,
            statutory_statement: None,
            checklist_items: None,
            addressees: None,
            salutation: None,
            deadline_rule: DeadlineRule::default(),
        }
    }

    /// True until the office has at least a name, area and force.
    pub fn is_unset(&self) -> bool {
        [&self.office_name, &self.area, &self.force]
            .iter()
            .any(|s| s.trim().is_empty())
    }

    /// The statutory line to print.
    pub fn statutory_statement(&self) -> &str {
        non_blank(self.statutory_statement.as_deref()).unwrap_or(DEFAULT_STATUTORY_STATEMENT)
    }

    /// The checklist items a new response starts with.
    pub fn checklist_items(&self) -> Vec<String> {
        or_default(&self.checklist_items, &DEFAULT_CHECKLIST_ITEMS)
    }

    /// The letter's default addressees.
    pub fn addressees(&self) -> Vec<String> {
        or_default(&self.addressees, &DEFAULT_ADDRESSEES)
    }

    /// The letter's default salutation.
    pub fn salutation(&self) -> &str {
        non_blank(self.salutation.as_deref()).unwrap_or(DEFAULT_SALUTATION)
    }

    /// The Commissioner's title: "Police and Crime Commissioner for Norfolk".
    pub fn pcc_title(&self) -> String {
        match self.area.trim() {
            "" => "Police and Crime Commissioner".into(),
            area => format!("Police and Crime Commissioner for {area}"),
        }
    }
}

fn non_blank(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.trim().is_empty())
}

fn or_default(list: &Option<Vec<String>>, default: &[&str]) -> Vec<String> {
    match list {
        Some(items) if !items.is_empty() => items.clone(),
        _ => default.iter().map(|s| s.to_string()).collect(),
    }
}

/// The defaults that apply where an office leaves a setting empty, for the settings screen
/// to show beside the empty fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OfficeDefaults {
    /// The statutory line.
    pub statutory_statement: String,
    /// The checklist items.
    pub checklist_items: Vec<String>,
    /// The letter's addressees.
    pub addressees: Vec<String>,
    /// The letter's salutation.
    pub salutation: String,
}

impl OfficeDefaults {
    /// The app's defaults.
    pub fn get() -> OfficeDefaults {
        let unset = Office::unset();
        OfficeDefaults {
            statutory_statement: unset.statutory_statement().to_string(),
            checklist_items: unset.checklist_items(),
            addressees: unset.addressees(),
            salutation: unset.salutation().to_string(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    /// A valid 2 x 1 pixel PNG, made here.
    pub(crate) fn tiny_png() -> Vec<u8> {
        encoded(2, 1, image::ImageFormat::Png)
    }

    /// A valid JPEG of `width` by `height` pixels, made here.
    pub(crate) fn tiny_jpeg(width: u32, height: u32) -> Vec<u8> {
        encoded(width, height, image::ImageFormat::Jpeg)
    }

    fn encoded(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        image::RgbImage::from_pixel(width, height, image::Rgb([0, 51, 102]))
            .write_to(&mut out, format)
            .expect("a small picture encodes");
        out.into_inner()
    }
}
