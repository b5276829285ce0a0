//! A small element tree over quick-xml, just enough to rearrange the parts docx-rs writes:
//! elements keep their start tags (names and attributes byte for byte), text keeps its
//! escaping, and writing the tree back gives the same document with the changes made.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

/// An element and what is inside it.
#[derive(Debug, Clone)]
pub struct Element {
    /// The start tag, with the element's name and attributes.
    pub start: BytesStart<'static>,
    /// Children in document order.
    pub children: Vec<Node>,
}

/// A child of an element.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text, comments and anything else, kept as read.
    Other(Event<'static>),
}

/// A parsed part: what comes before the root (the XML declaration), and the root.
pub struct Part {
    prolog: Vec<Event<'static>>,
    /// The root element.
    pub root: Element,
}

impl Element {
    /// A new element with no attributes and no children.
    pub fn new(name: &str) -> Self {
        Element {
            start: BytesStart::new(name.to_string()),
            children: Vec::new(),
        }
    }

    /// The qualified name, e.g. `w:pPr`.
    pub fn name(&self) -> &str {
        std::str::from_utf8(self.start.name().into_inner()).unwrap_or("")
    }

    /// The element children.
    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Other(_) => None,
        })
    }

    /// The first child element called `name`.
    pub fn child_mut(&mut self, name: &str) -> Option<&mut Element> {
        self.elements_mut().find(|e| e.name() == name)
    }

    /// Adds an attribute.
    pub fn attr(mut self, key: &str, value: &str) -> Self {
        self.start.push_attribute((key, value));
        self
    }

    /// The value of the attribute `key`, as written (not unescaped).
    pub fn attr_value(&self, key: &str) -> Option<String> {
        let a = self.start.try_get_attribute(key).ok()??;
        Some(String::from_utf8_lossy(&a.value).into_owned())
    }

    /// Removes the attribute `key`, if present.
    pub fn remove_attr(&mut self, key: &str) {
        let name = self.name().to_string();
        let kept: Vec<(Vec<u8>, Vec<u8>)> = self
            .start
            .attributes()
            .flatten()
            .filter(|a| a.key.as_ref() != key.as_bytes())
            .map(|a| (a.key.as_ref().to_vec(), a.value.to_vec()))
            .collect();
        let mut start = BytesStart::new(name);
        for (k, v) in &kept {
            start.push_attribute(quick_xml::events::attributes::Attribute {
                key: quick_xml::name::QName(k),
                value: v.as_slice().into(),
            });
        }
        self.start = start;
    }
}

/// Parses a part; `None` if it is not well-formed.
pub fn parse(bytes: &[u8]) -> Option<Part> {
    let mut reader = Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut prolog = Vec::new();
    let mut stack: Vec<Element> = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).ok()?.into_owned();
        buf.clear();
        match event {
            Event::Start(start) => stack.push(Element {
                start,
                children: Vec::new(),
            }),
            Event::Empty(start) => {
                let el = Element {
                    start,
                    children: Vec::new(),
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(el)),
                    None => return Some(Part { prolog, root: el }),
                }
            }
            Event::End(_) => {
                let el = stack.pop()?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(el)),
                    None => return Some(Part { prolog, root: el }),
                }
            }
            Event::Eof => return None,
            other => match stack.last_mut() {
                Some(parent) => parent.children.push(Node::Other(other)),
                None => prolog.push(other),
            },
        }
    }
}

/// Writes a part back.
pub fn write(part: &Part) -> Vec<u8> {
    let mut w = Writer::new(Vec::new());
    for event in &part.prolog {
        let _ = w.write_event(event.borrow());
    }
    write_element(&mut w, &part.root);
    w.into_inner()
}

fn write_element(w: &mut Writer<Vec<u8>>, el: &Element) {
    // Writing to a Vec cannot fail.
    if el.children.is_empty() {
        let _ = w.write_event(Event::Empty(el.start.borrow()));
        return;
    }
    let _ = w.write_event(Event::Start(el.start.borrow()));
    for child in &el.children {
        match child {
            Node::Element(e) => write_element(w, e),
            Node::Other(event) => {
                let _ = w.write_event(event.borrow());
            }
        }
    }
    let _ = w.write_event(Event::End(el.start.to_end()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_survives_parse_and_write() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><w:a x="1 &amp; 2"><w:b/>t &lt;x&gt;<w:c y="2"><w:d/></w:c></w:a>"#;
        let part = parse(xml.as_bytes()).unwrap();
        assert_eq!(String::from_utf8(write(&part)).unwrap(), xml);
    }

    #[test]
    fn attributes_can_be_removed_and_bad_xml_is_refused() {
        let mut part = parse(br#"<a k="1" type="dxa" z="2"/>"#).unwrap();
        part.root.remove_attr("type");
        assert_eq!(write(&part), br#"<a k="1" z="2"/>"#);
        assert!(parse(b"<a><b></a>").is_none());
        assert!(parse(b"<a>").is_none());
    }
}
