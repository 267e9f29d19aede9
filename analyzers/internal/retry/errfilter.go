package retry

import (
	"fmt"
	"go/ast"
	"go/types"
)

// Which failed attempts a retry helper sends round again. An in-house
// helper may test the error (or the answer) its callback failed with
// before calling it again: `if !retryable(err) { return err }`, where
// retryable reads a status carrier (errors.As and a Status field compared
// with 429 and 5xx), or `if res != nil && !transient(res.StatusCode)`.
// The statements after the callback's call are followed once per status
// with the error set, the status carried by the error or the response:
// a status for which some path reaches the next attempt goes round.
// A test of the failure the walk cannot read makes the filter unknown,
// and the rules stay silent rather than assume every error goes round.

// ErrFilterFact is exported for a retry helper that tests its
// callback's failure before calling it again.
type ErrFilterFact struct {
	// Known: Retried lists the failed statuses (4xx/5xx) that go round;
	// otherwise which ones do is not known.
	Known   bool
	Retried []int
}

func (*ErrFilterFact) AFact() {}

func (f *ErrFilterFact) String() string {
	if !f.Known {
		return "tests the failure (unknown)"
	}
	return fmt.Sprintf("sends round failures %v", f.Retried)
}

// ErrFilter returns the failure test of fn (a retry helper of this
// package or an imported one), or nil when it sends every error round.
func (r *Result) ErrFilter(fn *types.Func) *ErrFilterFact {
	if r == nil || fn == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.errFilters[fn]
	}
	r.helper(fn) // imports the facts of fn
	return r.errFiltersImp[fn]
}

// importErrFilter records the failure test of an imported helper.
func (r *Result) importErrFilter(fn *types.Func) {
	if r.pass.ImportObjectFact == nil {
		return
	}
	fact := new(ErrFilterFact)
	if r.pass.ImportObjectFact(fn, fact) {
		if r.errFiltersImp == nil {
			r.errFiltersImp = map[*types.Func]*ErrFilterFact{}
		}
		r.errFiltersImp[fn] = fact
	}
}

// errFilter reads the test of a failed attempt in the loop around call
// (the call of c's callback); nil when none is read (every failure goes
// round, as far as the model knows).
func (r *Result) errFilter(call *ast.CallExpr, loop ast.Stmt) *ErrFilterFact {
	body, cond := loopParts(loop)
	if body == nil {
		return nil
	}
	fl := &respFlow{r: r}
	i, ok := fl.bindErr(body, call)
	if !ok {
		return nil
	}
	fl.taint(body)
	if mentionsAny(r.pass.TypesInfo, cond, fl.tainted) {
		return nil
	}
	var retried []int
	for _, s := range helperStatuses {
		if s < 300 {
			continue
		}
		fl.status = s
		round, _, ok := fl.stmts(body.List[i:], []env{{errState: errSet}})
		if !ok {
			if fl.testsFailure(body.List[i:]) {
				return &ErrFilterFact{}
			}
			return nil
		}
		if round {
			retried = append(retried, s)
		}
	}
	if !fl.anyStatusCond && len(retried) > 0 {
		return nil // every failure goes round, whatever its status
	}
	return &ErrFilterFact{Known: true, Retried: retried}
}

// bindErr finds the statement of body that assigns the callback's
// results: the error is required, the response optional.
func (fl *respFlow) bindErr(body *ast.BlockStmt, call *ast.CallExpr) (int, bool) {
	i, _ := fl.bindCall(body, call)
	return i, fl.callStmt != nil && fl.err != nil
}

// testsFailure: a condition after the call reads the error or the
// response other than by comparing it with nil.
func (fl *respFlow) testsFailure(list []ast.Stmt) bool {
	info := fl.r.pass.TypesInfo
	found := false
	reads := func(e ast.Expr) {
		if e == nil || found {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && (isNil(info, b.X) || isNil(info, b.Y)) {
				return false
			}
			if id, ok := n.(*ast.Ident); ok {
				if obj := info.ObjectOf(id); obj != nil && (obj == fl.err || obj == fl.resp) {
					found = true
				}
			}
			return !found
		})
	}
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IfStmt:
				reads(x.Cond)
			case *ast.SwitchStmt:
				reads(x.Tag)
			case *ast.CaseClause:
				for _, e := range x.List {
					reads(e)
				}
			case *ast.ForStmt:
				reads(x.Cond)
			}
			return !found
		})
	}
	return found
}

// errFilterOf is ErrFilter with r.mu held (or during Run).
func (r *Result) errFilterOf(fn *types.Func) *ErrFilterFact {
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.errFilters[fn]
	}
	r.helper(fn)
	return r.errFiltersImp[fn]
}
