package archive

// The on-disk format of an archive folder.
//
//	DIR/chancery.db     bbolt: the source of truth (buckets below)
//	DIR/index/NAME/     the current Bleve index; NAME is kept in meta "index"
//	DIR/LOCK            held (flock) by the one running writer; holds its pid
//	DIR/aliases.txt     librarian-edited aliases (entities package)
//
// Buckets of chancery.db (keys are UTF-8 strings, values as noted):
//
//	meta       "format" -> decimal FormatVersion; "settings" -> settings hash
//	           of the index that "index" names; "index" -> index folder name;
//	           "aliases" -> hash of the aliases the entities were tagged with
//	articles   article id -> record: one codec byte, then the article as
//	           JSON compressed with DEFLATE: recordFlateJSON (1) without,
//	           recordFlateDictJSON (2, written now) with the preset dictionary
//	           recorddict.txt
//	journal    article id -> "put" or "del": index operations accepted by the
//	           store but not yet confirmed by the index; replayed on the next
//	           open for writing
const (
	// FormatVersion is the version of the archive layout above. A binary
	// reads versions OldestFormat to FormatVersion and upgrades an older
	// one when it first writes to it.
	//
	//	1: first version.
	//	2: records with codec recordFlateDictJSON (a v1 binary cannot read them).
	FormatVersion = 2
	// OldestFormat is the oldest format this binary reads.
	OldestFormat = 1

	dbFile = "chancery.db"

	recordFlateJSON     byte = 1
	recordFlateDictJSON byte = 2
)

var (
	bucketMeta     = []byte("meta")
	bucketArticles = []byte("articles")
	bucketJournal  = []byte("journal")
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
