package archive

// The on-disk format of an archive's store (the folder's files are named
// in layout.go).
//
// Buckets of chancery.db (keys are UTF-8 strings, values as noted):
//
//	meta       "format" -> decimal FormatVersion; "settings" -> settings hash
//	           of the index that "index" names; "index" -> index folder name;
//	           "aliases" -> hash of the aliases the entities were tagged with
//	articles   article id -> record: one codec byte, then the article:
//	           recordFlateJSON (1): JSON compressed with DEFLATE;
//	           recordFlateDictJSON (2): the same with recorddict.txt as the
//	           preset dictionary;
//	           recordZstdBinary (3, written now): the fields below,
//	           compressed as one zstd frame (with its checksum) whose raw
//	           content dictionary is recorddict.txt, dictionary id
//	           recordDictID (1)
//	journal    article id -> "put" or "del": index operations accepted by the
//	           store but not yet confirmed by the index; replayed on the next
//	           open for writing
//
// From format 4 (each created when first written; an archive without them
// has none of what they hold):
//
//	corrections  article id -> JSON Correction: the librarian's edits of
//	             fields and tags, applied again after every ingest and retag
//	tombstones   article id -> JSON Tombstone: a removed article (reason,
//	             time, user, its record); an ingest skips its id
//	quarantine   article id -> a record that did not decode, byte for byte,
//	             moved out of "articles" by `indexer verify --repair`
//	audit        8-byte big-endian sequence -> JSON AuditEntry: every change
const (
	// FormatVersion is the version of the archive layout above. A binary
	// reads versions OldestFormat to FormatVersion and upgrades an older
	// one when it first writes to it.
	//
	//	1: first version.
	//	2: records with codec recordFlateDictJSON (a v1 binary cannot read them).
	//	3: records with codec recordZstdBinary (a v2 binary cannot read them).
	//	4: records may hold tagInferred, and the buckets corrections,
	//	   tombstones, quarantine and audit (a v3 binary cannot read the
	//	   records and would re-ingest removed articles and undo corrections).
	FormatVersion = 4
	// OldestFormat is the oldest format this binary reads.
	OldestFormat = 1

	recordFlateJSON     byte = 1
	recordFlateDictJSON byte = 2
	recordZstdBinary    byte = 3
)

// The fields of a recordZstdBinary record, once decompressed: a sequence of
// tag byte, value length as a uvarint, value. Fields may come in any order;
// the encoder leaves out empty single fields and writes one field per list
// entry, in list order (empty entries too). Strings are stored as given,
// without a check that they are UTF-8. A tag this binary does not know is
// an error (ErrFormat): a newer binary wrote the record. Never reuse or
// renumber a tag; a new field gets a new tag and a new FormatVersion.
const (
	tagID       byte = 1
	tagTitle    byte = 2
	tagDate     byte = 3 // signed varint: days since 1970-01-01, years 0 to 9999
	tagBody     byte = 4
	tagSource   byte = 5
	tagURL      byte = 6
	tagByline   byte = 7
	tagLanguage byte = 8
	tagDateline byte = 9
	tagPerson   byte = 10 // one field per entry
	tagCountry  byte = 11 // one per entry: uvarint name length, name, code
	tagOrg      byte = 12 // one field per entry
	tagTopic    byte = 13 // one field per entry
	tagOrigin   byte = 14
	tagNote     byte = 15 // one field per entry
	tagInferred byte = 16 // one per entry: person, NUL, from, NUL, evidence
	tagLast          = tagInferred
)

var (
	bucketMeta     = []byte("meta")
	bucketArticles = []byte("articles")
	bucketJournal  = []byte("journal")

	bucketCorrections = []byte("corrections")
	bucketTombstones  = []byte("tombstones")
	bucketQuarantine  = []byte("quarantine")
	bucketAudit       = []byte("audit")
)

// Meta keys.
const (
	MetaFormat   = "format"
	MetaSettings = "settings"
	MetaIndex    = "index"
	MetaAliases  = "aliases"
)

// Journal operations.
const (
	OpPut    = "put"
	OpDelete = "del"
)
