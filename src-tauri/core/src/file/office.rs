//! The office file, `pcc-office` version 1: the office settings as JSON, with the logo and
//! the PCC's signature as image files beside it. `docs/response-file.md` describes it field
//! by field.
//!
//! `signature` came after the first release of version 1. It is optional and written only
//! when the office has a signature, so a file without one is exactly what earlier versions
//! of the app wrote and read; the version number stays 1.

use std::io::Read;
use std::path::Path;

use serde_json::{json, Value};

use super::fields::{expected, text, Fields};
use super::{parse, pretty, read_text, Header};
use crate::office::MAX_LOGO_BYTES;
use crate::{DeadlineRule, Error, ImageUse, Logo, Office, Result};

const HEADER: Header = Header {
    format: "pcc-office",
    version: 1,
    what: "a PCC office settings file",
};

const FIELDS: &[&str] = &[
    "format",
    "version",
    "pcc_name",
    "area",
    "force",
    "office_name",
    "address",
    "telephone",
    "email",
    "web",
    "logo",
    "signature",
    "statutory_statement",
    "checklist_items",
    "addressees",
    "salutation",
    "deadline_rule",
];

/// Reads an office file's text. `logo` and `signature` are each null (or missing) or the path
/// of a PNG or JPEG image, relative to `base_dir` (the folder of the office file); the image
/// is read into the settings.
/// Blank, null or missing text reads as "", and null or missing settings as the defaults.
///
/// Errors: [`Error::Json`], [`Error::Invalid`] and [`Error::NewerVersion`] as for
/// [`read_response`](super::read_response); for `logo` and `signature`, [`Error::Invalid`]
/// at the field when the image cannot be read (naming the file and why) and
/// [`Error::NotAnImage`], naming the file and which image, when it is not a PNG or JPEG.
pub fn read_office(json: &str, base_dir: &Path) -> Result<Office> {
    let value = parse(json)?;
    HEADER.check(&value)?;
    let file = Fields::new(String::new(), &value, FIELDS)?;
    let deadline_rule = || r#""published+56", "statutory""#.to_string();
    Ok(Office {
        pcc_name: file.text("pcc_name")?,
        area: file.text("area")?,
        force: file.text("force")?,
        office_name: file.text("office_name")?,
        address: file.list("address", text)?,
        telephone: file.text("telephone")?,
        email: file.text("email")?,
        web: file.text("web")?,
        logo: image(&file, base_dir, ImageUse::Logo)?,
        signature: image(&file, base_dir, ImageUse::Signature)?,
        statutory_statement: file.opt_text("statutory_statement")?,
        checklist_items: file.opt_list("checklist_items", text)?,
        addressees: file.opt_list("addressees", text)?,
        salutation: file.opt_text("salutation")?,
        deadline_rule: file
            .opt_word("deadline_rule", DeadlineRule::parse, deadline_rule)?
            .unwrap_or_default(),
    })
}

/// Reads the office file at `path`, with its logo relative to the file's folder.
///
/// Errors: those of [`read_office`], and [`Error::Io`] when the file cannot be read or is
/// not UTF-8 text.
pub fn read_office_file(path: &Path) -> Result<Office> {
    let base_dir = path.parent().unwrap_or(Path::new(""));
    read_office(&read_text(path)?, base_dir)
}

/// The names under which the office's images are written beside an office file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImageFiles<'a> {
    /// The logo's file name.
    pub logo: Option<&'a str>,
    /// The signature's file name.
    pub signature: Option<&'a str>,
}

/// The office settings as an office file, keys in the order `docs/response-file.md` gives.
/// `logo` is written as `files.logo` when the office has a logo (the caller writes the image
/// there), and null otherwise. `signature` is written as `files.signature` when the office
/// has a signature and left out otherwise, so that a file without one stays readable by
/// earlier versions. The default deadline rule is written as null, as settings left to the
/// defaults are.
pub fn write_office(office: &Office, files: ImageFiles<'_>) -> String {
    let o = office;
    let deadline_rule = match o.deadline_rule {
        DeadlineRule::PublishedPlus56 => None,
        rule => Some(rule.as_str()),
    };
    let mut value = json!({
        "format": HEADER.format,
        "version": HEADER.version,
        "pcc_name": o.pcc_name,
        "area": o.area,
        "force": o.force,
        "office_name": o.office_name,
        "address": o.address,
        "telephone": o.telephone,
        "email": o.email,
        "web": o.web,
        "logo": o.logo.as_ref().and(files.logo),
        "signature": o.signature.as_ref().and(files.signature),
        "statutory_statement": o.statutory_statement,
        "checklist_items": o.checklist_items,
        "addressees": o.addressees,
        "salutation": o.salutation,
        "deadline_rule": deadline_rule,
    });
    if let Some(map) = value.as_object_mut().filter(|m| m["signature"].is_null()) {
        map.retain(|key, _| key != "signature");
    }
    pretty(&value)
}

