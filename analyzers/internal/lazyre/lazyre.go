// Package lazyre holds regular expressions compiled on first use.
//
// go vet starts paylint once per package, dependencies included, and most
// of those processes never match a path or a SQL text: compiling the
// models' patterns at start-up (or on every call) cost each of them about
// a millisecond, more than the analysis of a small package.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled the first time it is used.
type Regexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// New returns the expression src, not yet compiled (it must compile:
// the first use panics otherwise, as regexp.MustCompile does).
func New(src string) *Regexp { return &Regexp{src: src} }

func (l *Regexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *Regexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *Regexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *Regexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }

func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}

func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}

func (l *Regexp) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }
