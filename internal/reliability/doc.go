// Package reliability holds the end-to-end tests of Chancery's reliability
// guarantees (docs/RELIABILITY.md): kill -9 during `indexer add`, searches
// during an ingest, a second writer, format and settings checks, an
// interrupted rebuild, hostile input through the command line, malformed
// queries, and `search` never modifying the archive. It has no code of its
// own: the tests build cmd/indexer and cmd/search into a temporary folder
// and run them as a librarian would.
//
// # Caveats
//
// The tests that run the binaries are skipped under -short; they take
// about a minute on two cores. The crash test draws its kill times from a
// seeded generator and logs the seed: rerun a failure with
// CHANCERY_CRASH_SEED=N. The concurrency test bounds each search at 2
// seconds, as the guarantee says; on a heavily loaded machine that bound
// can be missed without a defect.
package reliability