/// Saves the office settings as the office file `path` and, beside it, the logo as
/// `<stem>-logo.png` (or `.jpg`) and the signature as `<stem>-signature.png` (or `.jpg`)
/// when the office has them, replacing any files of those names.
///
/// Errors: [`Error::Io`] naming the file that could not be written.
pub fn save_office(office: &Office, path: &Path) -> Result<()> {
    let logo = save_image(office.logo.as_ref(), path, ImageUse::Logo)?;
    let signature = save_image(office.signature.as_ref(), path, ImageUse::Signature)?;
    let files = ImageFiles {
        logo: logo.as_deref(),
        signature: signature.as_deref(),
    };
    let json = write_office(office, files);
    std::fs::write(path, json).map_err(|e| Error::io(path, e))
}

/// Writes `image` beside the office file `path` as `<stem>-<field>.<extension>`, and gives
/// that name; `None` when there is no image.
fn save_image(image: Option<&Logo>, path: &Path, used: ImageUse) -> Result<Option<String>> {
    let Some(image) = image else {
        return Ok(None);
    };
    let stem = path
        .file_stem()
        .map_or("office".into(), |s| s.to_string_lossy());
    let name = format!("{stem}-{}.{}", used.field(), image.format.extension());
    let image_path = path.with_file_name(&name);
    std::fs::write(&image_path, &image.bytes).map_err(|e| Error::io(&image_path, e))?;
    Ok(Some(name))
}

/// The image a field names: none when the field is null or missing, else the file read as
/// `used`.
fn image(file: &Fields<'_>, base_dir: &Path, used: ImageUse) -> Result<Option<Logo>> {
    match file.get(used.field()) {
        None => Ok(None),
        Some(Value::String(name)) if !name.is_empty() => load_image(base_dir, name, used).map(Some),
        Some(other) => {
            let what = "the name of a PNG or JPEG file, or null";
            Err(Error::invalid(used.field(), expected(what, Some(other))))
        }
    }
}

