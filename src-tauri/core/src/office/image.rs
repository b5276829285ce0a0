//! The office's images, the logo and the PCC's signature: one rule for both, that the bytes
//! are a PNG or JPEG of a size that can be found, at most 5 MB, whatever the file is called.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Largest logo or signature accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 5 * 1024 * 1024;

/// An image of the office, the logo or the PCC's signature: a PNG or JPEG kept as its
/// bytes, with its pixel size. Across IPC the bytes travel as base64 text.
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

/// The image formats a logo or signature may have.
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

/// What an image of the office is for: the one rule of [`Logo`] serves both, and this
/// names the field and the words its refusals use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageUse {
    /// The letterhead's logo, the office settings' `logo`.
    Logo,
    /// The PCC's signature for publishing, the office settings' `signature`.
    Signature,
}

impl ImageUse {
    /// The office settings' field that holds the image: "logo" or "signature".
    pub fn field(self) -> &'static str {
        match self {
            ImageUse::Logo => "logo",
            ImageUse::Signature => "signature",
        }
    }

    /// What the image is, in the words of a refusal: "logo" or "signature".
    fn what(self) -> &'static str {
        match self {
            ImageUse::Logo => "logo",
            ImageUse::Signature => "signature",
        }
    }

    /// What such an image needs, for the advice when one is too large.
    fn needs(self) -> &'static str {
        match self {
            ImageUse::Logo => "a letterhead needs well under 1 MB",
            ImageUse::Signature => "a signature needs well under 1 MB",
        }
    }
}

impl std::fmt::Display for ImageUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.what())
    }
}

impl Logo {
    /// Reads a PNG or JPEG file as the office logo: [`Logo::read_file_as`] for
    /// [`ImageUse::Logo`].
    pub fn read_file(path: &std::path::Path) -> Result<Logo> {
        Logo::read_file_as(path, ImageUse::Logo)
    }

