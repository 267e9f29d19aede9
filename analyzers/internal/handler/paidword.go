package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a helper that says whether a status word is a paid one -----------------------
//
// A return page often hands the status its query string carries to a
// helper, of its package or another, that says whether the word means
// paid:
//
//	if !adyenpay.Succeeded(q.Get("resultCode")) { … }
//	func Succeeded(resultCode string) bool {
//		switch strings.ToLower(resultCode) {
//		case "authorised", "authorized":
//			return true
//		}
//		return false
//	}
//
// The page compares its query's status with a paid value as surely as
// if it wrote the comparison itself (paystatus.go's comparedWithPaid).
// The helper exports which parameter it judges (PaidWordFact); a call
// handing it the query's value is that comparison.
//
// Precision: the helper answers one bool; every return is false, or
// true only where that parameter (up to case and spaces) equals a
// success value (a switch case, an if, or the comparison returned
// itself), and some path answers true. A helper reading anything else
// (the provider, a store) decides something else.

// PaidWordFact, on a function answering a bool: it answers true only
// when its parameter Param is a success word.
type PaidWordFact struct{ Param int }

// AFact marks PaidWordFact as a fact.
func (*PaidWordFact) AFact() {}

func (f *PaidWordFact) String() string {
	return "says whether parameter " + strconv.Itoa(f.Param) + " is paid"
}

// exportPaidWords exports PaidWordFact for the package's helpers.
func exportPaidWords(pass *analysis.Pass) {
	if pass.Pkg == nil || stdPath(pass.Pkg.Path()) || payment.Library(pass.Pkg.Path()) {
		return
	}
	decls, fns := bodiedDecls(pass)
	for _, fn := range fns {
		if i, ok := wordPredicate(pass.TypesInfo, fn, decls[fn]); ok {
			pass.ExportObjectFact(fn, &PaidWordFact{Param: i})
		}
	}
}

// paidWordOf: the parameter fn judges as a paid word, if it does (this
// package's helpers read from their syntax, others' from their fact).
func (m *Model) paidWordOf(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	if fn.Pkg() == m.pass.Pkg {
		return wordPredicate(m.pass.TypesInfo, fn, m.decls[fn])
	}
	var f PaidWordFact
	if m.pass.ImportObjectFact(fn, &f) {
		return f.Param, true
	}
	return 0, false
}

// wordPredicate: see the header.
func wordPredicate(info *types.Info, fn *types.Func, fd *ast.FuncDecl) (int, bool) {
	if fd == nil || fd.Body == nil {
		return 0, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return 0, false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if b, ok := p.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			continue
		}
		if judgesWord(info, fd.Body, p) {
			return i, true
		}
	}
	return 0, false
}

// judgesWord: every return of body answers false, or true only where p
// equals a success value; one answers true.
func judgesWord(info *types.Info, body *ast.BlockStmt, p *types.Var) bool {
	w := &wordJudge{info: info, p: p}
	ok := true
	var visit func(n ast.Node, paid bool) bool
	visit = func(n ast.Node, paid bool) bool {
		ast.Inspect(n, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.SwitchStmt:
				if x.Init != nil || x.Tag == nil || !w.word(x.Tag) {
					return true
				}
				for _, s := range x.Body.List {
					cc := s.(*ast.CaseClause)
					all := len(cc.List) > 0
					for _, e := range cc.List {
						all = all && w.success(e)
					}
					for _, st := range cc.Body {
						visit(st, paid || all)
					}
				}
				return false
			case *ast.IfStmt:
				if x.Init != nil {
					return true
				}
				visit(x.Cond, paid)
				visit(x.Body, paid || w.paidCond(x.Cond))
				if x.Else != nil {
					visit(x.Else, paid)
				}
				return false
			case *ast.ReturnStmt:
				if len(x.Results) != 1 {
					ok = false
					return false
				}
				r := ast.Unparen(x.Results[0])
				switch {
				case w.boolConst(r, false):
				case w.boolConst(r, true) && paid, w.paidCond(r):
					w.yes = true
				default:
					ok = false
				}
				return false
			}
			return true
		})
		return ok
	}
	for _, st := range body.List {
		visit(st, false)
	}
	return ok && w.yes
}

type wordJudge struct {
	info *types.Info
	p    *types.Var
	yes  bool
}

// word: e is p, up to case and spaces (strings.ToLower, ToUpper, TrimSpace).
func (w *wordJudge) word(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		return w.info.Uses[id] == w.p
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
		return false
	}
	switch fn.Name() {
	case "ToLower", "ToUpper", "TrimSpace":
		return w.word(call.Args[0])
	}
	return false
}

// success: e is a constant success word.
func (w *wordJudge) success(e ast.Expr) bool {
	tv, ok := w.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && payment.IsSuccessStatus(constant.StringVal(tv.Value))
}

// paidCond: e holds only when p is a success word: p == "paid",
// strings.EqualFold(p, "paid"), or a || of such.
func (w *wordJudge) paidCond(e ast.Expr) bool {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LOR:
			return w.paidCond(x.X) && w.paidCond(x.Y)
		case token.EQL:
			return w.word(x.X) && w.success(x.Y) || w.word(x.Y) && w.success(x.X)
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(w.info, x).(*types.Func)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "strings" && fn.Name() == "EqualFold" && len(x.Args) == 2 {
			return w.word(x.Args[0]) && w.success(x.Args[1]) || w.word(x.Args[1]) && w.success(x.Args[0])
		}
	}
	return false
}

// boolConst: e is the constant b.
func (w *wordJudge) boolConst(e ast.Expr, b bool) bool {
	tv, ok := w.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) == b
}

// paidWordCall: c hands v to a helper answering whether that parameter
// is a paid word.
func paidWordCall(c *ssa.Call, v ssa.Value, look func(*types.Func) (int, bool)) bool {
	if look == nil {
		return false
	}
	callee := c.Call.StaticCallee()
	if callee == nil {
		return false
	}
	fn, _ := callee.Object().(*types.Func)
	i, ok := look(fn)
	return ok && i < len(c.Call.Args) && c.Call.Args[i] == v
}

// handedToPaidWord: v, or what it is converted or normalised into, is
// handed to a helper answering whether it is a paid word.
func handedToPaidWord(v ssa.Value, look func(*types.Func) (int, bool), depth int) bool {
	if look == nil || depth > 3 || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.Call:
			if paidWordCall(x, v, look) {
				return true
			}
			if fold, ok := stringsFold(x); ok && !fold && handedToPaidWord(x, look, depth+1) {
				return true
			}
		case *ssa.Convert, *ssa.ChangeType, *ssa.Phi:
			if handedToPaidWord(x.(ssa.Value), look, depth+1) {
				return true
			}
		}
	}
	return false
}
