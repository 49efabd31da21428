package archive

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is used,
// as Go's own cmd/go/internal/lazyregexp. The readers of this package hold
// about fifty; compiled when the package was initialised, they took about
// 3 ms of the start of every process that imports it, `search` included,
// which reads no input file.
type lazyRegexp struct {
	src  string
	once sync.Once
	rx   *regexp.Regexp
}

// lazyRE returns the regular expression src, compiled when first used. A
// bad expression panics then, as regexp.MustCompile does; every one is a
// constant of this package, used by its tests.
func lazyRE(src string) *lazyRegexp { return &lazyRegexp{src: src} }

func (l *lazyRegexp) re() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.src) })
	return l.rx
}

func (l *lazyRegexp) FindString(s string) string     { return l.re().FindString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	return l.re().FindStringSubmatch(s)
}
func (l *lazyRegexp) FindSubmatch(b []byte) [][]byte         { return l.re().FindSubmatch(b) }
func (l *lazyRegexp) MatchString(s string) bool              { return l.re().MatchString(s) }
func (l *lazyRegexp) Match(b []byte) bool                    { return l.re().Match(b) }
func (l *lazyRegexp) ReplaceAll(b, repl []byte) []byte       { return l.re().ReplaceAll(b, repl) }
func (l *lazyRegexp) ReplaceAllString(s, repl string) string { return l.re().ReplaceAllString(s, repl) }
func (l *lazyRegexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.re().ReplaceAllStringFunc(s, f)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.re().Split(s, n) }
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.re().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.re().FindAllStringSubmatchIndex(s, n)
}
