//! The letter, for short responses: letterhead with the office logo,
//! addressees, date, salutation, bold subject line, the PCC's response as the body, and the
//! close with space to sign.

use docx_rs::*;

use super::builder::{Builder, Look};
use crate::checks::Section;
use crate::dates;
use crate::model::{Letter, Response};
use crate::office::{Logo, Office};

/// EMUs in a centimetre.
const EMU_PER_CM: u32 = 360_000;

/// The letter's subject line: the one it was given, or the standard one.
pub fn subject(r: &Response, office: &Office) -> String {
    let given = r
        .letter
        .as_ref()
        .and_then(|l| l.subject.as_deref())
        .map(str::trim);
    match given.filter(|s| !s.is_empty()) {
        Some(s) => s.to_string(),
        None => {
            // A detail not set yet is left out, never printed as a gap.
            let from = match office.pcc_name.trim() {
                "" => format!("the {}", office.pcc_title()),
                name => format!("{name}, {}", office.pcc_title()),
            };
            let report = match r.inspection.title.trim() {
                "" => String::new(),
                title => format!(" \u{201C}{title}\u{201D}"),
            };
            format!("Response from {from} to the HMICFRS report{report}")
        }
    }
}

/// Writes the whole letter.
pub fn write(b: &mut Builder, r: &Response, office: &Office) {
    let none = Letter {
        date: None,
        addressees: None,
        salutation: None,
        subject: None,
    };
    let letter = r.letter.as_ref().unwrap_or(&none);

    b.section(Section::Letter);
    letterhead(b, office);

    let addressees = match &letter.addressees {
        Some(list) if !list.is_empty() => list.clone(),
        _ => office.addressees(),
    };
    let last = addressees.len().saturating_sub(1);
    for (i, name) in addressees.iter().enumerate() {
        let p = b
            .text(name, Look::PLAIN)
            .line_spacing(tight(if i == last { 240 } else { 0 }));
        b.add(p);
    }

    if let Some(date) = letter.date {
        let p = b
            .text(&dates::letter(date), Look::PLAIN)
            .line_spacing(tight(240));
        b.add(p);
    }
    let salutation = match letter.salutation.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => office.salutation().to_string(),
    };
    let p = b.text(&salutation, Look::PLAIN);
    b.add(p);
    let p = b.text(&subject(r, office), Look::BOLD);
    b.add(p);

    b.section(Section::PccResponse);
    b.rich(&r.pcc_response);

    b.section(Section::Letter);
    let p = b
        .text("Yours sincerely,", Look::PLAIN)
        .keep_next(true)
        .line_spacing(tight(1200));
    b.add(p);
    let p = b
        .text(&office.pcc_name, Look::BOLD)
        .keep_next(true)
        .line_spacing(tight(0));
    b.add(p);
    let p = b.text(&office.pcc_title(), Look::PLAIN);
    b.add(p);
}

/// Spacing after a paragraph, in twips, with no gap added before.
fn tight(after: u32) -> LineSpacing {
    LineSpacing::new().before(0).after(after)
}

/// Logo, office name, address and contact details, right-aligned.
fn letterhead(b: &mut Builder, office: &Office) {
    if let Some(logo) = &office.logo {
        let pic = picture(logo);
        b.add(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().add_image(pic)),
        );
    }
    let mut lines: Vec<(String, Look)> = vec![(office.office_name.clone(), Look::BOLD)];
    lines.extend(office.address.iter().map(|l| (l.clone(), Look::PLAIN)));
    for (label, value) in [
        ("Telephone", &office.telephone),
        ("Email", &office.email),
        ("Web", &office.web),
    ] {
        if !value.trim().is_empty() {
            lines.push((format!("{label}: {value}"), Look::PLAIN));
        }
    }
    let last = lines.len().saturating_sub(1);
    for (i, (text, look)) in lines.iter().enumerate() {
        let p = b
            .text(text, *look)
            .align(AlignmentType::Right)
            .line_spacing(tight(if i == last { 480 } else { 0 }));
        b.add(p);
    }
}

/// The logo scaled to fit 5 cm by 2.5 cm, keeping its shape.
pub(crate) fn picture(logo: &Logo) -> Pic {
    let (max_w, max_h) = (5.0 * EMU_PER_CM as f64, 2.5 * EMU_PER_CM as f64);
    let (w, h) = (f64::from(logo.width), f64::from(logo.height));
    let scale = (max_w / w).min(max_h / h);
    Pic::new_with_dimensions(logo.bytes.clone(), logo.width, logo.height)
        .size((w * scale).round() as u32, (h * scale).round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DocumentKind;

    #[test]
    fn the_standard_subject_leaves_out_what_is_not_set_yet() {
        let r = Response::new(DocumentKind::Letter, &[]);
        assert_eq!(
            subject(&r, &Office::unset()),
            "Response from the Police and Crime Commissioner to the HMICFRS report"
        );
        let mut office = Office::unset();
        office.pcc_name = "Alex Example".into();
        office.area = "Wessex".into();
        let mut r = r;
        r.inspection.title = "Custody thematic".into();
        assert_eq!(
            subject(&r, &office),
            "Response from Alex Example, Police and Crime Commissioner for Wessex to the \
             HMICFRS report \u{201C}Custody thematic\u{201D}"
        );
    }
}
