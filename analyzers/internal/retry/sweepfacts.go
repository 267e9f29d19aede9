package retry

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a pass over pending rows that another package schedules ---------------------
//
// A service method that selects the rows still pending and writes a
// payment for each is a worker's pass, whoever runs it:
//
//	package billing: func (s *NoShows) CollectPending(ctx) error {
//		pending, _ := s.fees.PendingNoShows(ctx)        // status = 'pending'
//		for _, f := range pending { s.cko.ChargeNoShow(ctx, f) … } }
//	package worker:  {"@every 10m", "noshow-fees", w.noshows.CollectPending}
//	                 … w.cron.AddFunc(j.spec, func() { w.run(j.name, j.run) })
//
// In billing no schedule is in sight (rows.go wants one, or a loop, in
// the package), and in worker no write is. So billing records, on the
// exported function, each write of such a pass that a failed write
// leaves pending (no claim, claim.go) and whose key is not the same on
// every pass (SweepFact); the package that hands the function to a
// robfig/cron schedule — directly, through a closure that calls it, or
// as a field of a table of jobs the closure runs — finds it there
// (ScheduledSweep), and the rule reports at that reference. A function
// nothing schedules stays silent: one run is one write per row.

// SweepFact marks an exported function whose body is one pass over the
// pending rows, with the writes a next pass would repeat.
type SweepFact struct {
	Writes []SweepWrite
}

// SweepWrite is one write of a pass: its description, where it is
// ("noshow.go:30"), where its key comes from and whether the SDK adds a
// random key of its own when none is set.
type SweepWrite struct {
	Desc    string
	At      string
	Key     payment.KeyKind
	AutoKey bool
}

// AFact marks SweepFact as a fact.
func (*SweepFact) AFact() {}

func (f *SweepFact) String() string { return "pass over pending rows: " + strconv.Itoa(len(f.Writes)) }

// ScheduledSweep is a function of another package with a SweepFact that
// a cron schedule of this package runs: Ref names it, Schedule is the
// AddFunc or AddJob call.
type ScheduledSweep struct {
	Ref      ast.Expr
	Schedule *ast.CallExpr
	Fn       *types.Func
	Fact     *SweepFact
	// Through (a schedule of another package): the function Schedule
	// calls, which stores Ref where its package's schedule runs it on
	// every tick (RunsParamFact.Schedule); At is where that is.
	Through *types.Func
	At      string
}

// exportSweeps exports the SweepFacts of the package's exported
// functions.
func exportSweeps(pass *analysis.Pass, info *payment.Info, res *Result) {
	if info == nil || res == nil || !info.Relevant {
		return
	}
	facts := map[*types.Func]*SweepFact{}
	var order []*types.Func
	for _, op := range info.Ops {
		if op == nil || op.Call == nil || !op.Kind.Has(payment.Write) || op.ClientRetries != "" || len(res.Around(op.Call)) > 0 {
			continue
		}
		c, fn := res.sweepAround(op.Call)
		if c == nil {
			continue
		}
		origin := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region, Counters: c.Counters})
		if origin.Stable() || origin.Kind == payment.KeyPerCall {
			// A key the function called makes on every call is judged
			// where that function repeats the write itself (its own
			// retry, reported there), as a port's binding says nothing
			// of an implementation that retries inside.
			continue
		}
		pos := pass.Fset.Position(op.Call.Pos())
		if facts[fn] == nil {
			facts[fn] = &SweepFact{}
			order = append(order, fn)
		}
		facts[fn].Writes = append(facts[fn].Writes, SweepWrite{
			Desc: op.Desc, At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line),
			Key: origin.Kind, AutoKey: op.AutoKey,
		})
	}
	for _, fn := range order {
		pass.ExportObjectFact(fn, facts[fn])
	}
}

