//! The database schema and how it moves forward. `PRAGMA user_version` holds the number of
//! migration steps applied; each step runs in its own transaction, so a database is always at
//! exactly one version. A step, once released, is never edited: a change is a new step.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{Error, Result};

/// The schema version this build writes: the number of migration steps.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The steps, in order; step `n` (from 1) takes a database from version `n - 1` to `n`.
const MIGRATIONS: &[Step] = &[
    sql(V1),
    sql(V2),
    sql(V3),
    sql(V4),
    sql(V5),
    Step {
        sql: V6,
        then: Some(super::search::index_existing),
    },
    sql(V7),
    sql(V8),
];

/// One step: its SQL and, where the step needs the app's own code (reading Markdown), a
/// function run after the SQL in the same transaction. Such a function reads the tables as
/// they are at its step, not through the store's readers of the newest schema.
#[derive(Clone, Copy)]
struct Step {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

/// A step of SQL alone.
const fn sql(sql: &'static str) -> Step {
    Step { sql, then: None }
}

/// Responses, their grades, items and checklist, and the office settings.
///
/// Response ids are never reused (AUTOINCREMENT), so an id held by a window that missed a
/// delete finds nothing rather than another response. `has_letter` says whether a response
/// has letter fields at all, so that no letter and a letter left to the defaults stay distinct.
const V1: &str = "
CREATE TABLE responses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL CHECK (document IN ('form', 'letter')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'signed', 'published')),
    title TEXT NOT NULL,
    published TEXT CHECK (published IS date(published)),
    inspection_type TEXT NOT NULL CHECK (inspection_type IN
        ('PEEL', 'National', 'Joint', 'Force-specific', 'PCC-commissioned', 'Other')),
    type_detail TEXT,
    forces TEXT NOT NULL CHECK (json_type(forces) = 'array'),
    report_url TEXT,
    key_findings TEXT NOT NULL,
    chief_constable_response TEXT NOT NULL,
    pcc_response TEXT NOT NULL,
    has_letter INTEGER NOT NULL CHECK (has_letter IN (0, 1)),
    letter_date TEXT CHECK (letter_date IS date(letter_date)
        OR (letter_date || '-01') IS date(letter_date || '-01')),
    letter_addressees TEXT
        CHECK (letter_addressees IS NULL OR json_type(letter_addressees) = 'array'),
    letter_salutation TEXT,
    letter_subject TEXT,
    CHECK (has_letter = 1 OR (letter_date IS NULL AND letter_addressees IS NULL
        AND letter_salutation IS NULL AND letter_subject IS NULL))
) STRICT;

CREATE INDEX responses_by_published ON responses (published);

CREATE TABLE grades (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    grade TEXT NOT NULL CHECK (grade IN
        ('Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate')),
    area TEXT NOT NULL,
    PRIMARY KEY (response_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE items (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('recommendation', 'area_for_improvement')),
    position INTEGER NOT NULL CHECK (position >= 0),
    text TEXT NOT NULL,
    response TEXT,
    PRIMARY KEY (response_id, kind, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE checklist (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    item TEXT NOT NULL,
    done_on TEXT CHECK (done_on IS date(done_on)),
    PRIMARY KEY (response_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pcc_name TEXT NOT NULL,
    area TEXT NOT NULL,
    force TEXT NOT NULL,
    office_name TEXT NOT NULL,
    address TEXT NOT NULL CHECK (json_type(address) = 'array'),
    telephone TEXT NOT NULL,
    email TEXT NOT NULL,
    web TEXT NOT NULL,
    logo BLOB,
    logo_format TEXT CHECK (logo_format IN ('png', 'jpeg')),
    logo_width INTEGER,
    logo_height INTEGER,
    statutory_statement TEXT,
    checklist_items TEXT
        CHECK (checklist_items IS NULL OR json_type(checklist_items) = 'array'),
    addressees TEXT CHECK (addressees IS NULL OR json_type(addressees) = 'array'),
    salutation TEXT,
    deadline_rule TEXT NOT NULL CHECK (deadline_rule IN ('published+56', 'statutory')),
    CHECK ((logo IS NULL) = (logo_format IS NULL)
        AND (logo IS NULL) = (logo_width IS NULL)
        AND (logo IS NULL) = (logo_height IS NULL))
) STRICT;
";

/// The trash and the status dates.
///
/// `deleted_on` is the day a response was moved to the trash, NULL while it is not there.
/// `status_changes` keeps, for each status a response has been moved into, the latest day it
/// was; a status it was created with has no row, so its date is unknown.
const V2: &str = "
ALTER TABLE responses ADD COLUMN deleted_on TEXT CHECK (deleted_on IS date(deleted_on));

CREATE TABLE status_changes (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'signed', 'published')),
    changed_on TEXT NOT NULL CHECK (changed_on IS date(changed_on)),
    PRIMARY KEY (response_id, status)
) STRICT, WITHOUT ROWID;
";

/// The history of each response, and the app's own settings.
///
/// A version is a whole response as a response file (JSON), so that restoring it goes through
/// the same strict reader as an imported file. `saved_at` is the computer's local time.
/// `settings` has one row, created here with the defaults.
const V3: &str = "
CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL CHECK (saved_at IS datetime(saved_at)),
    kind TEXT NOT NULL CHECK (kind IN ('edit', 'status', 'export', 'restore')),
    detail TEXT,
    content TEXT NOT NULL CHECK (json_valid(content))
) STRICT;

CREATE INDEX versions_by_response ON versions (response_id, id);

CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    backups_kept INTEGER NOT NULL CHECK (backups_kept BETWEEN 1 AND 365)
) STRICT;

