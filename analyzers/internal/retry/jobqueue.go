package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- a hand-written job queue that runs a failed job again ----------------------
//
// A queue of rows the application writes itself claims its jobs, calls
// the handler registered for each, and on the handler's error writes the
// job back to be run again:
//
//	q.finish(ctx, tx, j, h(ctx, j))
//	func (q *Queue) finish(…, err error) {
//		if err == nil { … state = 'completed' …; return }
//		if j.Attempts+1 >= q.maxAttempts { … state = 'discarded' …; return }
//		tx.ExecContext(ctx, `UPDATE jobs SET attempts = attempts + 1, run_at = now() + $2 … WHERE id = $1`, …)
//	}
//
// rerunsAfter reads that: the handler's error, handed to a function of
// the package or tested where it is assigned, reaches (on its failure
// side: under err != nil, or after an if err == nil { …; return }) a
// write that reschedules the job. A failed job marked dead or failed
// for good, or a failure only logged, is no rerun.

// rerunsAfter reports whether the error of call (a handler's) leads to
// a write that runs the job again.
func (r *Result) rerunsAfter(call *ast.CallExpr) bool {
	return r.rerunsAfterAt(call, 0)
}

func (r *Result) rerunsAfterAt(call *ast.CallExpr, depth int) bool {
	file := r.fileOf(call.Pos())
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	if len(path) < 2 || path[0] != call {
		return false
	}
	info := r.pass.TypesInfo
	switch p := path[1].(type) {
	case *ast.CallExpr: // q.finish(ctx, tx, j, h(ctx, j))
		for i, a := range p.Args {
			if ast.Unparen(a) == call {
				return r.rerunInCallee(p, i, 0)
			}
		}
	case *ast.AssignStmt: // err := h(ctx, j); if err := …; err != nil
		if len(p.Rhs) != 1 || len(p.Lhs) == 0 {
			return false
		}
		id, _ := p.Lhs[len(p.Lhs)-1].(*ast.Ident)
		if id == nil {
			return false
		}
		obj := info.ObjectOf(id)
		if obj == nil {
			return false
		}
		scope := body(file, call)
		return scope != nil && r.rerunUnder(scope, obj, 0)
	case *ast.ReturnStmt: // return h(ctx, j): the callers of the runner
		fd := enclosingDecl(path[1:])
		if depth > 0 || fd == nil || len(p.Results) != 1 {
			return false
		}
		fn, _ := info.Defs[fd.Name].(*types.Func)
		return fn != nil && r.callerReruns(fn, depth+1)
	}
	return false
}

// callerReruns: a call of fn in this package leads, on its error, to a
// write that runs the job again.
func (r *Result) callerReruns(fn *types.Func, depth int) bool {
	found := false
	for _, d := range r.decls {
		ast.Inspect(d.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && !found && r.staticCallee(c) == fn {
				found = r.rerunsAfterAt(c, depth)
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// maxRerunDepth bounds how far the failure is followed into the
// package's functions.
const maxRerunDepth = 2

// rerunInCallee: the function of this package that call calls is
// handed the error as its parameter i, and reschedules the job when it
// is not nil.
func (r *Result) rerunInCallee(call *ast.CallExpr, i, depth int) bool {
	if depth > maxRerunDepth {
		return false
	}
	g := r.staticCallee(call)
	decl := r.decls[g]
	if decl == nil || decl.Body == nil {
		return false
	}
	sig := g.Type().(*types.Signature)
	if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	return r.rerunUnder(decl.Body, sig.Params().At(i), depth+1)
}

// rerunUnder reports whether scope, on the side where the error e is
// not nil, writes the job back to run again.
func (r *Result) rerunUnder(scope ast.Node, e types.Object, depth int) bool {
	found := false
	ast.Inspect(scope, func(n ast.Node) bool {
		if found {
			return false
		}
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			for i, st := range s.List {
				is, ok := st.(*ast.IfStmt)
				if !ok || is.Else != nil || !r.errTest(is.Cond, e, token.EQL) || !leaves(is.Body) {
					continue
				}
				for _, rest := range s.List[i+1:] {
					if r.rerunIn(rest, depth) {
						found = true
					}
				}
			}
		case *ast.IfStmt:
			switch {
			case r.errTest(s.Cond, e, token.NEQ):
				found = r.rerunIn(s.Body, depth)
			case r.errTest(s.Cond, e, token.EQL) && s.Else != nil:
				found = r.rerunIn(s.Else, depth)
			}
		case *ast.CallExpr:
			for i, a := range s.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == e {
					found = found || r.rerunInCallee(s, i, depth)
				}
			}
		}
		return !found
	})
	return found
}

// errTest: cond is e op nil (or nil op e).
func (r *Result) errTest(cond ast.Expr, e types.Object, op token.Token) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return false
	}
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && r.pass.TypesInfo.Uses[id] == e
	}
	info := r.pass.TypesInfo
	return is(b.X) && isNil(info, ast.Unparen(b.Y)) || is(b.Y) && isNil(info, ast.Unparen(b.X))
}

