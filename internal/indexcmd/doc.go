// Package indexcmd is the `indexer` command: add, export, stats, verify,
// rebuild, retag and alias, and the librarian's edit, tag, rm, unrm,
// merge, list, log, backup and restore-backup, one file each. cmd/indexer
// is a thin main around Run.
//
// It is a front end: the work is done by the engine packages (archive,
// index, ingest, entities), the scaffolding it shares with `search` (exit
// codes, usage errors, the --archive flag, advice on engine errors) is in
// internal/cli, and the socket on which a writer answers searches is
// internal/writersock. It imports no other front end: what answers the
// forwarded searches (internal/service) comes in through Env.Search.
//
// # Caveats
//
//   - One writer at a time: add and retag take the archive's writer lock
//     and fail at once when another holds it, unless --wait.
//   - Without Env.Search, a writer serves no searches, and a search started
//     during a long ingest waits for it to finish.
package indexcmd
