//! The office: what is true of the OPCC rather than of one response. Names, address, logo,
//! the statutory wording, the checklist and the deadline rule are all settings, so nothing
//! about any one office is built into the app. `None` in an optional setting means the
//! app's default, which the accessors here supply.

use serde::{Deserialize, Serialize};

use crate::deadline::DeadlineRule;
use crate::{Error, Result};

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

/// Largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 5 * 1024 * 1024;

/// The office logo: a PNG or JPEG kept as its bytes, with its pixel size. Across IPC the
/// bytes travel as base64 text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Logo {
    /// The image file's bytes, as given.
    #[serde(with = "base64_bytes")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub bytes: Vec<u8>,
    /// PNG or JPEG.
    pub format: ImageFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// The image formats a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ImageFormat {
    /// Portable Network Graphics.
    Png,
    /// JPEG.
    Jpeg,
}

impl ImageFormat {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
        }
    }
}

impl Logo {
    /// Reads a PNG or JPEG file, refusing anything over 5 MB without reading it all.
    pub fn read_file(path: &std::path::Path) -> Result<Logo> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_LOGO_BYTES as u64 + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::io(path, e))?;
        let name = path
            .file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy();
        Logo::from_bytes(bytes, &name)
    }

    /// Reads a PNG or JPEG from its bytes. `name` says which file, for the error.
    ///
    /// Errors: [`Error::NotAnImage`] when the bytes are neither, are over 5 MB, or the
    /// image's size cannot be found.
    pub fn from_bytes(bytes: Vec<u8>, name: &str) -> Result<Logo> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(Error::invalid(
                "logo",
                format!(
                    "{name} is over 5 MB, the most a logo may be. Save a smaller copy of \
                     the image (a letterhead needs well under 1 MB) and choose that."
                ),
            ));
        }
        let found = png_size(&bytes)
            .map(|(w, h)| (ImageFormat::Png, w, h))
            .or_else(|| jpeg_size(&bytes).map(|(w, h)| (ImageFormat::Jpeg, w, h)));
        match found {
            Some((format, width, height)) if width > 0 && height > 0 => Ok(Logo {
                bytes,
                format,
                width,
                height,
            }),
            _ => Err(Error::NotAnImage(name.to_string())),
        }
    }
}

/// Bytes as base64 text in JSON.
mod base64_bytes {
    use base64::{engine::general_purpose::STANDARD, Engine};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if b.len() < 24 || !b.starts_with(SIGNATURE) || &b[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    Some((be(16), be(20)))
}

/// Width and height from a JPEG's first start-of-frame marker.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    if !b.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut i = 2;
    while i + 9 < b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let h = u16::from_be_bytes([b[i + 5], b[i + 6]]);
            let w = u16::from_be_bytes([b[i + 7], b[i + 8]]);
            return Some((u32::from(w), u32::from(h)));
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid 2 x 1 pixel PNG, made here.
    pub(crate) fn tiny_png() -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend_from_slice(&2u32.to_be_bytes());
        b.extend_from_slice(&1u32.to_be_bytes());
        b.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn png_and_jpeg_sizes_are_read() {
        let logo = Logo::from_bytes(tiny_png(), "logo.png").unwrap();
        assert_eq!(
            (logo.format, logo.width, logo.height),
            (ImageFormat::Png, 2, 1)
        );
        // SOI, an APP0 segment of length 4, then SOF0 with height 3 and width 5.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 3, 0, 5, 1, 0, 0, 0,
        ];
        let logo = Logo::from_bytes(jpeg.to_vec(), "logo.jpg").unwrap();
        assert_eq!(
            (logo.format, logo.width, logo.height),
            (ImageFormat::Jpeg, 5, 3)
        );
    }

    #[test]
    fn a_logo_crosses_ipc_as_base64_and_comes_back_whole() {
        let logo = Logo::from_bytes(tiny_png(), "logo.png").unwrap();
        let json = serde_json::to_string(&logo).unwrap();
        assert!(json.contains(r#""bytes":"iVBORw0KGgo"#), "{json}");
        assert_eq!(serde_json::from_str::<Logo>(&json).unwrap(), logo);
    }

    #[test]
    fn a_logo_file_over_5_mb_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.png");
        let mut big = tiny_png();
        big.resize(MAX_LOGO_BYTES + 10, 0);
        std::fs::write(&path, big).unwrap();
        assert!(Logo::read_file(&path)
            .unwrap_err()
            .to_string()
            .contains("5 MB"));
        std::fs::write(&path, tiny_png()).unwrap();
        assert_eq!(Logo::read_file(&path).unwrap().width, 2);
    }

    #[test]
    fn anything_else_is_refused_with_its_name() {
        for bad in [
            &b"GIF89a......................"[..],
            b"",
            b"\xFF\xD8\xFF",
            b"%PDF-1.7",
        ] {
            let err = Logo::from_bytes(bad.to_vec(), "crest.gif").unwrap_err();
            assert!(err.to_string().contains("crest.gif"), "{err}");
        }
        let huge = vec![0u8; MAX_LOGO_BYTES + 1];
        assert!(Logo::from_bytes(huge, "big.png")
            .unwrap_err()
            .to_string()
            .contains("5 MB"));
    }
}
