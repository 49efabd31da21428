// Package cli is what the command-line front ends (indexer, search) share:
// exit codes, usage errors with a "Try:" hint, flag sets that report
// instead of exiting, the --archive flag and its default folder, and
// Report, which prints an error with Remedy's advice.
//
// The engine packages (archive, index, ingest, ...) return plain errors,
// sentinels and typed errors that name no flag or command; Remedy is the
// one place that turns them into advice in the words of the command line
// (`indexer verify`, --wait). Another front end (a web server) gives its
// own advice for the same errors.
//
// # Caveats
//
//   - Remedy knows the engine's errors by errors.Is and errors.As: an
//     error wrapped with %v instead of %w loses its advice.
//   - ArchiveArg reads --archive from a command line before the flag
//     parser has run (to forward a search, and to name the folder in
//     advice); it does not know which flags of a subcommand take values.
package cli
