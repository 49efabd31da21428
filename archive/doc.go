// Package archive holds Chancery's source of truth: the Article type, the
// readers that turn input files into articles (one iterator per format), and
// the bbolt store that keeps every article with its metadata and extracted
// entities. It knows nothing about Bleve: the index package builds its
// search index from what this package stores.
//
// # Readers
//
// OpenFile (or NewReader for standard input) opens one input, detects its
// format from its first bytes and then its name (DetectFormat), gunzips it
// when it starts with the gzip magic, and returns an *InputFile whose Next
// yields articles: plain-text pages saved from news sites, JSON Lines (what
// `indexer export` writes), HTML article pages, Reuters-21578 SGML,
// RSS/Atom feeds and web archives (WARC, one article per page). Walk expands folders into files in a stable order. Each
// format's rules are documented at the top of its read_*.go file. Text is
// UTF-8; input that is not is decoded as Windows-1252 (Latin-1 for
// Reuters), UTF-16 with a byte-order mark is decoded, and the article gets
// a Note. A given id is kept; otherwise it is DeriveID of the content, so
// reading the same input again gives the same ids.
//
// Dates follow one rule set (ParseDate): ISO 8601/RFC 3339, RFC 1123,
// "24 July 2004", "July 24, 2004" and "24-JUL-1987" are read as the day
// written. Numeric dates whose day and month could be swapped (03/04/2004),
// two-digit years, days that do not exist (2004-02-30), dates before 1800
// and dates more than a day in the future are not guessed: the article
// keeps no date and a Note says why, unless the page's language or its
// folder's settings file (FolderSettingsFile) says which order the site
// writes. An article without a date is still read, with the Note "no date
// found".
//
// Text and HTML pages are read by their shape (read_page.go): the block of
// prose, the nearest headline above it, the dates and the byline around it,
// the closing lines after it, plus a modest list of well-known chrome
// phrases. On a page whose text is English, a short line in another
// language or script is the site's chrome (read_language.go: "Der Artikel
// wird unter der Anzeige fortgesetzt", "広告"), but for its dates and
// bylines. A text page also drops the lines its folder's other pages repeat
// (read_folder.go). A small learned model of the page's units
// (pagemodel.go, weights in pagemodel.txt) gives a second opinion on the
// text: where it is much surer of its own choice of paragraphs than of the
// rules', its choice is kept. A learned model of a line's words
// (linemodel.go, weights in linemodel.txt) drops the site's own statements
// at the text's edges and a site's line between two paragraphs, and gives
// the page model its verdict on an HTML page's units. NotArticle names
// files (README, LICENSE, Markdown notes) that ingest skips.
//
// # Store
//
// Open opens the bbolt file of an archive; layout.go names the files of an
// archive folder (StoreFile, IndexFolder, FacetFolder, LockFile, SocketFile,
// AliasesFile), format.go states the store's buckets, records and
// FormatVersion, lock.go the one-writer lock. Put stores articles, Get and Articles read them back. Each
// article is one record: a codec byte, then, for the codec written now
// (recordZstdBinary, 3), the article's fields as tag, length and value,
// compressed with zstd using recorddict.txt as a raw dictionary. Decoding
// one takes about 11 us for a 3.4 KB article where codec 2 (JSON and
// DEFLATE) took 46 us, so a page of search results costs about 0.1 ms of
// decoding instead of 0.45 ms; records are 4-5% larger than codec 2's.
// Records of codecs 1 and 2, which format v1 and v2 binaries wrote, are
// still read. An older archive is recorded as FormatVersion (4) in the
// transaction that writes its first codec-3 record, correction, tombstone
// or quarantined record; from then on older binaries refuse it with a
// message naming both versions, instead of failing record by record.
//
// # The librarian's layer
//
// Format 4 adds buckets beside the articles (format.go): a Correction per
// corrected article (fields and tags set by hand, applied again after
// every ingest and retag; Reconcile reports input that changed since), a
// Tombstone per removed article (Remove, Unremove; the ingest skips its
// id), the quarantine of records that do not decode (Quarantine; Articles
// and Get return a *DamagedError for them), and the audit log (Audit,
// AuditLog). Snapshot writes a consistent copy of the store, without its
// index, while a writer goes on: backups and reads during an ingest.
//
// # Errors
//
// Errors say what happened, never which command or flag to use: the
// sentinels (ErrNoArchive, ErrLocked, ErrInUse, ErrBusy, ErrFormat,
// ErrCorrupt, ErrWrongFormat, ...) let a front end add its own advice
// (internal/cli.Remedy for the commands).
//
// # Readers and store in one package
//
// The readers (open.go, reader.go, read_*.go, date.go) and the store
// (store.go, record.go, format.go, lock.go, layout.go) meet only at the
// Article type and its helpers (DeriveID, Key, ParseDate). They stay in one
// package for now: splitting them means moving the readers into a package
// of their own (archive/input, say) importing this one, a move of whole
// files best made when no other change to those files is in flight. Until
// then the file names keep the two apart.
//
// # Caveats
//
// A record that does not decode (a zstd checksum mismatch, a field that
// runs past the end, a field tag this binary does not know) is a
// *DamagedError wrapping ErrFormat for that article alone, and ErrCorrupt
// too when this binary knows the record's format: Get returns
// it, Articles yields it and carries on. Damage to bbolt's own pages is
// not contained this way. A source alias or a correction replaces the
// stored value; the input's value survives only in the correction. A record holds at most 128 MiB of fields:
// EncodeRecord refuses a larger article, so an ingest whose ReadOptions.MaxRecordBytes
// is raised past that stops at it. The codec's zstd encoder and decoder are
// created on first use and kept for the life of the process: up to 4
// encoders of about 10 MB each once a process writes.
//
// Readers reject one record at a time with a *RecordError and carry on; any
// other error from a reader or from the store ends the run. An empty,
// binary or unreadable file is one *RecordError; a truncated gzip stream
// gives the records before the cut, then one *RecordError for the rest.
// Two records with the same id are both returned: the ingester keeps the
// last one. JSON lines, SGML records and text and HTML files are bounded by
// ReadOptions.MaxRecordBytes (8 MiB); an RSS item is not, so a hostile feed
// can make one item large in memory. HTML in a charset other than UTF-8,
// Windows-1252 or one its <meta> declares is misread.
//
// The page reader is judged on invented pages (testdata/pages, scored by
// TestPageFixtures), not on a sample of real sites. What it gets wrong
// by design: a standfirst is kept as the first paragraph; a sentence a
// site puts after every article that no phrase list knows is kept when the
// page is read alone (its folder's other pages reveal it); an article that
// speaks to its reader ("you", "your") outside quotation marks in a short
// paragraph loses that paragraph; a short paragraph that a folder's pages
// all repeat is dropped, and a repeated sentence too when three pages have
// it, unless that would take more than half of a page's text. A folder's
// chrome is learned from its first 200 text pages (by name), once per
// process.
//
// The readers and the store stay one package, apart by file (read_*.go;
// store.go, format.go, record.go, layout.go): both speak Article, DeriveID,
// Key and DateLayout, which a split would move into a third package that
// every engine package imports. The gain would be that index and entities
// stop linking the readers they never call; not judged worth a fourth
// import in every engine package.
package archive