INSERT INTO settings (id, backups_kept) VALUES (1, 14);
";

/// When each response last changed, for the list. A response saved before this step takes
/// the time of its newest kept version, if any.
const V4: &str = "
ALTER TABLE responses ADD COLUMN changed_at TEXT CHECK (changed_at IS datetime(changed_at));

UPDATE responses SET changed_at =
    (SELECT max(saved_at) FROM versions WHERE versions.response_id = responses.id);
";

/// Whether each checklist item is done, apart from the day it was done, so that an item ticked
/// without a date (the 2017 form ticks its items that way) is kept as done, day not known.
/// An item with a date is done; the reader refuses a row that says otherwise.
const V5: &str = "
ALTER TABLE checklist ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));

UPDATE checklist SET done = 1 WHERE done_on IS NOT NULL;
";

/// The full-text index: a row of `search_text` for each searchable field of each response
/// (`field` is its path in the response file, `text` its words without Markdown), and the FTS5
/// table `search_index` over it, kept in step by triggers. A row's `id` says its response and
/// whether the field is prose (see `search::index`), so that a query need not read the row. A
/// response's rows go with it when it is deleted for good; the step's function fills them for
/// the responses already there.
const V6: &str = "
CREATE TABLE search_text (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;

CREATE INDEX search_text_by_response ON search_text (response_id);

CREATE VIRTUAL TABLE search_index USING fts5 (
    response_id UNINDEXED,
    field UNINDEXED,
    text,
    content = 'search_text',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_text_added AFTER INSERT ON search_text BEGIN
    INSERT INTO search_index (rowid, response_id, field, text)
    VALUES (new.id, new.response_id, new.field, new.text);
END;

CREATE TRIGGER search_text_removed AFTER DELETE ON search_text BEGIN
    INSERT INTO search_index (search_index, rowid, response_id, field, text)
    VALUES ('delete', old.id, old.response_id, old.field, old.text);
END;
";

/// Each item's life after the response, the section 55 record, and the Panel's progress
/// reports.
///
/// `item_tracking` has one row for every row of `items`, written with the item on every save;
/// an item there before this step is awaiting review. `item_updates` holds an item's progress
/// updates, `seq` their order, oldest first. Both go with their item (`ON DELETE CASCADE`).
/// `superseded_by` and `carried_from` name an item, perhaps of another response, as the JSON
/// of an `ItemLink`, so that the link reads the same in the database and in a response file.
/// The section 55 record is four columns of `responses`. `progress_reports` keeps each
/// progress report made, so that the next can say what closed since the last; `scope` is
/// 'all', 'inspection:<response id>' or 'type:<type as the file spells it>'.
const V7: &str = "
CREATE TABLE item_tracking (
    response_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    position INTEGER NOT NULL,
    lead TEXT,
    target TEXT CHECK (target IS date(target)),
    status TEXT NOT NULL CHECK (status IN ('awaiting_review', 'being_progressed', 'complete',
        'no_further_action', 'superseded')),
    rag TEXT CHECK (rag IN ('red', 'amber', 'green')),
    superseded_by TEXT CHECK (superseded_by IS NULL OR json_type(superseded_by) = 'object'),
    carried_from TEXT CHECK (carried_from IS NULL OR json_type(carried_from) = 'object'),
    first_raised TEXT CHECK (first_raised IS date(first_raised)),
    PRIMARY KEY (response_id, kind, position),
    FOREIGN KEY (response_id, kind, position) REFERENCES items (response_id, kind, position)
        ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

INSERT INTO item_tracking (response_id, kind, position, status)
SELECT response_id, kind, position, 'awaiting_review' FROM items;

CREATE TABLE item_updates (
    response_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    position INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    date TEXT NOT NULL CHECK (date IS date(date)),
    reported_by TEXT NOT NULL,
    action TEXT NOT NULL,
    evidence TEXT NOT NULL,
    evidence_link TEXT,
    status TEXT NOT NULL CHECK (status IN ('awaiting_review', 'being_progressed', 'complete',
        'no_further_action', 'superseded')),
    PRIMARY KEY (response_id, kind, position, seq),
    FOREIGN KEY (response_id, kind, position) REFERENCES items (response_id, kind, position)
        ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

ALTER TABLE responses ADD COLUMN web_address TEXT;
ALTER TABLE responses ADD COLUMN published_on TEXT CHECK (published_on IS date(published_on));
ALTER TABLE responses ADD COLUMN sent_to_hmicfrs TEXT
    CHECK (sent_to_hmicfrs IS date(sent_to_hmicfrs));
ALTER TABLE responses ADD COLUMN sent_to_home_secretary TEXT
    CHECK (sent_to_home_secretary IS date(sent_to_home_secretary));

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL CHECK (as_of IS date(as_of)),
    scope TEXT NOT NULL,
    made_at TEXT NOT NULL
) STRICT;
";

/// The PCC's signature for publishing, kept as the logo is: the image's bytes in the row,
/// with its format and pixel size, all four set or none (SQLite cannot add a table's CHECK
/// to a table, so the last column added carries it; a column's CHECK may name the others).
/// An office saved before this step has no signature.
const V8: &str = "
ALTER TABLE office ADD COLUMN signature BLOB;
ALTER TABLE office ADD COLUMN signature_format TEXT
    CHECK (signature_format IN ('png', 'jpeg'));
ALTER TABLE office ADD COLUMN signature_width INTEGER;
ALTER TABLE office ADD COLUMN signature_height INTEGER
    CHECK ((signature IS NULL) = (signature_format IS NULL)
        AND (signature IS NULL) = (signature_width IS NULL)
        AND (signature IS NULL) = (signature_height IS NULL));
";

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a database made by a newer version of the app, without writing to it.
pub(crate) fn refuse_newer(conn: &Connection, supported: i64) -> Result<()> {
    match user_version(conn)? {
        found if found > supported => Err(Error::NewerDatabase { found, supported }),
        _ => Ok(()),
    }
}

/// Brings the schema up to [`SCHEMA_VERSION`].
pub(super) fn migrate(conn: &Connection) -> Result<()> {
    apply(conn, MIGRATIONS)
}

/// Applies the steps the database has not had, each in its own transaction. The version is
/// read again inside each transaction, so two processes opening one file at once cannot
/// both apply a step.
fn apply(conn: &Connection, steps: &[Step]) -> Result<()> {
    for (done, step) in (0..).zip(steps) {
        if user_version(conn)? > done {
            continue;
        }
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let version = user_version(&tx)?;
        refuse_newer(&tx, steps.len() as i64)?;
        if version == done {
            tx.execute_batch(step.sql)?;
            if let Some(then) = step.then {
                then(&tx)?;
            }
            tx.pragma_update(None, "user_version", done + 1)?;
        }
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
