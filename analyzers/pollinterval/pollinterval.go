package pollinterval

import (
	"errors"
	"fmt"
	"go/ast"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// Analyzer is the pollinterval rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "pollinterval",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, poll.Analyzer, poll.CtorIntervals, funcs.Analyzer},
	Run:      directive.CheckUnusedOutsideTests(run),
}

// minFlag is -pollinterval.min; when set (> 0) it overrides
// poll-interval-min of .paylint.yml. Zero means the flag was not given.
var minFlag time.Duration

func init() {
	Analyzer.Flags.Var(minValue{&minFlag}, "min",
		"shortest allowed wait (a `duration`) between two status reads of one payment; overrides poll-interval-min of .paylint.yml")
}

// minValue is the flag.Value of -pollinterval.min. Unset, it reads as the
// built-in minimum, so help and -explain show "default 2s" rather than
// 0s; yet it stores zero, so poll-interval-min of .paylint.yml still
// applies when the flag is not given.
type minValue struct{ d *time.Duration }

func (v minValue) String() string {
	switch {
	case v.d == nil: // the zero Value flag.PrintDefaults builds to find defaults
		return ""
	case *v.d == 0:
		return config.DefaultPollIntervalMin.String()
	}
	return v.d.String()
}

// Set parses like flag.DurationVar; "0" goes back to "not given".
func (v minValue) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("parse error")
	}
	*v.d = d
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	loops, cfg, err := poll.Loops(pass)
	if err != nil {
		return nil, err
	}
	limit := cfg.PollMin()
	if minFlag > 0 {
		limit = minFlag
	}
	reported := map[ast.Node]bool{}
	for _, l := range loops {
		if poll.InTestFile(pass, l.Pos) {
			continue
		}
		if l.Busy() {
			read := l.Reads[0]
			directive.Reportf(pass, read.Call,
				"payment status polled in a busy loop with no wait between reads (%s): the provider's limit is one poll per %s; wait at least %s between reads, and back off while PENDING",
				read.Desc, short(limit), short(limit))
			continue
		}
		w, ok := l.Interval()
		if !ok || w.D >= limit || reported[w.Node] {
			continue
		}
		reported[w.Node] = true
		d := analysis.Diagnostic{
			Pos: w.Node.Pos(), End: w.Node.End(),
			Message: fmt.Sprintf("payment status polled every %s: the provider's limit is one poll per %s; wait at least %s, and back off while PENDING",
				short(w.D), short(limit), short(limit)),
		}
		if w.Literal && w.Dur != nil {
			if name, ok := timeName(pass, w.Dur); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message: "wait " + short(limit) + " between polls",
					TextEdits: []analysis.TextEdit{{
						Pos: w.Dur.Pos(), End: w.Dur.End(), NewText: []byte(goDuration(limit, name)),
					}},
				}}
			}
		}
		directive.Report(pass, d)
	}
	reportCtorIntervals(pass, limit) // ctorintervals.go
	return nil, nil
}

// short prints a duration as a person would: 2s, 500ms, 1m30s.
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// goDuration writes d as a Go expression using the time package imported
// as name: 2 * time.Second, time.Minute, 1500 * time.Millisecond.
func goDuration(d time.Duration, name string) string {
	units := []struct {
		u    time.Duration
		name string
	}{{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"},
		{time.Millisecond, "Millisecond"}, {time.Microsecond, "Microsecond"}}
	for _, u := range units {
		if d%u.u == 0 {
			if d == u.u {
				return name + "." + u.name
			}
			return strconv.FormatInt(int64(d/u.u), 10) + " * " + name + "." + u.name
		}
	}
	return name + ".Duration(" + strconv.FormatInt(int64(d), 10) + ")"
}

// timeName returns the name under which the file holding n imports "time".
func timeName(pass *analysis.Pass, n ast.Node) (string, bool) {
	for _, f := range pass.Files {
		if f.FileStart > n.Pos() || n.Pos() > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != "time" {
				continue
			}
			if imp.Name == nil {
				return "time", true
			}
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				return "", false
			}
			return imp.Name.Name, true
		}
	}
	return "", false
}
