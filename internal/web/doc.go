// Package web is `search serve`: a web page and a JSON API over one
// archive, for readers who would rather click than type.
//
// Every request becomes a typed request of the engine (internal/service),
// run in process against an index the server holds open read-only. The
// API therefore answers the same JSON as `search --json`; its errors name
// URL parameters (size, from, facet), not the command line's flags. The
// pages render the same answers with html/template from templates and
// assets embedded in the binary (no CDN, no web fonts, no inline
// script). cmd/search passes Serve to the search command, which does not
// import this package.
//
// While a writer (`indexer add`) holds the archive, the server closes its
// index and sends each request to the writer's search socket
// (service.Remote), as a `search` process does; it opens the archive
// again when the writer is done (backend.go, docs/RELIABILITY.md).
//
// Article text is hostile input: templates escape every string, and the
// only template.HTML values come from highlight and markEntities, which
// escape the text before adding their own tags, and from tagLinks and
// facetItems, which escape every string as html/template does
// (TestEscapeAsTemplate). Only http and https
// addresses become links. Every response carries a strict
// Content-Security-Policy.
//
// # Caveats
//
//   - At most Options.Workers requests (default GOMAXPROCS) are worked on
//     at once; the others wait in arrival order, within their deadline
//     (then 503). Static files do not wait.
//   - A request in flight when a writer starts delays the writer; one
//     longer than the writer's 500 ms lock wait makes a writer without
//     --wait fail.
//   - The server has no login and no TLS: it listens on loopback unless
//     told otherwise, and warns when told.
//   - The facet sidebar shows the top 10 values of each facet; the rest
//     are reachable through /api/facets/{field} and the query language.
package web
