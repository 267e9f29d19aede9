package payment

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. go vet starts
// paylint once per package, dependencies included, and most of those
// processes never match a path or a SQL text: compiling the model's
// patterns at start-up cost each of them about a millisecond.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func lazyRE(src string) *lazyRegexp { return &lazyRegexp{src: src} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
