// Package searchcmd is the `search` command: flags, output formats and the
// subcommands (show, quotes, timeline, similar), one file each. cmd/search
// is a thin main around Run; cmd/indexer passes RunOn to the indexer, to
// answer searches forwarded to it while it holds the archive.
//
// It is a front end: internal/service checks and runs each request against
// the engine (index, query, quotes, timeline) and returns typed answers;
// this package adds the flags, the text, table and citation output, and
// the forwarding to a running writer (internal/writersock). internal/cli
// holds what it shares with `indexer`. `search serve` runs the Serve
// function cmd/search puts in Env (internal/web), which this package does
// not import.
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