// sweepAround returns the Rows construct of a write inside a range over
// pending rows of an exported function with no pass loop or schedule in
// this package (its whole body is the pass), and that function; nil when
// the rows are claimed or the write is judged where it is.
func (r *Result) sweepAround(call *ast.CallExpr) (*Construct, *types.Func) {
	r.init()
	r.mu.Lock()
	defer r.mu.Unlock()
	file := r.fileOf(call.Pos())
	if file == nil {
		return nil, nil
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for i, n := range path {
		var body *ast.BlockStmt
		switch l := n.(type) {
		case *ast.FuncLit:
			return nil, nil
		case *ast.RangeStmt:
			body = l.Body
		case *ast.ForStmt:
			body = l.Body
		default:
			continue
		}
		loop := n.(ast.Stmt)
		v, fill := r.rowsVar(loop)
		if !within(call, body) || v == nil && fill == nil {
			continue
		}
		fd := enclosingDecl(path[i:])
		if fd == nil || fd.Body == nil {
			return nil, nil
		}
		fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if fn == nil || !fn.Exported() {
			return nil, nil
		}
		if outer, _ := r.passLoop(path[i+1:]); outer != nil {
			return nil, nil // a pass of this package: Around judges it
		}
		var selected map[string]bool
		if fill != nil {
			selected = r.callFill(fill, fd.Body)
		} else {
			selected = r.pendingFill(fd.Body, loop, v)
		}
		if selected == nil || r.claimed(body, call, selected) {
			return nil, nil
		}
		return &Construct{Kind: Rows, Name: cronRowsName, Pos: fd.Pos(), Node: fd, Region: fd.Body}, fn
	}
	return nil, nil
}

// enclosingDecl: the function declaration on path, nil inside a literal.
func enclosingDecl(path []ast.Node) *ast.FuncDecl {
	for _, n := range path {
		switch d := n.(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			return d
		}
	}
	return nil
}

// scheduledSweeps finds the functions of other packages with a
// SweepFact that this package's robfig/cron schedules run.
func scheduledSweeps(pass *analysis.Pass, res *Result) []ScheduledSweep {
	out := storedSweeps(pass, res)
	imports := false
	for _, p := range pass.Pkg.Imports() {
		imports = imports || trimVendor(p.Path()) == cronPkg
	}
	if !imports {
		return out
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil || trimVendor(fn.Pkg().Path()) != cronPkg || fn.Name() != "AddFunc" && fn.Name() != "AddJob" {
				return true
			}
			jr := jobResolver{pass: pass, file: file}
			for _, ref := range jr.runs(call.Args[1]) {
				if ref.fn.Pkg() == pass.Pkg {
					continue // rows.go sees this package's own
				}
				f := new(SweepFact)
				if pass.ImportObjectFact(ref.fn, f) {
					out = append(out, ScheduledSweep{Ref: ref.expr, Schedule: call, Fn: ref.fn, Fact: f})
				}
			}
			return true
		})
	}
	return out
}

// storedSweeps finds the functions of other packages with a SweepFact
// that this package hands to a function storing them where its
// package's schedule runs them on every tick (a scheduler's option:
// jobs.WithPayoutRun(domain.Nigeria, payouts.RunNigeria), storedruns.go).
func storedSweeps(pass *analysis.Pass, res *Result) []ScheduledSweep {
	if res == nil {
		return nil
	}
	var out []ScheduledSweep
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !hasFuncArg(pass.TypesInfo, call) {
				return true
			}
			callee := res.staticCallee(call)
			rf := res.RunsParam(callee)
			if rf == nil || !rf.Schedule || rf.Param >= len(call.Args) {
				return true
			}
			jr := jobResolver{pass: pass, file: file}
			for _, ref := range jr.runs(call.Args[rf.Param]) {
				if ref.fn.Pkg() == pass.Pkg {
					continue
				}
				f := new(SweepFact)
				if pass.ImportObjectFact(ref.fn, f) {
					out = append(out, ScheduledSweep{Ref: ref.expr, Schedule: call, Fn: ref.fn, Fact: f, Through: callee, At: rf.At})
				}
			}
			return true
		})
	}
	return out
}

// jobRef is a function a job runs and the expression naming it.
type jobRef struct {
	expr ast.Expr
	fn   *types.Func
}

// jobResolver finds the functions a cron job runs.
type jobResolver struct {
	pass *analysis.Pass
	file *ast.File
}

// runs: the functions job runs: job itself (a function or method
// value), or, for a closure, the functions it calls (also through a
// field of a table of jobs it ranges over: j.run(ctx)) and the function
// values it hands to a local function that calls them.
func (jr jobResolver) runs(job ast.Expr) []jobRef {
	job = ast.Unparen(job)
	if call, ok := job.(*ast.CallExpr); ok && len(call.Args) == 1 { // cron.FuncJob(f)
		if tv, ok := jr.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			job = ast.Unparen(call.Args[0])
		}
	}
	if ref, ok := jr.funcRef(job); ok {
		return []jobRef{ref}
	}
	lit, ok := job.(*ast.FuncLit)
	if !ok {
		return nil
	}
	var out []jobRef
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if ref, ok := jr.funcRef(call.Fun); ok {
			out = append(out, ref)
		} else {
			out = append(out, jr.tableValues(call.Fun)...) // j.run(ctx) over a table of jobs
		}
		callee, _ := typeutil.Callee(jr.pass.TypesInfo, call).(*types.Func)
		for i, a := range call.Args {
			if !jr.callsParam(callee, i) {
				continue
			}
			if ref, ok := jr.funcRef(a); ok {
				out = append(out, ref)
				continue
			}
			out = append(out, jr.tableValues(a)...)
		}
		return true
	})
	return out
}

