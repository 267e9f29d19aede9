package retry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A cron schedule is a pass loop too: robfig/cron/v3 (v3.0.1) runs the
// function handed to Cron.AddFunc(spec, f) or the Job handed to
// AddJob(spec, job) on every tick, so a function it runs that re-selects
// the pending rows and writes each repeats the write of a row left
// pending (rows.go decides the rest: the pending query, the claim).

const cronPkg = "github.com/robfig/cron/v3"

// cronRowsName is the Rows construct's name when a cron schedule runs
// the passes.
const cronRowsName = "cron job that re-selects pending rows"

// cronRuns returns the AddFunc or AddJob call of the package whose
// schedule runs fn (a *ast.FuncLit or *ast.FuncDecl): handed to it
// directly (or converted, cron.FuncJob(f)), as the Run method of the
// job, or called by a closure handed to it; nil otherwise.
func (r *Result) cronRuns(fn ast.Node) *ast.CallExpr {
	if !r.imports(cronPkg) {
		return nil
	}
	var found *ast.CallExpr
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if found != nil || !ok {
				return found == nil
			}
			if !r.isCronAdd(call) || len(call.Args) != 2 {
				return true
			}
			if job := call.Args[1]; r.hands(job, fn) || r.closureCalls(job, fn) || r.tableRuns(f, job, fn) {
				found = call
			}
			return found == nil
		})
	}
	return found
}

// isCronAdd: (*cron.Cron).AddFunc or AddJob.
func (r *Result) isCronAdd(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || trimVendor(fn.Pkg().Path()) != cronPkg {
		return false
	}
	return fn.Name() == "AddFunc" || fn.Name() == "AddJob"
}

// closureCalls: job is a closure (or a conversion of one) whose body
// calls the declared function fn.
func (r *Result) closureCalls(job ast.Expr, fn ast.Node) bool {
	lit, ok := unconvert(r.pass.TypesInfo, job).(*ast.FuncLit)
	fd, isDecl := fn.(*ast.FuncDecl)
	if !ok || !isDecl {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if callee := r.staticCallee(call); callee != nil && r.decls[callee] == fd {
				found = true
			}
		}
		return !found
	})
	return found
}

// imports: the package imports path (vendored or not).
func (r *Result) imports(path string) bool {
	for _, p := range r.pass.Pkg.Imports() {
		if trimVendor(p.Path()) == path {
			return true
		}
	}
	return false
}

// tableRuns: job is a closure that runs the declared function fn
// through a field of a table of jobs it ranges over (j.run(ctx) over
// []struct{…; run func(context.Context) error}{{…, w.runBacs}}), or hands
// it to a local function that calls it (sweepfacts.go's jobResolver, as
// for a pass of another package).
func (r *Result) tableRuns(file *ast.File, job ast.Expr, fn ast.Node) bool {
	fd, ok := fn.(*ast.FuncDecl)
	if !ok {
		return false
	}
	for _, ref := range (jobResolver{pass: r.pass, file: file}).runs(job) {
		if r.decls[ref.fn] == fd {
			return true
		}
	}
	return false
}
