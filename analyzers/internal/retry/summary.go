package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Helper summaries (payment.HelperFact) are computed eagerly in Run and
// exported as facts, so that a call of a retry or poll helper of another
// package is seen as a retry or a poll of its callback. Only functions
// with a func-typed parameter called in a loop, by recursion or handed to
// a retry library are summarised: the cost stays flat.

func run(pass *analysis.Pass) (any, error) {
	r := New(pass)
	r.summarise()
	if !payment.InGOROOT(pass) && (pass.Pkg == nil || !payment.Library(pass.Pkg.Path())) {
		r.summariseFieldHelpers() // fieldhelper.go
	}
	r.exportPendingSelects() // pendingfact.go
	r.summariseStoredRuns()  // storedruns.go
	r.statusErrs = map[*types.Func]*StatusErrFact{}
	r.statusCodes = map[*types.Func]*StatusCodeFact{}
	if !payment.InGOROOT(pass) && (pass.Pkg == nil || !payment.Library(pass.Pkg.Path())) {
		r.summariseStatusErrs()
		r.resolveIfaceCodes() // ifacecode.go
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if !payment.InGOROOT(pass) && (pass.Pkg == nil || !payment.Library(pass.Pkg.Path())) {
		r.summariseResends(info) // resend.go
	}
	if info == nil || info.Relevant {
		// Only a package that can reach a payment op asks about helpers
		// later (when facts can no longer be imported); in go vet mode most
		// dependencies cannot.
		r.importHelpers()
		r.importResends(info)
	}
	return r, nil
}

// candidate is a function with func-typed parameters that it calls or
// hands to another function.
type candidate struct {
	decl   *ast.FuncDecl
	fn     *types.Func
	params map[*types.Var]int
}

// summarise computes and exports the helper facts of the package.
func (r *Result) summarise() {
	r.local = map[*types.Func]*payment.HelperFact{}
	r.errFilters = map[*types.Func]*ErrFilterFact{}
	r.builds = map[*types.Func]*BuildFact{}
	if payment.InGOROOT(r.pass) || r.pass.Pkg != nil && payment.Library(r.pass.Pkg.Path()) {
		// sort.Slice, slices.IndexFunc…: per-item callbacks, never a retry
		// or a poll; the retry libraries themselves are data (lib_*.go).
		return
	}
	var cands []candidate
	for _, d := range funcs.Of(r.pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if params := funcParams(fn); len(params) > 0 {
			cands = append(cands, candidate{fd, fn, params})
		}
	}
	if len(cands) == 0 {
		return
	}
	r.init()
	for _, c := range cands {
		if f := r.summaryOf(c); f != nil {
			r.local[c.fn] = f
		}
	}
	// Helpers that hand their callback to another helper (a default
	// policy around a general one), to a small fixed point.
	for round := 0; round < 3; round++ {
		changed := false
		for _, c := range cands {
			if r.local[c.fn] != nil {
				continue
			}
			if f := r.delegated(c); f != nil {
				r.local[c.fn] = f
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	r.summariseBuilds(cands) // build_param.go
	r.exportStopMarks()      // helpersdk.go
	fns := make([]*types.Func, 0, len(r.local)+len(r.builds))
	for fn := range r.local {
		fns = append(fns, fn)
	}
	for fn := range r.builds {
		if r.local[fn] == nil {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		if f := r.local[fn]; f != nil {
			r.pass.ExportObjectFact(fn, f)
		}
		if ef := r.errFilters[fn]; ef != nil {
			r.pass.ExportObjectFact(fn, ef)
		}
		if bf := r.builds[fn]; bf != nil {
			r.pass.ExportObjectFact(fn, bf)
		}
	}
}

// funcParams returns fn's func-typed parameters with their indexes.
func funcParams(fn *types.Func) map[*types.Var]int {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	var out map[*types.Var]int
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if _, ok := p.Type().Underlying().(*types.Signature); ok {
			if out == nil {
				out = map[*types.Var]int{}
			}
			out[p] = i
		}
	}
	return out
}

// paramCalls returns the calls of c's func parameters in its body
// (outside closures other than those handed to a retry library) and the
// parameters handed to a retry library as the operation.
func (r *Result) paramCalls(c candidate) (calls []*ast.CallExpr, handed []*ast.CallExpr) {
	info := r.pass.TypesInfo
	ast.Inspect(c.decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				if _, isParam := c.params[v]; isParam {
					calls = append(calls, call)
				}
			}
		}
		if spec := r.library(call); spec != nil && spec.arg < len(call.Args) {
			if v := r.paramVar(c, call.Args[spec.arg]); v != nil {
				handed = append(handed, call)
			}
		}
		return true
	})
	return calls, handed
}

// paramVar returns the func parameter of c that e names, or nil.
func (r *Result) paramVar(c candidate, e ast.Expr) *types.Var {
	id, ok := unconvert(r.pass.TypesInfo, e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
	if _, ok := c.params[v]; !ok {
		return nil
	}
	return v
}

// summaryOf summarises c when it calls a func parameter repeatedly.
func (r *Result) summaryOf(c candidate) *payment.HelperFact {
	calls, handed := r.paramCalls(c)
	for _, lib := range handed {
		spec := r.library(lib)
		v := r.paramVar(c, lib.Args[spec.arg])
		if f, ctx := LibraryCall(r.pass.TypesInfo, lib); f != nil {
			// The library's options decide its bound and wait, as seen
			// from c: Attempts(0) without a context never stops.
			f.Param = c.params[v]
			r.remap(f, c, lib)
			r.optionCtx(f, c, ctx)
			return f
		}
		return &payment.HelperFact{
			Param: c.params[v], By: spec.display, AgainAfterError: true, ErrorStops: false,
			Wait: payment.WaitLibrary, WaitParam: -1, Bound: payment.BoundOther,
			CtxParam: -1, AttemptsParam: -1,
		}
	}
	for _, call := range calls {
		id := ast.Unparen(call.Fun).(*ast.Ident)
		v := r.pass.TypesInfo.Uses[id].(*types.Var)
		if f := r.callSummary(c, call, c.params[v]); f != nil {
			return f
		}
	}
	return r.closureSummary(c, calls) // libclosure.go
}

// callSummary summarises c around one call of its func parameter idx.
func (r *Result) callSummary(c candidate, call *ast.CallExpr, idx int) *payment.HelperFact {
	s := &shape{r: r, c: c, call: call}
	f := r.shapeSummary(c, call, idx, s)
	r.setDoneParam(c, s, f) // doneparam.go
	return f
}

// shapeSummary is callSummary with the shape s to fill (s.call is call;
// a field helper's shape also knows its holder, fieldhelper.go).
func (r *Result) shapeSummary(c candidate, call *ast.CallExpr, idx int, s *shape) *payment.HelperFact {
	var con *Construct
	for _, k := range r.around(call, call, maxDepth) {
		// Rows: a worker over pending rows handed the write as a func
		// value re-runs it on every pass while the row stays pending.
		if k.Kind == Loop || k.Kind == Recursion || k.Kind == Rows {
			con = k
			break
		}
	}
	if r.sideCall(c.fn, call, con) {
		return nil // read on the side of c's own request (sidecall.go)
	}
	loop := enclosingLoop(c.decl, call)
	if con == nil && loop == nil {
		// for f() != nil {}: the callback is the loop's condition, run
		// again for as long as it fails.
		if fs := errCondLoop(c.decl, call); fs != nil {
			con = &Construct{Kind: Loop, Name: "for loop", Pos: fs.For, Node: fs, Region: fs}
			loop = fs
		}
	}
	s.results, _ = r.results(call, c.decl.Body)
	doneBool := loop != nil && s.boolResultTested(loop)
	if doneBool && s.perItemIn(loop) {
		return nil // a search over items or indexes (IndexFunc), not a poll
	}
	if con == nil && !doneBool {
		return nil
	}
	f := &payment.HelperFact{Param: idx, WaitParam: -1, CtxParam: -1, AttemptsParam: -1}
	f.DoneBool = doneBool
	f.AgainAfterError = con != nil && !con.ErrorLeaves
	var region ast.Node = loop
	switch {
	case con != nil && con.Kind == Recursion:
		f.By, region = "recursion", c.decl.Body
	case con != nil:
		f.By, region = con.Name, con.Node
	default:
		f.By = "for loop"
	}
	if region == nil {
		return nil
	}
	s.region = region
	s.waits(f)
	s.bounds(f)
	if loop != nil && region == ast.Node(loop) && f.AgainAfterError {
		r.respStatuses(c, call, loop, f)
		if ef := r.errFilter(call, loop); ef != nil {
			r.errFilters[c.fn] = ef
		}
	}
	return f
}

// errCondLoop returns the for statement of decl (not inside a function
// literal) whose condition is `call != nil`, or nil.
func errCondLoop(decl *ast.FuncDecl, call *ast.CallExpr) *ast.ForStmt {
	var found *ast.ForStmt
	ast.Inspect(decl.Body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			if b, ok := ast.Unparen(m.Cond).(*ast.BinaryExpr); ok && b.Op == token.NEQ && ast.Unparen(b.X) == call && isNilIdent(b.Y) {
				found = m
			}
		}
		return found == nil
	})
	return found
}