/// Reads the image `name`, relative to `base_dir`; no more than one byte over the largest
/// image allowed is read, so that [`Logo::from_bytes_as`] can refuse a huge file cheaply.
fn load_image(base_dir: &Path, name: &str, used: ImageUse) -> Result<Logo> {
    let path = base_dir.join(name);
    let mut bytes = Vec::new();
    let limit = MAX_LOGO_BYTES as u64 + 1;
    std::fs::File::open(&path)
        .and_then(|f| f.take(limit).read_to_end(&mut bytes))
        .map_err(|e| {
            let problem = format!("the image could not be read. {}", Error::io(&path, e));
            Error::invalid(used.field(), problem)
        })?;
    Logo::from_bytes_as(bytes, name, used)
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::office::tests::tiny_png;

    fn norfolk() -> Value {
        json!({
            "format": "pcc-office", "version": 1,
            "pcc_name": "Sarah Taylor", "area": "Norfolk", "force": "Norfolk Constabulary",
            "office_name": "Office of the Police & Crime Commissioner for Norfolk",
            "address": ["Jubilee House", "Falconers Chase", "Wymondham", "NR18 0WW"],
            "telephone": "01953 424455", "email": "opccn@norfolk.police.uk",
            "web": "norfolk-pcc.gov.uk", "logo": null, "statutory_statement": null,
            "checklist_items": null, "addressees": null, "salutation": null,
            "deadline_rule": null,
        })
    }

    fn read(file: &Value, dir: &Path) -> Result<Office> {
        read_office(&file.to_string(), dir)
    }

    fn refused_at(file: &Value, field: &str) -> String {
        match read(file, Path::new(".")) {
            Err(Error::Invalid { field: f, problem }) if f == field => problem,
            other => panic!("expected an error at {field}, got {other:?}"),
        }
    }

    #[test]
    fn an_office_file_reads_and_writes_back_unchanged() {
        let office = read(&norfolk(), Path::new(".")).unwrap();
        assert_eq!(office.pcc_name, "Sarah Taylor");
        assert_eq!(office.address.len(), 4);
        assert_eq!(
            (office.logo.as_ref(), office.deadline_rule),
            (None, DeadlineRule::default())
        );
        let files = ImageFiles {
            logo: Some("ignored-without-a-logo.png"),
            signature: Some("ignored-without-a-signature.png"),
        };
        let written = write_office(&office, files);
        assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), norfolk());
        assert!(written.starts_with("{\n  \"format\": \"pcc-office\",\n  \"version\": 1,\n"));

        let mut file = norfolk();
        file["deadline_rule"] = json!("statutory");
        file["checklist_items"] = json!(["Sent."]);
        file["salutation"] = json!("Dear all");
        let office = read(&file, Path::new(".")).unwrap();
        assert_eq!(office.deadline_rule, DeadlineRule::Statutory);
        let written = write_office(&office, ImageFiles::default());
        let written: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(written, file);
    }

    #[test]
    fn a_logo_is_saved_beside_the_file_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut office = read(&norfolk(), dir.path()).unwrap();
        office.logo = Some(Logo::from_bytes(tiny_png(), "crest.png").unwrap());
        let path = dir.path().join("norfolk.json");
        save_office(&office, &path).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("norfolk-logo.png")).unwrap(),
            tiny_png()
        );
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(file["logo"], "norfolk-logo.png");
        assert_eq!(read_office_file(&path).unwrap(), office);
    }

    #[test]
    fn a_signature_is_saved_beside_the_file_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut office = read(&norfolk(), dir.path()).unwrap();
        let path = dir.path().join("norfolk.json");
        save_office(&office, &path).unwrap();
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            file,
            norfolk(),
            "no signature, no key: earlier versions read it"
        );

        office.signature =
            Some(Logo::from_bytes_as(tiny_png(), "s.png", ImageUse::Signature).unwrap());
        save_office(&office, &path).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("norfolk-signature.png")).unwrap(),
            tiny_png()
        );
        assert!(!dir.path().join("norfolk-logo.png").exists());
        let text = std::fs::read_to_string(&path).unwrap();
        let file: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            (&file["logo"], &file["signature"]),
            (&Value::Null, &json!("norfolk-signature.png"))
        );
        assert!(text.contains("\"logo\": null,\n  \"signature\": \"norfolk-signature.png\",\n"));
        let back = read_office_file(&path).unwrap();
        assert_eq!(back, office);
        assert_eq!(back.logo, None);
    }

    #[test]
    fn a_signature_that_is_not_an_image_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = norfolk();
        file["signature"] = json!("signed.png");
        let err = read(&file, dir.path()).unwrap_err();
        let Error::Invalid { field, problem } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(field, "signature");
        assert!(problem.contains("signed.png does not exist."), "{problem}");
        std::fs::write(dir.path().join("signed.png"), b"%PDF-1.7\n").unwrap();
        let err = read(&file, dir.path()).unwrap_err();
        assert!(
            matches!(&err, Error::NotAnImage { image: ImageUse::Signature, name } if name == "signed.png"),
            "{err:?}"
        );
        assert!(err
            .to_string()
            .starts_with("The signature signed.png is not a PNG or JPEG"));
        for bad in [json!(""), json!(true)] {
            file["signature"] = bad;
            assert!(refused_at(&file, "signature").contains("the name of a PNG or JPEG file"));
        }
        file["signature"] = Value::Null;
        assert_eq!(read(&file, dir.path()).unwrap().signature, None);
    }

    #[test]
    fn a_logo_that_cannot_be_read_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = norfolk();
        file["logo"] = json!("crest.png");
        let err = read(&file, dir.path()).unwrap_err();
        let Error::Invalid { field, problem } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(field, "logo");
        assert!(problem.contains("crest.png does not exist."), "{problem}");
        std::fs::write(dir.path().join("crest.png"), b"GIF89a").unwrap();
        let err = read(&file, dir.path()).unwrap_err();
        assert!(
            matches!(&err, Error::NotAnImage { image: ImageUse::Logo, name } if name == "crest.png"),
            "{err:?}"
        );
        for bad in [json!(""), json!(42), json!(["crest.png"])] {
            file["logo"] = bad;
            assert!(refused_at(&file, "logo").contains("the name of a PNG or JPEG file"));
        }
    }

    #[test]
    fn bad_office_files_are_refused_by_field() {
        let change = |key: &str, v: Value| {
            let mut file = norfolk();
            file[key] = v;
            file
        };
        let problem = refused_at(&change("deadline_rule", json!("56 days")), "deadline_rule");
        assert_eq!(
            problem,
            r#"expected one of "published+56", "statutory", found "56 days""#
        );
        assert!(refused_at(&change("pcc_nmae", json!("")), "pcc_nmae").contains("unknown field"));
        refused_at(&change("address", json!("Jubilee House")), "address");
        refused_at(&change("addressees", json!(["ok", 1])), "addressees[1]");
        refused_at(&change("pcc_name", json!(7)), "pcc_name");
        let problem = refused_at(&change("format", json!("pcc-responses")), "format");
        assert!(
            problem.starts_with("this is not a PCC office settings file"),
            "{problem}"
        );
        let response = read(&change("format", json!("pcc-response")), Path::new("."));
        assert!(matches!(
            response,
            Err(Error::OtherKindOfFile {
                found: "pcc-response"
            })
        ));
        let err = read(&change("version", json!(3)), Path::new(".")).unwrap_err();
        assert!(matches!(
            err,
            Error::NewerVersion {
                format: "pcc-office",
                found: 3,
                ..
            }
        ));
    }

    #[test]
    fn an_office_file_that_is_not_utf8_is_refused_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("office.json");
        std::fs::write(&path, b"{\"pcc_name\": \"\xc3\x28\"}").unwrap();
        let err = read_office_file(&path).unwrap_err();
        assert!(err.to_string().contains("it is not UTF-8 text"), "{err}");
    }
}
