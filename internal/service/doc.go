// Package service is what the front ends ask of the engine: a search,
// an article, the statements of a search's articles, a timeline (with
// compared queries), the articles like one, the values of a facet. Each
// request is a typed value with the user's words and numbers as written
// (dates as YYYY, YYYY-MM or YYYY-MM-DD, filter values as names are read
// in text); the package checks them, builds the index request, runs it
// against an open *index.Index, and returns a typed answer whose JSON is
// the JSON both front ends print (search --json and the web API).
//
// The command line (internal/searchcmd) adds flags, text output and the
// forwarding to a running writer; the web (internal/web) adds URL
// parameters and pages. Neither imports the other: both import this.
//
// A parameter the engine cannot take is a *ParamError, whose message each
// front end renders with its own name for the parameter (--size on the
// command line, size in a URL). Other errors wrap the engine's sentinels
// (index.ErrQuery, archive.ErrNotFound, index.ErrDisagree) and name no
// command or flag: the front end adds the remedy.
//
// # Caveats
//
//   - The compared queries of a timeline carry their own filters written
//     as flags ("--country US trade"): that small syntax is the engine's,
//     shared by the command line and the web's compare parameter.
//   - A quotes request reads up to MaxArticles matching articles and
//     extracts their statements on every call; nothing is cached.
package service