func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// enclosingLoop returns the innermost for or range statement of decl
// around n, not crossing a function literal.
func enclosingLoop(decl *ast.FuncDecl, n ast.Node) ast.Stmt {
	var found ast.Stmt
	ast.Inspect(decl.Body, func(m ast.Node) bool {
		if m == nil || !within(n, m) {
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			if within(n, m.Body) {
				found = m
			}
		case *ast.RangeStmt:
			if within(n, m.Body) {
				found = m
			}
		}
		return true
	})
	return found
}

// delegated summarises c when it hands a func parameter straight to a
// known helper (its own package's or another's): the inner summary, with
// the inner parameters mapped to c's (a constant or a parameter of c;
// anything else makes that part unknown).
func (r *Result) delegated(c candidate) *payment.HelperFact {
	var out *payment.HelperFact
	ast.Inspect(c.decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || out != nil {
			return out == nil
		}
		callee := r.staticCallee(call)
		if callee == nil || callee == c.fn {
			return true
		}
		inner := r.helper(callee)
		if inner == nil || inner.Param >= len(call.Args) {
			return true
		}
		v := r.paramVar(c, call.Args[inner.Param])
		if v == nil {
			v = r.calledIn(c, call.Args[inner.Param])
		}
		if v == nil {
			return true
		}
		f := *inner
		f.Param = c.params[v]
		if ef := r.errFilterOf(callee); ef != nil {
			r.errFilters[c.fn] = ef // the inner helper's test decides
		}
		r.remap(&f, c, call)
		out = &f
		return false
	})
	return out
}