    /// Reads a PNG or JPEG file for `image`, refusing anything over 5 MB without reading it
    /// all.
    ///
    /// Errors: [`Error::Io`] when the file cannot be read, and those of
    /// [`Logo::from_bytes_as`], naming the file by its name alone.
    pub fn read_file_as(path: &std::path::Path, image: ImageUse) -> Result<Logo> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_LOGO_BYTES as u64 + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::io(path, e))?;
        let name = path
            .file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy();
        Logo::from_bytes_as(bytes, &name, image)
    }

    /// Reads a PNG or JPEG from its bytes as the office logo: [`Logo::from_bytes_as`] for
    /// [`ImageUse::Logo`].
    pub fn from_bytes(bytes: Vec<u8>, name: &str) -> Result<Logo> {
        Logo::from_bytes_as(bytes, name, ImageUse::Logo)
    }

    /// Reads a PNG or JPEG from its bytes, for `image`. `name` says which file, for the
    /// error. The type is found from the bytes, never from the name, so a PDF or text file
    /// renamed `.png` is refused.
    ///
    /// Errors: [`Error::Invalid`] at `image`'s field when the bytes are over 5 MB;
    /// [`Error::NotAnImage`] naming the file and what it was for when they are neither a
    /// PNG nor a JPEG, or the image's size cannot be found.
    pub fn from_bytes_as(bytes: Vec<u8>, name: &str, image: ImageUse) -> Result<Logo> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(Error::invalid(
                image.field(),
                format!(
                    "{name} is over 5 MB, the most a {image} may be. Save a smaller copy of \
                     the image ({}) and choose that.",
                    image.needs()
                ),
            ));
        }
        let found = png_size(&bytes)
            .map(|(w, h)| (ImageFormat::Png, w, h))
            .or_else(|| jpeg_size(&bytes).map(|(w, h)| (ImageFormat::Jpeg, w, h)));
        let logo = match found {
            Some((format, width, height)) if width > 0 && height > 0 => Logo {
                bytes,
                format,
                width,
                height,
            },
            _ => {
                return Err(Error::NotAnImage {
                    image,
                    name: name.to_string(),
                })
            }
        };
        logo.check(name, image)?;
        Ok(logo)
    }

    /// Decodes the whole picture, as a PDF or a browser will, so that a file whose first
    /// bytes are sound but whose picture is damaged (a wrong checksum, cut short) is caught
    /// now rather than when the response is published.
    ///
    /// Errors: [`Error::DamagedImage`] naming `name` and what the image is for.
    pub fn check(&self, name: &str, image: ImageUse) -> Result<()> {
        let format = match self.format {
            ImageFormat::Png => image::ImageFormat::Png,
            ImageFormat::Jpeg => image::ImageFormat::Jpeg,
        };
        let reader = image::ImageReader::with_format(std::io::Cursor::new(&self.bytes), format);
        // The reader's own limits stand: a picture that would need over 512 MB to open
        // (about 15,000 pixels a side) is refused before that much is asked for.
        match reader.decode() {
            Ok(_) => Ok(()),
            Err(image::ImageError::Limits(_)) => Err(Error::invalid(
                image.field(),
                format!(
                    "{name} is {} by {} pixels, too large to open. Save a smaller copy of the \
                     image ({}) and choose that.",
                    self.width,
                    self.height,
                    image.needs()
                ),
            )),
            Err(_) => Err(Error::DamagedImage {
                image,
                name: name.to_string(),
                format: match self.format {
                    ImageFormat::Png => "PNG",
                    ImageFormat::Jpeg => "JPEG",
                },
            }),
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
mod tests {
    use super::*;
    use crate::office::tests::{tiny_jpeg, tiny_png};

    #[test]
    fn png_and_jpeg_sizes_are_read() {
        let logo = Logo::from_bytes(tiny_png(), "logo.png").unwrap();
        assert_eq!(
            (logo.format, logo.width, logo.height),
            (ImageFormat::Png, 2, 1)
        );
        let logo = Logo::from_bytes(tiny_jpeg(5, 3), "logo.jpg").unwrap();
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

    #[test]
    fn a_signature_that_is_not_an_image_is_refused_naming_the_signature() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [
            ("signed.png", &b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"[..]),
            ("signature.png", b"Sarah Taylor, signed"),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let err = Logo::read_file_as(&path, ImageUse::Signature).unwrap_err();
            assert!(
                matches!(&err, Error::NotAnImage { image: ImageUse::Signature, name: n } if n == name),
                "{err:?}"
            );
            assert_eq!(
                err.to_string(),
                format!(
                    "The signature {name} is not a PNG or JPEG image. Choose a PNG or JPEG \
                     file, or save the image as one in a picture editor."
                )
            );
        }
        let huge = vec![0u8; MAX_LOGO_BYTES + 1];
        match Logo::from_bytes_as(huge, "scan.png", ImageUse::Signature) {
            Err(Error::Invalid { field, problem }) => {
                assert_eq!(field, "signature");
                assert!(problem.contains("the most a signature may be"), "{problem}");
            }
            other => panic!("{other:?}"),
        }
        let logo = Logo::from_bytes(b"GIF89a".to_vec(), "crest.gif").unwrap_err();
        assert!(
            logo.to_string().starts_with("The logo crest.gif "),
            "{logo}"
        );
        let signed = Logo::from_bytes_as(tiny_png(), "signed.png", ImageUse::Signature);
        assert_eq!(signed.unwrap(), Logo::from_bytes(tiny_png(), "x").unwrap());
    }

    #[test]
    fn a_damaged_picture_is_refused_when_chosen_not_when_printed() {
        // A wrong checksum in the PNG's header chunk: its first bytes and size are sound.
        let mut png = tiny_png();
        png[29] ^= 0xFF;
        // A JPEG cut off after its header, as an interrupted copy leaves it.
        let jpeg = tiny_jpeg(40, 20);
        let cut = jpeg[..jpeg.len() / 2].to_vec();
        for (bytes, name, format) in [(png, "signed.png", "PNG"), (cut, "signed.jpg", "JPEG")] {
            let err = Logo::from_bytes_as(bytes, name, ImageUse::Signature).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::NotAnImage);
            assert_eq!(err.field(), Some("signature"));
            assert_eq!(
                err.to_string(),
                format!(
                    "The signature {name} is damaged: it starts as a {format} image, but its \
                     picture cannot be read. Open it in a picture editor and save it again, or \
                     choose another copy."
                )
            );
        }
    }

    #[test]
    fn a_picture_too_large_to_open_is_refused_in_words_not_called_damaged() {
        // A PNG that claims 60,000 by 60,000 pixels in a few bytes: opened, it would ask for
        // about 10 GB.
        let mut png = tiny_png();
        png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32fast::hash(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        match Logo::from_bytes(png, "crest.png").unwrap_err() {
            Error::Invalid { field, problem } => {
                assert_eq!(field, "logo");
                assert!(
                    problem.starts_with("crest.png is 60000 by 60000 pixels, too large to open"),
                    "{problem}"
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
