package poll

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Recursion written as a loop: for cond { sleep; return self(…) } runs
// its body at most once (retry.OnceLoop), so the poll model reads it as
// if cond { sleep; return self(…) }: its condition guards the body and
// what follows it, and it is not a poll loop of its own.

// onceGuards returns the guards a once loop adds between c and its
// parent p: its condition for its body, and the negation of an earlier
// once loop's condition for the statements of a block after it (the
// body always leaves the round, like an if that returns).
func (f *finder) onceGuards(c, p ast.Node) []guard {
	switch p := p.(type) {
	case *ast.ForStmt:
		if c == p.Body && p.Cond != nil && retry.OnceLoop(p) != nil {
			return []guard{{cond: p.Cond}}
		}
	case *ast.BlockStmt:
		var out []guard
		for _, s := range p.List {
			if s == c {
				break
			}
			if fs := retry.OnceLoop(s); fs != nil && fs.Cond != nil {
				out = append(out, guard{cond: fs.Cond, neg: true})
			}
		}
		return out
	}
	return nil
}

// onceLoopBounds: in a recursive poll, a once loop around the recursive
// call whose condition tests a parameter passed on changed (for left > 0
// { …; return self(…, left-1) }) caps the attempts.
func (f *finder) onceLoopBounds(l *Loop, add func(ast.Node, string)) {
	fd, ok := l.Node.(*ast.FuncDecl)
	if !ok {
		return
	}
	for _, c := range f.repeats(l) {
		call := c.(*ast.CallExpr)
		for p := f.parent[call]; p != nil && p != fd; p = f.parent[p] {
			fs := retry.OnceLoop(p)
			if fs == nil || fs.Cond == nil {
				continue
			}
			for i, a := range call.Args {
				if _, changed := unparen(a).(*ast.BinaryExpr); !changed {
					continue
				}
				if v := paramAt(f, fd, i); v != nil && mentionsVar(f, fs.Cond, v) {
					add(fs.Cond, "attempt cap")
				}
			}
		}
	}
}
