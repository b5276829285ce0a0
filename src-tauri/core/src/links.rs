//! Which link addresses may reach a document. A Word document or web page opens its links
//! when clicked, so only addresses that open a web page or an email are kept as links:
//! `https:`, `http:` and `mailto:`. An address typed without its scheme
//! (`www.justiceinspectorates.gov.uk/...`) gains `https://`, since a relative link in a
//! document opens nothing. Anything else (`javascript:`, `file:`, `data:`, a relative path)
//! is refused: its words stay as plain text and the checks say so.
//!
//! This is the one place the rule lives: the editor asks it (the `resolve_links` command)
//! when a link is typed, pasted or loaded, and the document and preview writers ask it for
//! every link they print.

/// The schemes a link may have.
pub const ALLOWED_SCHEMES: [&str; 3] = ["https", "http", "mailto"];

/// The address to print for `href`, or `None` when it is refused and its words are to be
/// printed as plain text.
pub fn resolve(href: &str) -> Option<String> {
    let href = href.trim();
    // A space inside an address with a scheme is written as %20 in the document; without a
    // scheme, words with spaces are not an address at all.
    if href.is_empty() || href.chars().any(char::is_control) {
        return None;
    }
    match scheme(href) {
        Some(s) if ALLOWED_SCHEMES.contains(&s.to_ascii_lowercase().as_str()) => {
            let rest = &href[s.len() + 1..];
            // "https:example.org" or "mailto:" alone opens nothing.
            let usable = if s.eq_ignore_ascii_case("mailto") {
                rest.contains('@')
            } else {
                rest.starts_with("//") && rest.len() > 2
            };
            usable.then(|| href.to_string())
        }
        Some(_) => None,
        None if href.contains(char::is_whitespace) => None,
        None if is_bare_domain(href) => Some(format!("https://{href}")),
        None if is_email(href) => Some(format!("mailto:{href}")),
        None => None,
    }
}

/// Why a refused address is printed as plain text, for the checks.
pub fn refusal(href: &str) -> String {
    let shown: String = href.trim().chars().take(80).collect();
    format!(
        "The link to “{shown}” cannot work in a document, so its words print as plain \
         text. Use a web address (https://…) or an email address."
    )
}

/// The scheme of `href` ("https" of "https://..."), if it has one: letters first, then
/// letters, digits, `+`, `-` or `.`, then a colon. "www.example.org:8080" has none.
fn scheme(href: &str) -> Option<&str> {
    let colon = href.find(':')?;
    let s = &href[..colon];
    let mut chars = s.chars();
    let well_formed = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    (well_formed && !s.contains('.')).then_some(s)
}

/// Endings of file names, which a bare "report.html" has; no country or generic top-level
/// domain in use is one of them.
const FILE_ENDINGS: &[&str] = &[
    "htm", "html", "pdf", "doc", "docx", "odt", "txt", "rtf", "xml", "json", "php", "asp", "aspx",
    "jsp", "png", "jpg", "jpeg", "gif",
];

/// "www.justiceinspectorates.gov.uk/..." or "example.org": a host name of at least two
/// labels, the last of letters only and not a file's ending, before any path.
fn is_bare_domain(href: &str) -> bool {
    let host = href.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.len() >= 2
                && tld.chars().all(char::is_alphabetic)
                && !FILE_ENDINGS.contains(&tld.to_ascii_lowercase().as_str())
        })
}

/// "office@example.org": one `@` with a domain after it.
fn is_email(href: &str) -> bool {
    match href.split_once('@') {
        Some((user, domain)) => !user.is_empty() && !domain.contains('@') && is_bare_domain(domain),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_and_email_addresses_are_kept_as_they_are() {
        for href in [
            "https://www.justiceinspectorates.gov.uk/hmicfrs/peel",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/A?b=c#d",
            "mailto:office@example.org",
            "https://example.org/a b",
        ] {
            assert_eq!(resolve(href).as_deref(), Some(href), "{href}");
        }
        assert_eq!(
            resolve("  https://example.org  ").as_deref(),
            Some("https://example.org")
        );
    }

    #[test]
    fn a_bare_domain_gains_https_and_a_bare_email_mailto() {
        for (href, resolved) in [
            (
                "www.justiceinspectorates.gov.uk/hmicfrs/peel-2024",
                "https://www.justiceinspectorates.gov.uk/hmicfrs/peel-2024",
            ),
            ("example.org", "https://example.org"),
            ("www.example.org:8080/x", "https://www.example.org:8080/x"),
            ("office@example.org", "mailto:office@example.org"),
        ] {
            assert_eq!(resolve(href).as_deref(), Some(resolved), "{href}");
        }
    }

    #[test]
    fn anything_that_runs_or_opens_nothing_is_refused() {
        for href in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///C:/Windows/system32",
            "report.html",
            "../report",
            "/hmicfrs",
            "#top",
            "",
            "https:",
            "https:example.org",
            "mailto:",
            "www.example.org/a b",
            "1.2",
        ] {
            assert_eq!(resolve(href), None, "{href:?}");
        }
    }

    #[test]
    fn a_refusal_names_the_address_and_what_to_use() {
        assert_eq!(
            refusal("javascript:alert(1)"),
            "The link to “javascript:alert(1)” cannot work in a document, so its words print \
             as plain text. Use a web address (https://…) or an email address."
        );
    }
}
