//! What docx-rs cannot express, added in one place after it has packed the document:
//! every XML part put into the schema's element order ([`order`]), the file's title, author
//! and language (`docProps/core.xml`), en-GB as the language of all text, a theme, alt text
//! on pictures, JPEG logos named as JPEG (docx-rs names every image `.png`), and body markup
//! written without docx-rs appended with its links (see [`Finish::body`]). Each patch
//! looks for what docx-rs writes and fails as [`Error::Docx`] when it is not there, so an
//! upgrade of docx-rs that changes its output is caught by the tests rather than shipped.

use std::io::{Cursor, Read, Write};

use chrono::NaiveDate;

use super::order;
use super::xml::{self, Element, Node};
use crate::{Error, Result};

/// What to put into the finished document.
pub struct Finish<'a> {
    /// The document's title property.
    pub title: &'a str,
    /// The document's author property.
    pub author: &'a str,
    /// The day the document was made.
    pub today: NaiveDate,
    /// Alt text for the pictures, in order; empty when there are none.
    pub alt_texts: &'a [String],
    /// WordprocessingML to append to the body after what docx-rs wrote: whole paragraphs
    /// and tables, their children in the schema's order, text escaped; empty for none.
    pub body: &'a str,
    /// The external addresses `body`'s hyperlinks refer to, the `n`th (from 0) by the
    /// relationship id [`link_id`]`(n)`.
    pub links: &'a [String],
}

/// The language of the documents.
pub const LANGUAGE: &str = "en-GB";

const THEME_PART: &str = "word/theme/theme1.xml";
const THEME_TYPE: &str = "application/vnd.openxmlformats-officedocument.theme+xml";
const THEME_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const HYPERLINK_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/// Rewrites the parts of a packed docx-rs document.
pub fn finish(packed: &[u8], f: &Finish) -> Result<Vec<u8>> {
    let mut parts = read_zip(packed)?;
    let jpegs: Vec<String> = parts
        .iter()
        .filter(|(n, b)| n.starts_with("word/media/") && b.starts_with(&[0xFF, 0xD8]))
        .map(|(n, _)| n.trim_start_matches("word/").to_string())
        .collect();
    for (name, bytes) in parts.iter_mut() {
        if name == "docProps/core.xml" {
            *bytes = core_properties(f).into_bytes();
            continue;
        }
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            if jpegs.iter().any(|j| name.ends_with(j.as_str())) {
                *name = name.replace(".png", ".jpeg");
            }
            continue;
        }
        let mut part = xml::parse(bytes).ok_or_else(|| missing(name, "well-formed XML"))?;
        order::normalise(&mut part.root);
        match name.as_str() {
            "word/styles.xml" => styles(&mut part.root)
                .ok_or_else(|| missing(name, "w:rPrDefault and a Normal style"))?,
            "word/document.xml" => alt_texts(&mut part.root, f.alt_texts)
                .ok_or_else(|| missing(name, "a wp:docPr for each picture"))?,
            "word/_rels/document.xml.rels" => relationships(&mut part.root, &jpegs, f.links),
            "[Content_Types].xml" => part.root.children.push(Node::Element(
                Element::new("Override")
                    .attr("PartName", &format!("/{THEME_PART}"))
                    .attr("ContentType", THEME_TYPE),
            )),
            _ => {}
        }
        *bytes = xml::write(&part);
        if name == "word/document.xml" && !f.body.is_empty() {
            *bytes = append_body(bytes, f.body)
                .ok_or_else(|| missing(name, "a w:body ending in w:sectPr"))?;
        }
    }
    parts.push((THEME_PART.to_string(), include_bytes!("theme.xml").to_vec()));
    write_zip(&parts)
}

fn missing(part: &str, what: &str) -> Error {
    Error::Docx(format!(
        "{part} does not have {what} as expected (has docx-rs changed?)"
    ))
}

/// en-GB for all text, so Word checks spelling in British English; and Normal marked as
/// the default paragraph style, which docx-rs does not do.
fn styles(styles: &mut Element) -> Option<()> {
    let rpr = styles
        .child_mut("w:docDefaults")?
        .child_mut("w:rPrDefault")?
        .child_mut("w:rPr")?;
    let lang = Element::new("w:lang")
        .attr("w:val", LANGUAGE)
        .attr("w:eastAsia", LANGUAGE)
        .attr("w:bidi", "ar-SA");
    rpr.children.push(Node::Element(lang));
    order::normalise(rpr);
    let normal = styles.elements_mut().find(|e| {
        e.name() == "w:style" && e.attr_value("w:styleId").as_deref() == Some("Normal")
    })?;
    normal.remove_attr("w:default");
    *normal = std::mem::replace(normal, Element::new("w:style")).attr("w:default", "1");
    Some(())
}

