// Package writersock lets a reader ask the process that writes an archive.
//
// While `indexer add` runs it holds the archive's file locks, so a search
// cannot open it. The writer instead listens on a Unix socket (Listen,
// Path) named in the archive's LOCK file and answers forwarded calls
// itself (Serve), against what it has committed so far. A reader that
// finds the archive busy sends its call there (Send). Calls and answers
// are opaque JSON values: Serve takes what answers them as a Handler
// (internal/service.Answer), so this package knows no command.
//
// # Caveats
//
//   - Unix sockets only: on a system without them Listen fails and the
//     writer serves nothing; readers then wait for it to finish.
//   - A socket path is limited to about 100 bytes; a longer archive path
//     gets a socket in the temporary folder, named by a hash of the path.
//   - An answer is buffered whole and sent when it is complete, within
//     Timeout.
package writersock