// funcRef: e names a function or a method value.
func (jr jobResolver) funcRef(e ast.Expr) (jobRef, bool) {
	fn := namedFunc(jr.pass.TypesInfo, e)
	if fn == nil {
		return jobRef{}, false
	}
	return jobRef{expr: e, fn: fn.Origin()}, true
}

// callsParam: callee is a function of this package whose body calls its
// parameter i (func (w *Worker) run(name string, job func(context.Context) error) { … job(ctx) … }).
func (jr jobResolver) callsParam(callee *types.Func, i int) bool {
	if callee == nil || callee.Pkg() != jr.pass.Pkg {
		return false
	}
	sig := callee.Type().(*types.Signature)
	if i >= sig.Params().Len() {
		return false
	}
	p := sig.Params().At(i)
	if _, ok := p.Type().Underlying().(*types.Signature); !ok {
		return false
	}
	fd := funcs.Of(jr.pass).Body(callee)
	if fd == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && jr.pass.TypesInfo.Uses[id] == p {
				found = true
			}
		}
		return !found
	})
	return found
}

// tableValues: e is j.f where j ranges over (or copies a variable that
// ranges over) a local table built by a slice or array literal: the
// functions its elements give field f.
func (jr jobResolver) tableValues(e ast.Expr) []jobRef {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	field, ok := jr.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() {
		return nil
	}
	x, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := jr.pass.TypesInfo.Uses[x].(*types.Var)
	table := jr.rangedTable(v, 0)
	if table == nil {
		return nil
	}
	var out []jobRef
	for _, el := range table.Elts {
		lit, ok := ast.Unparen(el).(*ast.CompositeLit)
		if !ok {
			continue
		}
		if val := fieldValue(jr.pass.TypesInfo, lit, field); val != nil {
			if ref, ok := jr.funcRef(val); ok {
				out = append(out, ref)
			}
		}
	}
	return out
}

// rangedTable: the slice or array literal v ranges over (for _, v :=
// range jobs, jobs := []T{…}), also through one copy (v := v).
func (jr jobResolver) rangedTable(v *types.Var, depth int) *ast.CompositeLit {
	if v == nil || depth > 1 {
		return nil
	}
	var table *ast.CompositeLit
	ast.Inspect(jr.file, func(n ast.Node) bool {
		if table != nil {
			return false
		}
		switch s := n.(type) {
		case *ast.RangeStmt:
			if id, ok := s.Value.(*ast.Ident); ok && jr.pass.TypesInfo.Defs[id] == v {
				table = jr.localLiteral(s.X)
			}
		case *ast.AssignStmt:
			if len(s.Lhs) == 1 && len(s.Rhs) == 1 {
				if id, ok := s.Lhs[0].(*ast.Ident); ok && jr.pass.TypesInfo.Defs[id] == v {
					if src, ok := ast.Unparen(s.Rhs[0]).(*ast.Ident); ok {
						from, _ := jr.pass.TypesInfo.Uses[src].(*types.Var)
						table = jr.rangedTable(from, depth+1)
					}
				}
			}
		}
		return table == nil
	})
	return table
}

// localLiteral: e is a slice or array literal, or a local variable
// defined by one.
func (jr jobResolver) localLiteral(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := jr.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil {
		return nil
	}
	var lit *ast.CompositeLit
	ast.Inspect(jr.file, func(n ast.Node) bool {
		if s, ok := n.(*ast.AssignStmt); ok && len(s.Lhs) == 1 && len(s.Rhs) == 1 {
			if id, ok := s.Lhs[0].(*ast.Ident); ok && jr.pass.TypesInfo.Defs[id] == v {
				lit, _ = ast.Unparen(s.Rhs[0]).(*ast.CompositeLit)
			}
		}
		return lit == nil
	})
	return lit
}

// fieldValue: the value a struct literal gives field (keyed or
// positional), nil if none.
func fieldValue(info *types.Info, lit *ast.CompositeLit, field *types.Var) ast.Expr {
	var st *types.Struct
	if t := info.TypeOf(lit); t != nil {
		st, _ = t.Underlying().(*types.Struct)
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && info.Uses[id] == field {
				return kv.Value
			}
			continue
		}
		if st != nil && i < st.NumFields() && st.Field(i) == field {
			return el
		}
	}
	return nil
}