// remap rewrites the parameter indexes of an inner helper's fact f as
// seen from c, whose body calls the inner helper with call.
func (r *Result) remap(f *payment.HelperFact, c candidate, call *ast.CallExpr) {
	if f.Wait == payment.WaitParam {
		f.Wait, f.WaitDur, f.WaitParam = r.durArg(c, call, f.WaitParam)
	}
	if f.CtxParam >= 0 {
		arg := argAt(call, f.CtxParam)
		f.CtxParam = r.paramIndex(c, arg)
		if f.CtxParam < 0 {
			f.Bound &^= payment.BoundCtx
			if !isBackground(r.pass.TypesInfo, arg) {
				f.Bound |= payment.BoundOther // a context made here: maybe bounded
			}
		}
	}
	if f.AttemptsParam >= 0 {
		f.AttemptsParam = r.paramIndex(c, argAt(call, f.AttemptsParam))
	}
}

// optionCtx applies a context given in a library option (retry-go's
// Context(ctx)): c's parameter bounds c from its callers; a context made
// in c (WithTimeout) may; context.Background() does not.
func (r *Result) optionCtx(f *payment.HelperFact, c candidate, ctx ast.Expr) {
	if ctx == nil || isBackground(r.pass.TypesInfo, ctx) {
		return
	}
	if i := r.paramIndex(c, ctx); i >= 0 && f.CtxParam < 0 {
		f.Bound |= payment.BoundCtx
		f.CtxParam = i
		return
	}
	f.Bound |= payment.BoundOther
}

func argAt(call *ast.CallExpr, i int) ast.Expr {
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// paramIndex returns the index of c's parameter that e names, or -1.
func (r *Result) paramIndex(c candidate, e ast.Expr) int {
	if e == nil {
		return -1
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return -1
	}
	v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
	sig := c.fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// calledIn returns the func parameter of c that a closure handed on
// calls (Value wrapping fn in func() error { v, err = fn(); return err }).
func (r *Result) calledIn(c candidate, arg ast.Expr) *types.Var {
	lit, ok := ast.Unparen(arg).(*ast.FuncLit)
	if !ok {
		return nil
	}
	var found *types.Var
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && found == nil {
			found = r.paramVar(c, call.Fun)
		}
		return found == nil
	})
	return found
}
