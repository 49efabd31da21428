// Package searchcmd is the `search` command: flags, output formats and the
// subcommands (show, quotes, timeline, similar), one file each. cmd/search
// is a thin main around Run; cmd/indexer passes RunOn to the indexer, to
// answer searches forwarded to it while it holds the archive.
//
// It is a front end: the engine packages (index, query, quotes, timeline)
// do the work; internal/cli holds what it shares with `indexer`, and
// internal/writersock carries a search to a running writer.
//
// # Caveats
//
//   - Search only reads: it never modifies the archive. While an indexer
//     holds the archive, a search runs inside that indexer, against what it
//     has committed so far; --svg and --csv files are then written by the
//     indexer's process (with absolute paths).
//   - A subcommand name as the first word of a query is taken as the
//     subcommand: write `search -- show` or `search body:show` to search
//     for the word.
package searchcmd
