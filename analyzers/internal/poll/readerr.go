package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a failed payment surfacing as the read's error ---------------------------
//
// A loop that leaves on the error of its status read stops on a failed
// payment when the read turns a failed state into an error:
//
//	func (c *Client) Status(ctx, id) (string, error) {
//		…
//		if p.Status == "FAILED" { return "", ErrFailed }
//		return p.Status, nil
//	}
//	for { st, err := c.Status(ctx, id); if err != nil { return err }; if st == "CONFIRMED" { return nil } … }
//
// A direct SDK or HTTP read's error is a transport or API error (a failed
// payment is an answer, not an error); a wrapper of this package is read;
// a wrapper of another package, whose body is unseen, may do either, so
// the loop is not said to stop only on success (precision first).

// leavesOnFailingRead reports whether some exit of l is taken on the error
// of a status read that may stand for a failed payment.
func (l *Loop) leavesOnFailingRead() bool {
	f := l.f
	for _, e := range l.Exits {
		if e.OnStatus {
			continue
		}
		for _, g := range f.guards(e.Node, l) {
			if g.neg || !f.guardOnError(g) {
				continue
			}
			for _, v := range errVars(f, g.cond) {
				for _, call := range f.errorSources(v, l) {
					if op := f.ops[call]; op != nil && l.isRead(op) && f.failsAsError(op) {
						return true
					}
				}
			}
		}
	}
	return false
}

func (l *Loop) isRead(op *payment.Op) bool {
	for _, r := range l.Reads {
		if r == op {
			return true
		}
	}
	return false
}

// errVars are the error variables cond mentions.
func errVars(f *finder, cond ast.Expr) []*types.Var {
	var out []*types.Var
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v := f.varOf(id); v != nil && isError(v.Type()) {
				out = append(out, v)
			}
		}
		return true
	})
	return out
}

// failsAsError: the read is a wrapper that may return an error for a
// failed payment (see above).
func (f *finder) failsAsError(op *payment.Op) bool {
	if op.Via == nil {
		return false // the SDK or HTTP call itself
	}
	return f.predsOf().FailsAsError(op.Via)
}

// ErrOnFailureFact marks a function that returns a non-nil error once it
// has seen a failed, expired or canceled payment state, so that a poll
// loop leaving on its error in another package stops on a failed payment.
type ErrOnFailureFact struct{}

// AFact implements analysis.Fact.
func (*ErrOnFailureFact) AFact() {}

func (*ErrOnFailureFact) String() string { return "errs on a failed payment" }

// FailsAsError reports whether fn (of this package, or of another with an
// ErrOnFailureFact) returns an error for a failed payment.
func (p *Preds) FailsAsError(fn *types.Func) bool {
	if p == nil || fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() != p.pass.Pkg {
		var fact ErrOnFailureFact
		return fn.Pkg() != nil && p.facts && p.pass.ImportObjectFact(fn, &fact)
	}
	if v, ok := p.errOnFail[fn]; ok {
		return v
	}
	fd := p.declOf(fn)
	v := fd != nil && fd.Body != nil && lastIsError(fn) && p.errorUnderFailure(fd.Body, false)
	if p.errOnFail == nil {
		p.errOnFail = map[*types.Func]bool{}
	}
	p.errOnFail[fn] = v
	return v
}

// exportErrOnFailure exports the facts of the package's functions.
func (p *Preds) exportErrOnFailure() {
	for _, d := range funcs.Of(p.pass).All() {
		if p.FailsAsError(d.Func) {
			p.pass.ExportObjectFact(d.Func, &ErrOnFailureFact{})
		}
	}
}

func lastIsError(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Results().Len() > 0 && isError(sig.Results().At(sig.Results().Len()-1).Type())
}

func (p *Preds) declOf(fn *types.Func) *ast.FuncDecl {
	if p.fns == nil {
		p.fns = funcs.Of(p.pass)
	}
	return p.fns.Syntax(fn)
}

// errorUnderFailure reports whether n holds a return of a non-nil error
// taken only when a failed, expired or canceled state was seen (an if or
// a case on such a state encloses it).
func (p *Preds) errorUnderFailure(n ast.Node, underFailure bool) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if found {
			return false
		}
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if !underFailure && p.namesFailure(x.Cond) {
				found = p.errorUnderFailure(x.Body, true)
				if x.Else != nil && !found {
					found = p.errorUnderFailure(x.Else, false)
				}
				return false
			}
		case *ast.CaseClause:
			for _, e := range x.List {
				if !underFailure && p.failureConst(e) {
					for _, st := range x.Body {
						found = found || p.errorUnderFailure(st, true)
					}
					return false
				}
			}
		case *ast.ReturnStmt:
			if underFailure && len(x.Results) > 0 {
				last := x.Results[len(x.Results)-1]
				if t := p.pass.TypesInfo.TypeOf(last); t != nil && isError(t) && !isNil(last) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// namesFailure: cond compares with a failed-state constant.
func (p *Preds) namesFailure(cond ast.Expr) bool {
	named := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && p.failureConst(e) {
			named = true
		}
		return !named
	})
	return named
}

func (p *Preds) failureConst(e ast.Expr) bool {
	s, ok := p.stateLabel(e)
	return ok && failure.match(s)
}
