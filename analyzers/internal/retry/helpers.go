package retry

import (
	"go/ast"
	"go/constant"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Helper returns the summary of a retry or poll helper (generic
// functions by their origin, methods too): of this package, or imported
// from the package that declares it. Nil when fn repeats no callback.
func (r *Result) Helper(fn *types.Func) *payment.HelperFact {
	if r == nil || fn == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.helper(fn)
}

// helper is Helper with r.mu held (or during Run).
func (r *Result) helper(fn *types.Func) *payment.HelperFact {
	return cachedFact(r, fn, r.local, &r.imported, r.importErrFilter)
}

// cachedFact returns fn's (its origin's) fact of type F: of this package
// from local, else imported from the package that declares it, once
// (*imported remembers the answer, nil too); imported runs after a
// successful import. r.mu is held (or Run is active).
func cachedFact[F any, PF interface {
	*F
	analysis.Fact
}](r *Result, fn *types.Func, local map[*types.Func]PF, imported *map[*types.Func]PF, onImport func(*types.Func)) PF {
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return local[fn]
	}
	if f, ok := (*imported)[fn]; ok {
		return f
	}
	var f PF
	if fn.Pkg() != nil && r.pass.ImportObjectFact != nil {
		fact := PF(new(F))
		if r.pass.ImportObjectFact(fn, fact) {
			f = fact
			if onImport != nil {
				onImport(fn)
			}
		}
	}
	if *imported == nil {
		*imported = map[*types.Func]PF{}
	}
	(*imported)[fn] = f
	return f
}

// importHelpers looks up, while Run is active, the facts of the
// functions of other packages called here with a func argument, so that
// later questions need no fact import.
func (r *Result) importHelpers() {
	if r.imported == nil {
		r.imported = map[*types.Func]*payment.HelperFact{}
	}
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			r.importFieldHelper(r.staticCallee(call)) // fieldhelper.go
			if !hasFuncArg(r.pass.TypesInfo, call) {
				return true
			}
			if fn := r.staticCallee(call); fn != nil && fn.Pkg() != r.pass.Pkg {
				r.helper(fn)
			}
			return true
		})
	}
}

func hasFuncArg(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := info.TypeOf(a); t != nil {
			if _, ok := t.Underlying().(*types.Signature); ok {
				return true
			}
		}
	}
	return false
}

// helperConstruct returns the Helper construct when call hands fn (a
// closure or a function of this package) to a helper, local or of
// another package, that calls it again after its error.
func (r *Result) helperConstruct(call *ast.CallExpr, fn, region ast.Node) *Construct {
	callee := r.helperCallee(call) // or the helper a func-typed field holds (fieldretrier.go)
	if callee == nil {
		return nil
	}
	if callee.Pkg() == r.pass.Pkg {
		if idx := r.helperParam(callee); idx >= 0 && idx < len(call.Args) && r.refersTo(call.Args[idx], fn) {
			return &Construct{Kind: Helper, Name: r.fieldLabel(call, callee.Name()), Pos: call.Pos(), Node: call, Region: region, Summary: r.local[callee],
				Counters: capturedCounters(r.pass.TypesInfo, fn)} // attemptcounters.go
		}
		return nil
	}
	f := r.helper(callee)
	if f == nil || !f.AgainAfterError || f.Param >= len(call.Args) || !r.refersTo(call.Args[f.Param], fn) {
		return nil
	}
	return &Construct{Kind: Helper, Name: r.fieldLabel(call, payment.HelperName(callee)), Pos: call.Pos(), Node: call, Region: region, Summary: f,
		Counters: capturedCounters(r.pass.TypesInfo, fn)} // attemptcounters.go
}

// durArg folds a caller's duration argument for a helper's wait
// parameter: a constant, or a parameter of c (the helper delegating).
func (r *Result) durArg(c candidate, call *ast.CallExpr, i int) (payment.WaitKind, time.Duration, int) {
	arg := argAt(call, i)
	if arg == nil {
		return payment.WaitUnknown, 0, -1
	}
	if tv, ok := r.pass.TypesInfo.Types[arg]; ok && tv.Value != nil {
		if d, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return payment.WaitConst, time.Duration(d), -1
		}
	}
	if p := r.paramIndex(c, arg); p >= 0 {
		return payment.WaitParam, 0, p
	}
	return payment.WaitUnknown, 0, -1
}

// WaitAt returns the wait between two calls of the callback that a call
// of a helper with summary f makes: known when f waits a constant or a
// parameter given a constant here. grows: the wait increases.
func WaitAt(info *types.Info, f *payment.HelperFact, call *ast.CallExpr) (d time.Duration, known, grows bool) {
	if f == nil {
		return 0, false, false
	}
	switch f.Wait {
	case payment.WaitNone:
		return 0, true, false
	case payment.WaitConst:
		return f.WaitDur, true, f.WaitGrows
	case payment.WaitParam:
		if arg := argAt(call, f.WaitParam); arg != nil {
			if tv, ok := info.Types[arg]; ok && tv.Value != nil {
				if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
					return time.Duration(v), true, f.WaitGrows
				}
			}
		}
	}
	return 0, false, f.WaitGrows
}

// BoundedAt reports whether a call of a helper with summary f stops
// even if the callback never reports done: some bound of the helper
// holds, and a context bound counts unless the caller passes
// context.Background() or context.TODO().
func BoundedAt(info *types.Info, f *payment.HelperFact, call *ast.CallExpr) bool {
	if f == nil {
		return true
	}
	b := f.Bound
	if b&payment.BoundCtx != 0 && f.CtxParam >= 0 && isBackground(info, argAt(call, f.CtxParam)) {
		b &^= payment.BoundCtx
	}
	return b != 0
}
