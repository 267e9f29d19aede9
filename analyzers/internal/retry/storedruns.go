package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- functions a package keeps in a field and runs again ------------------------
//
// A hand-written job queue and a scheduler behind options both keep the
// functions they are handed in a field, and a function of their package
// runs them:
//
//	func (q *Queue) Register(kind string, h Handler) { q.handlers[kind] = h }
//	func (q *Queue) work(ctx) error { … h, ok := q.handlers[j.Kind] …
//		q.finish(ctx, tx, j, h(ctx, j)) }                 // error → run_at later
//
//	func WithPayoutRun(c Country, run PayoutRun) Option { return func(s *Scheduler) { s.runs[c] = run } }
//	s.c.AddFunc("0 5 * * MON", s.weekly)                  // weekly: for _, run := range s.runs { run(ctx) }
//
// Neither says what it runs, and the code handing it a function says
// nothing of how it is run. So the package that keeps the field records,
// on each function storing one of its func parameters there, what its
// package does with it (RunsParamFact): Rerun when a runner picks the
// function for a job (an index by the job's kind, or the field itself),
// calls it, and on its error writes the job back to run again (a SQL
// UPDATE setting a run-at column — run_at, next_attempt_at … — or a
// status back to a queued one: queued, available, retry…; a terminal
// status — dead, failed, discarded — is no rerun); Schedule when a pass
// loop or a robfig/cron schedule of the package calls every function
// the field holds (the field itself, or a range over it) on each tick.
// A job handler handed to a Rerun parameter is a Job (jobs.go); a pass
// over pending rows of another package (SweepFact) handed to a Schedule
// parameter is a scheduled sweep (sweepfacts.go).

// RunsParamFact marks a function that stores its func parameter Param in
// a field that its package runs again: after the function's error, for a
// job queue (Rerun), or on every tick of a schedule (Schedule). Name is
// the type holding the field ("jobs.Queue"); At is where the package
// runs it ("queue.go:104").
type RunsParamFact struct {
	Param    int
	Rerun    bool
	Schedule bool
	Name     string
	At       string
}

// AFact marks RunsParamFact as a fact.
func (*RunsParamFact) AFact() {}

func (f *RunsParamFact) String() string {
	s := "runs param " + strconv.Itoa(f.Param)
	if f.Rerun {
		s += " again after its error"
	}
	if f.Schedule {
		s += " on every tick"
	}
	return s + " (" + f.At + ")"
}

// fieldRun is what a package does with the functions a field holds.
type fieldRun struct {
	rerun, schedule bool
	name, at        string
}

// how a runner reaches a field's function.
const (
	viaDirect = iota + 1 // s.run(ctx)
	viaIndex             // q.handlers[j.Kind](ctx, j), h := q.handlers[k]
	viaRange             // for _, run := range s.runs { run(ctx) }
)

// summariseStoredRuns finds the package's fields whose functions it runs
// again, and records (and exports, for exported functions) the functions
// that store a func parameter there.
func (r *Result) summariseStoredRuns() {
	r.runsLocal = map[*types.Func]*RunsParamFact{}
	if payment.InGOROOT(r.pass) || r.pass.Pkg == nil || payment.Library(r.pass.Pkg.Path()) {
		return
	}
	bodies := funcs.Of(r.pass).Bodies()
	fields := map[*types.Var]*fieldRun{}
	for _, d := range bodies {
		ast.Inspect(d.Syntax.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			switch typeutil.Callee(r.pass.TypesInfo, call).(type) {
			case *types.Func, *types.Builtin:
				return true
			}
			tv, ok := r.pass.TypesInfo.Types[call.Fun]
			if !ok || tv.IsType() || tv.Type == nil {
				return true
			}
			sig, _ := tv.Type.Underlying().(*types.Signature)
			if sig == nil {
				return true
			}
			field, how := r.funcField(d.Syntax, call.Fun)
			if field == nil {
				return true
			}
			r.init()
			rerun := how != viaRange && errorLast(sig) && r.rerunsAfter(call)
			schedule := false
			if how != viaIndex {
				if file := r.fileOf(call.Pos()); file != nil {
					path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
					outer, _ := r.passLoop(path)
					schedule = outer != nil
				}
			}
			if !rerun && !schedule {
				return true
			}
			fr := fields[field]
			if fr == nil {
				pos := r.pass.Fset.Position(call.Pos())
				fr = &fieldRun{name: holderName(d.Func), at: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)}
				fields[field] = fr
			}
			fr.rerun = fr.rerun || rerun
			fr.schedule = fr.schedule || schedule
			return true
		})
	}
	if len(fields) == 0 {
		return
	}
	for _, d := range bodies {
		sig := d.Func.Type().(*types.Signature)
		store := func(fr *fieldRun, val ast.Expr) {
			idx := paramIndex(r.pass.TypesInfo, sig, val)
			if fr == nil || idx < 0 {
				return
			}
			f := &RunsParamFact{Param: idx, Rerun: fr.rerun, Schedule: fr.schedule, Name: fr.name, At: fr.at}
			r.runsLocal[d.Func] = f
			if d.Func.Exported() {
				r.pass.ExportObjectFact(d.Func, f)
			}
		}
		ast.Inspect(d.Syntax.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt: // q.handlers[kind] = h, s.runs = append(s.runs, run)
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						store(fields[r.storedField(lhs)], n.Rhs[i])
					}
				}
			case *ast.KeyValueExpr: // &Worker{handle: h}
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok && v.IsField() {
						store(fields[v], n.Value)
					}
				}
			}
			return true
		})
	}
}