// rerunIn reports whether n (or a function of this package it calls)
// writes a job back to run again.
func (r *Result) rerunIn(n ast.Node, depth int) bool {
	for _, t := range r.texts(n) {
		if rerunSQL(t) {
			return true
		}
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			callee := r.staticCallee(m)
			if callee == nil {
				return true
			}
			if strings.HasPrefix(callee.Name(), "Update") && callee.Pkg() != r.pass.Pkg {
				// GORM's Update("run_at", t), Updates(map[string]any{"run_at": t}), Updates(Job{RunAt: t})
				for _, t := range r.texts(m) {
					if runAtColumns[t] || runAtColumns[strings.Join(splitCamel(t), "_")] {
						found = true
					}
				}
			}
			if decl := r.decls[callee]; !found && depth < maxRerunDepth && decl != nil && decl.Body != nil && r.rerunIn(decl.Body, depth+1) {
				found = true
			}
		}
		return !found
	})
	return found
}

// runAtColumns are the columns a queue sets to when a job runs next.
var runAtColumns = set("run_at", "run_after", "next_run_at", "next_run", "next_attempt_at", "next_retry_at",
	"retry_at", "available_at", "scheduled_at", "scheduled_for", "visible_at", "process_at", "execute_at", "not_before")

// queuedStates are the statuses of a job waiting to run.
var queuedStates = set("queued", "pending", "available", "ready", "retry", "retrying", "retryable", "scheduled",
	"waiting", "new", "enqueued", "todo")

var (
	updateSetRE = lazyre.New(`(?s)\bupdate\b.*?\bset\b(.*?)(?:\bwhere\b|$)`)
	setStatusRE = lazyre.New(`\b(?:status|state|[a-z0-9]+_status|[a-z0-9]+_state)\s*=\s*'([a-z_]+)'`)
	setColumnRE = lazyre.New(`\b([a-z_]+)\s*=`)
)

// rerunSQL: t is an UPDATE whose SET gives the job a queued status, or
// (setting no status) a time to run next.
func rerunSQL(t string) bool {
	m := updateSetRE.FindStringSubmatch(strings.ToLower(t))
	if m == nil {
		return false
	}
	set := m[1]
	if st := setStatusRE.FindAllStringSubmatch(set, -1); len(st) > 0 {
		for _, s := range st {
			if !queuedStates[s[1]] {
				return false // dead, failed, discarded: not run again
			}
		}
		return true
	}
	for _, c := range setColumnRE.FindAllStringSubmatch(set, -1) {
		if runAtColumns[c[1]] {
			return true
		}
	}
	return false
}

// queueJob returns the Job construct when fn is handed to a hand-written
// job queue that runs it again after its error (RunsParamFact.Rerun) and
// cur's failure makes it return one.
func (r *Result) queueJob(fn ast.Node, cur ast.Node) *Construct {
	_, body := r.handlerFunc(fn)
	if body == nil {
		return nil
	}
	reg, f := r.queueRerun(fn)
	if reg == nil || !r.failureReturns(body, cur) {
		return nil
	}
	return &Construct{Kind: Job, Name: "the job queue " + f.Name + " (" + f.At + "), which runs the job again when its handler returns an error",
		Pos: fn.Pos(), Node: fn, Region: body}
}
