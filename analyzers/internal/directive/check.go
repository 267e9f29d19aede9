package directive

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/goroot"
	"github.com/paylint/paylint/analyzers/internal/suggest"
)

// CheckIgnores reports the //paylint:ignore directives that suppress nothing
// because they are malformed: no analyzer name, an analyzer name paylint
// does not have, no reason, or a near-miss spelling that is not a directive
// at all (// paylint:ignore, //paylint-ignore, //paylint:nolint…). Every
// analyzer calls it and each problem has one owner, so it is reported once
// however many analyzers run: the analyzer the directive names, the one
// nearest to a misspelt name, else the first of the registry. Directives in
// generated files are checked only when their findings would be reported.
func CheckIgnores(pass *analysis.Pass) {
	if goroot.Pass(pass) {
		return // nobody writes our directives there, nor reads its reports
	}
	for _, f := range pass.Files {
		if hidden(f) {
			continue
		}
		for _, ig := range Ignores(pass.Fset, f) {
			if owner, msg := ignoreProblem(ig, pass.Analyzer.Name); owner == pass.Analyzer.Name {
				report(pass, ig.Pos, msg)
			}
		}
		for _, n := range nearMisses(f) {
			if n.nm.owner() == pass.Analyzer.Name {
				report(pass, n.pos, n.nm.message())
			}
		}
	}
}

// ignoreProblem returns the analyzer that owns the problem of a well-formed
// //paylint:ignore and its message, or "" when the directive is sound.
// self only fills the example in the message for a nameless directive.
func ignoreProblem(ig *Ignore, self string) (owner, msg string) {
	var unknown []string
	for _, a := range ig.Analyzers {
		if !known(a) {
			unknown = append(unknown, a)
		}
	}
	switch {
	case len(ig.Analyzers) == 0:
		return registry[0], "//paylint:ignore needs an analyzer name and a reason: //paylint:ignore " + self + " <why this is safe>"
	case len(unknown) > 0:
		return unknownOwner(unknown[0], ig.Analyzers), unknownMessage(ig, unknown)
	case ig.Reason == "":
		return ig.Analyzers[0], "//paylint:ignore " + strings.Join(ig.Analyzers, ",") + " has no reason and suppresses nothing: say why the code is safe after the analyzer names"
	}
	return "", ""
}

// unknownOwner chooses who reports an unknown name: the analyzer nearest to
// it, else the first known analyzer the directive also names, else the
// first of the registry.
func unknownOwner(name string, names []string) string {
	if near, ok := suggest.Nearest(name, registry); ok {
		return near
	}
	if k := firstKnown(names); k != "" {
		return k
	}
	return registry[0]
}

// unknownMessage says which names are unknown, what was probably meant,
// and what the directive still does.
func unknownMessage(ig *Ignore, unknown []string) string {
	var quoted []string
	listAll := false
	for _, u := range unknown {
		if near, ok := suggest.Nearest(u, registry); ok {
			quoted = append(quoted, fmt.Sprintf("%q (did you mean %q?)", u, near))
		} else {
			quoted = append(quoted, fmt.Sprintf("%q", u))
			listAll = true
		}
	}
	msg := "//paylint:ignore names no paylint analyzer " + strings.Join(quoted, ", ")
	switch {
	case ig.Reason == "":
		msg += "; it has no reason either and suppresses nothing: write //paylint:ignore <analyzer> <why this is safe>"
	case len(unknown) == len(ig.Analyzers):
		msg += "; it suppresses nothing"
	case len(unknown) == 1:
		msg += "; that name suppresses nothing"
	default:
		msg += "; those names suppress nothing"
	}
	if listAll {
		msg += " (paylint's analyzers: " + strings.Join(registry, ", ") + ")"
	}
	return msg
}

// report reports a problem of a directive itself. It bypasses Report: a
// directive's own problem cannot be suppressed by another directive.
func report(pass *analysis.Pass, pos token.Pos, msg string) {
	pass.Report(analysis.Diagnostic{Pos: pos, Category: pass.Analyzer.Name, Message: msg})
}
