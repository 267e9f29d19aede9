package payment

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- a key numbered by the pass inside the package's own wrapper ------------
//
//	func (s *Service) create(ctx context.Context, st *Stay, attempt int) (…) {
//		ref := fmt.Sprintf("%s-dp%d", st.Ref, attempt)
//		… CreatePaymentRequest(ctx).IdempotencyKey(ref)…Execute()
//	}
//	for attempt := 1; attempt <= 3; attempt++ { p, err := s.create(ctx, st, attempt) … }
//
// The wrapper's fact keeps one key parameter; a key made of two (the
// stay's reference and the counter) is only "derived", and the caller's
// KeyOf cannot tell it changes. When the wrapper is this package's, its
// write is in sight: a key that derives, through the wrapper's locals,
// from the parameter the caller hands the loop's counter is numbered by
// the pass, a new key on each.

// CounterThroughWrapper returns the counter of a that op, a call of a
// wrapper declared in pass's package, hands as a bare argument to the
// parameter every key of the wrapper's writes derives from; nil when
// there is none.
func CounterThroughWrapper(pass *analysis.Pass, info *Info, op *Op, a Attempts) types.Object {
	if info == nil || op == nil || op.Via == nil || op.Via.Pkg() != pass.Pkg || len(a.Counters) == 0 {
		return nil
	}
	decl := declOf(pass, op.Via)
	if decl == nil || decl.Body == nil {
		return nil
	}
	counters := map[types.Object]bool{}
	for _, c := range a.Counters {
		counters[c] = true
	}
	for i, arg := range op.Call.Args {
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok || !counters[pass.TypesInfo.Uses[id]] {
			continue
		}
		p := paramAt(pass.TypesInfo, decl, i)
		if p != nil && keysFrom(pass.TypesInfo, info, decl, p) {
			return pass.TypesInfo.Uses[id]
		}
	}
	return nil
}

// keysFrom: decl's body holds writes with a visible key and every one
// derives from p.
func keysFrom(ti *types.Info, info *Info, decl *ast.FuncDecl, p *types.Var) bool {
	n := 0
	for c, op := range info.Ops {
		if !within(c, decl.Body) || !op.Kind.Has(Write) {
			continue
		}
		if op.Key == nil || op.Key.Value == nil || !derives(ti, decl.Body, op.Key.Value, p, 0) {
			return false
		}
		n++
	}
	return n > 0
}

// derives: e mentions p, directly or through locals of body each given
// one value (ref := fmt.Sprintf(…, attempt)).
func derives(ti *types.Info, body *ast.BlockStmt, e ast.Expr, p *types.Var, depth int) bool {
	if depth > 3 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, _ := ti.Uses[id].(*types.Var)
		switch {
		case v == nil:
		case v == p:
			found = true
		case !v.IsField() && body.Pos() <= v.Pos() && v.Pos() < body.End():
			if rhs := soleValue(ti, body, v); rhs != nil {
				found = derives(ti, body, rhs, p, depth+1)
			}
		}
		return !found
	})
	return found
}

// soleValue is the value v is defined with in body when nothing
// assigns it again; nil otherwise.
func soleValue(ti *types.Info, body *ast.BlockStmt, v *types.Var) ast.Expr {
	var val ast.Expr
	count := 0
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true // &ref handed to an SDK's pointer field reads it
		}
		for i, lhs := range as.Lhs {
			id, ok := lhs.(*ast.Ident)
			if !ok || ti.ObjectOf(id) != v {
				continue
			}
			count++
			if len(as.Rhs) == len(as.Lhs) && as.Tok == token.DEFINE {
				val = as.Rhs[i]
			}
		}
		return true
	})
	if count != 1 {
		return nil
	}
	return val
}

// paramAt is decl's i-th parameter, nil when unnamed or variadic.
func paramAt(ti *types.Info, decl *ast.FuncDecl, i int) *types.Var {
	n := 0
	for _, field := range decl.Type.Params.List {
		if _, ok := field.Type.(*ast.Ellipsis); ok {
			return nil
		}
		if len(field.Names) == 0 {
			n++
			continue
		}
		for _, name := range field.Names {
			if n == i {
				v, _ := ti.Defs[name].(*types.Var)
				return v
			}
			n++
		}
	}
	return nil
}

// declOf is fn's declaration among pass's files.
func declOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	return funcs.Of(pass).Syntax(fn)
}
