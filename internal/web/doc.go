// Package web is `search serve`: a web page and a JSON API over one
// archive, for readers who would rather click than type.
//
// Every request runs the search command's own code (searchcmd.Run) with
// the flags its URL parameters name, in process, against an index the
// server holds open read-only. The API therefore answers the CLI's JSON
// and the CLI's error messages; the pages decode that JSON and render it
// with html/template from templates and assets embedded in the binary (no
// CDN, no web fonts, no inline script).
//
// While a writer (`indexer add`) holds the archive, the server closes its
// index and forwards each request to the writer's search socket, as a
// `search` process does; it opens the archive again when the writer is
// done (backend.go, docs/RELIABILITY.md).
//
// Article text is hostile input: templates escape every string, and the
// only template.HTML values come from highlight and markEntities, which
// escape the text before adding their own tags. Only http and https
// addresses become links. Every response carries a strict
// Content-Security-Policy.
//
// # Caveats
//
//   - Running a request through searchcmd.Run costs a flag parse and a
//     JSON encoding and decoding per page (tens of microseconds for a page
//     of hits), paid for identical output and one code path.
//   - A request in flight when a writer starts delays the writer; one
//     longer than the writer's 500 ms lock wait makes a writer without
//     --wait fail.
//   - The server has no login and no TLS: it listens on loopback unless
//     told otherwise, and warns when told.
//   - The facet sidebar shows the top 10 values of each facet; the rest
//     are reachable through /api/facets/{field} and the query language.
package web
