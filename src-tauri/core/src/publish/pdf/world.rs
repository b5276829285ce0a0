//! The little world Typst compiles the PDF in: the fixed layout as its one source file, the
//! publication as a data file, the figures' images, and the fonts shipped with the app. It
//! reads no file from disk, asks no network and looks at no font of the computer's, so a PDF
//! comes out the same wherever it is made.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};

/// The layout: a fixed Typst file that walks the publication's data.
const LAYOUT: &str = include_str!("layout.typ");

/// The fonts, each family's styles together (SIL Open Font License 1.1, `assets/fonts/`):
/// Liberation Sans, metrically Arial, for everything it has (Latin, Greek, Cyrillic,
/// Hebrew), then Noto Sans Arabic for the Arabic script, which Liberation Sans lacks. The
/// layout names them in this order, so Typst takes each character from the first that has it.
const FAMILIES: [&[&[u8]]; 2] = [
    &[
        include_bytes!("../../../../../assets/fonts/LiberationSans-Regular.ttf"),
        include_bytes!("../../../../../assets/fonts/LiberationSans-Bold.ttf"),
        include_bytes!("../../../../../assets/fonts/LiberationSans-Italic.ttf"),
        include_bytes!("../../../../../assets/fonts/LiberationSans-BoldItalic.ttf"),
    ],
    &[
        include_bytes!("../../../../../assets/fonts/NotoSansArabic-Regular.ttf"),
        include_bytes!("../../../../../assets/fonts/NotoSansArabic-Bold.ttf"),
    ],
];

/// The virtual path of the publication's data.
pub const DATA: &str = "/publication.json";

/// The virtual path of the `index`th figure's image.
pub fn figure_path(index: usize) -> String {
    format!("/figure-{index}")
}

/// What every export shares, made once: parsing the fonts and building Typst's standard
/// library are most of a cold export's time.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// How many of `fonts` each family has, in the order of [`FAMILIES`].
    family_sizes: Vec<usize>,
    main: Source,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let families: Vec<Vec<Font>> = FAMILIES
            .iter()
            .map(|family| {
                family
                    .iter()
                    .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
                    .collect()
            })
            .collect();
        let family_sizes = families.iter().map(Vec::len).collect();
        let fonts: Vec<Font> = families.into_iter().flatten().collect();
        // `pdf.header-cell` (the details table's row headers) is behind this feature.
        let library = Library::builder()
            .with_features([Feature::A11yExtras].into_iter().collect())
            .build();
        Shared {
            library: LazyHash::new(library),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            family_sizes,
            main: Source::new(file_id("/main.typ"), LAYOUT.to_string()),
        }
    })
}

/// Whether some family of the shipped fonts has a glyph for `c` in every one of its styles.
/// PDF/UA-1 refuses text drawn with a font's "missing glyph" box, so a character no family
/// has cannot be printed.
pub fn covers(c: char) -> bool {
    let shared = shared();
    let mut fonts = shared.fonts.as_slice();
    shared.family_sizes.iter().any(|&n| {
        let (family, rest) = fonts.split_at(n);
        fonts = rest;
        family
            .iter()
            .all(|font| font.info().coverage.contains(u32::from(c)))
    })
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a fixed, valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One export's world: the shared fonts and layout, with this publication's data and images.
pub struct Export {
    data: Bytes,
    images: Vec<Bytes>,
    today: Option<Datetime>,
}

impl Export {
    /// A world for the publication given as `data` (JSON), with the figures' `images` in order.
    pub fn new(data: Vec<u8>, images: Vec<Vec<u8>>, made: NaiveDate) -> Self {
        let today = u8::try_from(made.month())
            .ok()
            .zip(u8::try_from(made.day()).ok())
            .and_then(|(m, d)| Datetime::from_ymd(made.year(), m, d));
        Export {
            data: Bytes::new(data),
            images: images.into_iter().map(Bytes::new).collect(),
            today,
        }
    }
}

impl World for Export {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        shared().main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let main = &shared().main;
        if id == main.id() {
            Ok(main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = id.vpath().get_with_slash();
        if path == DATA {
            return Ok(self.data.clone());
        }
        let image = path
            .strip_prefix("/figure-")
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.images.get(n));
        match image {
            Some(bytes) => Ok(bytes.clone()),
            None => Err(FileError::NotFound(path.into())),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