// holderName names the type a runner is a method of ("jobs.Queue"), or
// its package.
func holderName(fn *types.Func) string {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Name() + "." + n.Obj().Name()
		}
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// funcField returns the field whose function fun calls, and how it is
// reached: the field itself, an element of it (also through a local
// defined from one: h, ok := q.handlers[j.Kind]), or a range value over
// it.
func (r *Result) funcField(fd *ast.FuncDecl, fun ast.Expr) (*types.Var, int) {
	info := r.pass.TypesInfo
	switch e := ast.Unparen(fun).(type) {
	case *ast.SelectorExpr:
		if f := fieldOf(info, e); f != nil {
			return f, viaDirect
		}
	case *ast.IndexExpr:
		if f := fieldOf(info, e.X); f != nil {
			return f, viaIndex
		}
	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		if v == nil || v.IsField() || !within(&ast.Ident{NamePos: v.Pos()}, fd.Body) {
			return nil, 0
		}
		var field *types.Var
		how := 0
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if field != nil {
				return false
			}
			switch s := n.(type) {
			case *ast.AssignStmt:
				if s.Tok != token.DEFINE || len(s.Rhs) != 1 || len(s.Lhs) == 0 {
					return true
				}
				if id, ok := s.Lhs[0].(*ast.Ident); ok && info.Defs[id] == v {
					if ix, ok := ast.Unparen(s.Rhs[0]).(*ast.IndexExpr); ok {
						field, how = fieldOf(info, ix.X), viaIndex
					}
				}
			case *ast.RangeStmt:
				if id, ok := s.Value.(*ast.Ident); ok && info.Defs[id] == v {
					field, how = fieldOf(info, s.X), viaRange
				}
			}
			return true
		})
		if field != nil {
			return field, how
		}
	}
	return nil, 0
}

// fieldOf: e selects a field of this package holding functions (a func,
// or a map or slice of them).
func fieldOf(info *types.Info, e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	v, _ := info.Uses[sel.Sel].(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	t := v.Type().Underlying()
	switch c := t.(type) {
	case *types.Map:
		t = c.Elem().Underlying()
	case *types.Slice:
		t = c.Elem().Underlying()
	}
	if _, ok := t.(*types.Signature); !ok {
		return nil
	}
	return v
}

// storedField: lhs stores into a field holding functions (x.F, x.F[k]).
func (r *Result) storedField(lhs ast.Expr) *types.Var {
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		lhs = ix.X
	}
	return fieldOf(r.pass.TypesInfo, lhs)
}

// paramIndex: e is (a conversion of) one of sig's parameters, or
// append(x.F, p): its index; -1 otherwise.
func paramIndex(info *types.Info, sig *types.Signature, e ast.Expr) int {
	e = unconvert(info, e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 2 {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "append" {
			if _, ok := info.Uses[id].(*types.Builtin); ok {
				e = unconvert(info, call.Args[1])
			}
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return -1
	}
	v, _ := info.Uses[id].(*types.Var)
	for i := 0; v != nil && i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// RunsParam returns what fn's package does with the function fn stores
// (its RunsParamFact, of this package or imported), nil if nothing.
func (r *Result) RunsParam(fn *types.Func) *RunsParamFact {
	if r == nil || fn == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.runsLocal[fn]
	}
	if r.pass.ImportObjectFact == nil {
		return nil
	}
	f := new(RunsParamFact)
	if !r.pass.ImportObjectFact(fn, f) {
		return nil
	}
	return f
}

// queueRerun returns the call of the package that hands fn (a
// *ast.FuncLit or *ast.FuncDecl) to a job queue's register function,
// one that runs it again after its error (RunsParamFact.Rerun), and
// that function's fact.
func (r *Result) queueRerun(fn ast.Node) (*ast.CallExpr, *RunsParamFact) {
	if r.rerunRegs == nil {
		r.rerunRegs = []rerunReg{}
		for _, f := range r.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || !hasFuncArg(r.pass.TypesInfo, call) {
					return true
				}
				if rf := r.RunsParam(r.staticCallee(call)); rf != nil && rf.Rerun && rf.Param < len(call.Args) {
					r.rerunRegs = append(r.rerunRegs, rerunReg{call, rf})
				}
				return true
			})
		}
	}
	for _, reg := range r.rerunRegs {
		if r.hands(reg.call.Args[reg.fact.Param], fn) {
			return reg.call, reg.fact
		}
	}
	return nil, nil
}

// rerunReg is a call handing a function to a job queue that runs it
// again after its error.
type rerunReg struct {
	call *ast.CallExpr
	fact *RunsParamFact
}
