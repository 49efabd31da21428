// Package index is an archive opened for searching or writing: the bbolt
// store of package archive (the source of truth) and the Bleve index built
// from it, kept in step through the store's journal.
//
//	ix, err := index.Open(dir, index.Options{ReadOnly: true})
//	res, err := ix.Search(ctx, index.Request{Query: `Lavrov AND "peacekeeping troops"`,
//		Countries: []string{"Iraq"}, Facets: true})
//
// The mapping (NewMapping) indexes title and body together in one text
// field (TextAnalyzer: own word tokenizer, accent folding, cached Porter
// stems, no stop words, term vectors for phrases), the title alone, and
// persons, countries, organizations, topics, source and year as keyword
// fields with doc values for facets plus folded "_key" copies for filters.
// The date is three keywords, year, month and day (query.Days): a date
// range is a few term ranges, or a check of each match's day in the doc
// values when the words match fewer articles (Days.Filter). The index
// keeps each word's position but not its byte offsets
// (positionsOnly): phrases need positions, snippets find words in the
// stored text. SettingsHash names the settings; an index built with others
// is refused (ErrSettings) until it is rebuilt from the store. Errors name
// no command or flag: ErrQuery, ErrSettings, ErrNoIndex, ErrUnreadable and
// ErrDisagree let each front end say what to do (internal/cli.Remedy).
//
// Search parses the query language of package query, runs it with Bleve's
// searchers and its own collection path: a one-word search by relevance
// reads the word's postings itself (termtop.go, same hits and scores as
// Bleve's collector), and so does a search for two words, scoring the
// intersection of their postings bitmaps as Bleve's conjunction does
// (andtop.go); facets are counted from per-segment ordinal tables
// of the facet fields, not Bleve's per-hit facet builders, as the other
// documents when most of a segment's documents are hits, and from a bit set
// per value for fields of few values. The writer keeps those tables in a file beside each segment
// (facetfile.go: DIR/index/NAME/facets/SEGMENT.facets, versioned and
// checksummed), written when it closes, and readers map them; a segment
// whose file is missing or bad is counted from its hits' doc values, or
// from tables built in memory the second time a process touches it;
// near-duplicate copies of a story fold into one hit (Hit.Versions), and
// facets, EachDate, Values and Copies count each story once unless
// Request.AllVersions (copies.go);
// snippets mark the words that match, analysed as the index analyses them.
// A search of many matches other than a lone term runs in two halves of the
// index on two cores and merges the pages (parallel.go).
// IDs, EachDate, Similar and Matcher serve the other commands.
//
// Filter values are read as the extractor reads text before they are
// matched (values.go): Resolve and ResolveRequest map "UK", "Korea",
// "Reagan" or "Poehl" to the facet values they stand for, and say in
// Result.Notes when a value stands for several or none (with the nearest
// values). Values lists a facet's values by prefix with counts. A search
// that finds little suggests the index's own words for a word no article
// holds (suggest.go: "did you mean Volcker?").
//
// A writer (Put, Delete) builds each document field by field from the
// mapping's options (bleveDocument, build.go), not through Bleve's
// reflective mapping: title and body are analysed in one pass straight into
// term frequencies (indexTerms), each keyword list is one field, and tests
// check both against what Bleve's mapping and analysis make of the same
// values. Bleve's scorch writer runs with unsafe_batch: a batch is
// searchable when Put returns and persisted in the background; its journal
// entries are cleared when Bleve reports it persisted, so a crash loses
// nothing the store accepted (Recover replays the rest). Verify compares
// store and index; Rebuild builds a new index from the store and switches
// to it atomically.
//
// # Caveats
//
// One process writes an archive at a time (a file lock); readers open the
// store read-only and the index without its merger. Bleve's merger caps
// merged segments at maxMergedDocs documents, so a large archive keeps
// several segments that a search visits in turn. On Linux a writer tells
// the kernel every dropEveryDocs documents that it no longer needs the
// pages of the segment files it has mapped (dropMapped), which keeps a long
// ingest's resident set near its heap; the pages stay in the page cache.
// Facet files are written when a writer closes, not while it runs: a
// writer killed mid-ingest leaves segments without them, which readers
// count more slowly (20 to 35 ms more at 100,000 articles) until the next
// writer closes. Scores are Bleve's tf-idf; a title word weighs as much as a body word.
// Facet counts and totals are exact; near-duplicate folding is decided
// for the hits shown, so Total counts every copy, while facets count
// stories (Result.FacetsCount). A split search (and the
// parallel reading of a page's hits) spends more CPU in all than one core
// would, for a shorter wait; on a server busy with many searches at once,
// GOMAXPROCS=1 runs each search without parallel work.
//
// Reading a filter value costs a postings lookup when the value is one
// the archive holds; a lone surname, or a value that stands for nothing
// as written, reads the facet's whole term dictionary (2 to 9 ms for 3,400
// person values of 4,700 Reuters and BBC articles on a loaded two-core
// machine), which grows with the number of values. Notes are in English.
package index