/// `descr` on each picture's `wp:docPr`, which screen readers announce.
fn alt_texts(el: &mut Element, alts: &[String]) -> Option<()> {
    fn walk<'a>(el: &'a mut Element, found: &mut Vec<&'a mut Element>) {
        for child in el.elements_mut() {
            if child.name() == "wp:docPr" {
                found.push(child);
            } else {
                walk(child, found);
            }
        }
    }
    let mut found = Vec::new();
    walk(el, &mut found);
    if found.len() != alts.len() {
        return None;
    }
    for (doc_pr, alt) in found.into_iter().zip(alts) {
        let with = std::mem::replace(doc_pr, Element::new("wp:docPr")).attr("descr", alt);
        *doc_pr = with;
    }
    Some(())
}

/// `document` with `body` as the last of its body's content, before the body's section
/// properties (the last `w:sectPr`, as docx-rs writes it). Spliced into the written part
/// rather than parsed into the tree: the body may run to megabytes, already in order.
fn append_body(document: &[u8], body: &str) -> Option<Vec<u8>> {
    let at = document.windows(9).rposition(|w| w == b"<w:sectPr")?;
    let mut out = Vec::with_capacity(document.len() + body.len());
    out.extend_from_slice(&document[..at]);
    out.extend_from_slice(body.as_bytes());
    out.extend_from_slice(&document[at..]);
    Some(out)
}

/// The theme relationship, JPEG targets renamed, and the body's own links.
fn relationships(rels: &mut Element, jpegs: &[String], links: &[String]) {
    for rel in rels.elements_mut() {
        if let Some(target) = rel.attr_value("Target").filter(|t| jpegs.contains(t)) {
            rel.remove_attr("Target");
            let renamed = std::mem::replace(rel, Element::new("Relationship"))
                .attr("Target", &target.replace(".png", ".jpeg"));
            *rel = renamed;
        }
    }
    rels.children.push(Node::Element(
        Element::new("Relationship")
            .attr("Id", "rIdPccTheme1")
            .attr("Type", THEME_REL)
            .attr("Target", "theme/theme1.xml"),
    ));
    for (n, link) in links.iter().enumerate() {
        rels.children.push(Node::Element(
            Element::new("Relationship")
                .attr("Id", &link_id(n))
                .attr("Type", HYPERLINK_REL)
                .attr("Target", link)
                .attr("TargetMode", "External"),
        ));
    }
}

/// The relationship id of the `n`th (from 0) of [`Finish::links`].
pub fn link_id(n: usize) -> String {
    format!("rIdPccLink{}", n + 1)
}

/// The core properties: title, author, language, dates.
fn core_properties(f: &Finish) -> String {
    let when = format!("{}T00:00:00Z", f.today.format("%Y-%m-%d"));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>{LANGUAGE}</dc:language><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#,
        title = escape(f.title),
        author = escape(f.author),
    )
}

/// Escapes text for an XML attribute or element.
pub fn escape(text: &str) -> String {
    let (safe, _) = super::clean::xml_safe(text);
    safe.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn read_zip(packed: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
    let zip_err = |e: zip::result::ZipError| Error::Docx(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(packed)).map_err(zip_err)?;
    let mut parts = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(zip_err)?;
        if file.is_dir() {
            continue;
        }
        let mut bytes = Vec::with_capacity(file.size() as usize);
        file.read_to_end(&mut bytes)
            .map_err(|e| Error::Docx(e.to_string()))?;
        parts.push((file.name().to_string(), bytes));
    }
    Ok(parts)
}

/// The size from which a part is packed at the fastest level.
const FAST_PACKING_FROM: usize = 1 << 20;

fn write_zip(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    let zip_err = |e: zip::result::ZipError| Error::Docx(e.to_string());
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // [Content_Types].xml first, as Word and other readers prefer.
    let mut ordered: Vec<&(String, Vec<u8>)> = parts.iter().collect();
    ordered.sort_by_key(|(n, _)| n != "[Content_Types].xml");
    for (name, bytes) in ordered {
        // A part of megabytes (a long report's body) is packed fast rather than small: the
        // smallest setting takes several times as long for a file a little smaller.
        let options = match bytes.len() > FAST_PACKING_FROM {
            true => options.compression_level(Some(1)),
            false => options,
        };
        zip.start_file(name.as_str(), options).map_err(zip_err)?;
        zip.write_all(bytes)
            .map_err(|e| Error::Docx(e.to_string()))?;
    }
    Ok(zip.finish().map_err(zip_err)?.into_inner())
}
