// Package ingest loads articles into an archive: it reads input files
// (package archive's readers), has each article's persons, countries,
// organizations and topics extracted (a Tagger, *entities.Extractor in the
// indexer), writes the records to the bbolt store and then the documents
// to the Bleve index.
//
//	in := ingest.New(ix, extractor, ingest.Options{Log: os.Stderr})
//	st, err := in.Paths(ctx, []string{"feeds/", "reut2-000.sgm"})
//	fmt.Println(st) // added 1000, unchanged 0, replaced 0, rejected 0, ...
//
// One run is a pipeline of three stages that overlap: a reader goroutine
// batches records (Options.BatchSize, BatchBytes); a preparing goroutine
// extracts and encodes each batch with Options.Workers goroutines; the
// caller's goroutine writes a batch to the store in one transaction, then
// hands it to the index, where up to Options.IndexWriters batches are in
// flight. Order is kept: of two records with one id, the later wins, in
// the store and in the index.
//
// Outcomes are counted per article (Stats): added, unchanged (same
// fingerprint as stored), replaced, rejected (a record that could not be
// read, logged with its file and line and written to Options.Rejects),
// undated. The log names no flag or command of its own: a front end gives
// its advice through Options.RejectsHint, Remedy, RemovedHint, CorrectedHint and
// ConflictHint. A Resolver adjusts each extracted article with archive-wide
// decisions (partial names to full names); an Observer sees every article
// the run writes (the indexer's first load counts names with it).
//
// # Caveats
//
// The store is the source of truth and is written first: each batch's ids
// go into the store's journal in the same transaction, and the index
// clears them once Bleve has persisted the batch. A run stopped between
// the two (a crash, kill -9, a full disk) leaves the journal, which the
// next writer replays (index.Open). Errors of the store or the index stop
// the run; what was committed before stays. A cancelled context stops the
// run after the batch in hand. Stats.Elapsed ends when the last batch is
// searchable, not when Bleve has persisted it.
//
// The librarian's layer wins over the input: an article removed with
// `indexer rm` (a tombstone) is skipped and counted in Stats.Removed; a
// corrected one gets its corrected fields before extraction and its
// corrected tags after name resolution, and when its input changed since
// the correction, the conflict is logged once, recorded in the audit log
// (Options.Command) and counted in Stats.Conflicts, the correction kept.
package ingest
