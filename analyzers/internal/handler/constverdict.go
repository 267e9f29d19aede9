package handler

import (
	"go/ast"
	"go/build/constraint"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- l22: a verifier whose verdict is constant verifies nothing -------------------
//
// A wrapper left from development:
//
//	func (c *Client) VerifyWebhookSignature(signature string, payload []byte) bool {
//		return true // TODO: check with the webhook secret
//	}
//
// is taken at its word by its name when the handler calling it lives in
// another package (verifierObj: code paylint cannot see into), and by its
// shape (handed the signature and the body, verifyshape.go) anywhere. But
// its answer does not depend on what it is handed: every return hands back
// success (true; a nil error), and it never stops the caller otherwise
// (no panic, no exit). Whatever it computes, the verdict is constant, so a
// forged request passes it. The package declaring it exports
// ConstVerdictFact, and a call of such a function is no verifier.
//
// Precision: a function with any other return (a check that can fail), a
// panic or an exit (it may stop on a bad signature), a file under a build
// constraint (the stub of a dev build, another file checking in the
// production one) or a test file exports nothing.

// ConstVerdictFact marks a function whose verdict (its bool result, or
// its last result, an error) is success on every return.
type ConstVerdictFact struct{}

// AFact marks ConstVerdictFact as a fact.
func (*ConstVerdictFact) AFact() {}

func (*ConstVerdictFact) String() string { return "constant verdict" }

// exportConstVerdicts exports the fact for the package's functions
// with a verdict result that hand back success on every return. Syntax
// only, and only for the merchant's code: it runs on every package.
func exportConstVerdicts(pass *analysis.Pass) {
	if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
		return
	}
	var file *ast.File
	skip := false
	for _, d := range funcs.Of(pass).Bodies() {
		if d.File != file {
			file = d.File
			skip = constrained(file) || strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go")
		}
		fd, obj := d.Syntax, d.Func
		if skip || directive.OnFunc(fd, directive.Verifier) {
			continue // //paylint:verifier: the user's word (a body paylint cannot read)
		}
		sig, _ := obj.Type().(*types.Signature)
		if k := kindOfSig(sig); (k == boolResult || k == errResult) && takesText(sig) && meantToVerify(obj, sig) &&
			constSuccess(pass.TypesInfo, fd, k) {
			pass.ExportObjectFact(obj, &ConstVerdictFact{})
		}
	}
}

// takesText: some parameter is a string or a byte slice, as a
// signature or a body is (a no-op Close() error, a ctx-only stub are
// never handed one: no fact for them).
func takesText(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		switch t := sig.Params().At(i).Type().Underlying().(type) {
		case *types.Basic:
			if t.Info()&types.IsString != 0 {
				return true
			}
		case *types.Slice:
			if b, ok := t.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		}
	}
	return false
}

// meantToVerify: the function is named as a verifier, or a parameter
// as a signature: only such a function is taken for a check by name or
// shape, so only it needs the fact (a feature switch Enabled(ctx, id)
// answering true is no verifier anyone relies on).
func meantToVerify(obj *types.Func, sig *types.Signature) bool {
	if verifierName(obj.Name()) {
		return true
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if hasWord(sharedWords(sig.Params().At(i).Name()), c17SigWords...) != "" {
			return true
		}
	}
	return false
}

// constrained: the file has a //go:build line (a build of its own).
func constrained(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if constraint.IsGoBuild(c.Text) || constraint.IsPlusBuild(c.Text) {
				return true
			}
		}
	}
	return false
}

// constSuccess: every return of fd (not of its literals) hands back
// success in its verdict result (and true in a bool before a last
// error), there is one at least, nothing in the body panics or exits, and
// no parameter is read: it never looks at the signature it is handed, nor
// at the request it might stop otherwise.
func constSuccess(info *types.Info, fd *ast.FuncDecl, k resultKind) bool {
	params := map[types.Object]bool{}
	for _, fl := range fd.Type.Params.List {
		for _, n := range fl.Names {
			params[info.Defs[n]] = true
		}
	}
	n, ok, lits := 0, true, 0
	var visit func(x ast.Node) bool
	visit = func(x ast.Node) bool {
		if !ok {
			return false
		}
		switch x := x.(type) {
		case *ast.FuncLit:
			lits++ // its returns are its own; what it reads and stops still counts
			ast.Inspect(x.Body, visit)
			lits--
			return false
		case *ast.Ident:
			ok = !params[info.Uses[x]]
		case *ast.ReturnStmt:
			if lits == 0 {
				n++
				ok = successReturn(info, x, k)
			}
		case *ast.CallExpr:
			ok = !stops(info, x)
		}
		return ok
	}
	ast.Inspect(fd.Body, visit)
	return ok && n > 0
}

// successReturn: r hands back success: true, or a nil error (and true
// in a bool result just before it).
func successReturn(info *types.Info, r *ast.ReturnStmt, k resultKind) bool {
	rs := r.Results
	if len(rs) == 0 || !success(info, rs[len(rs)-1], k) {
		return false // a bare return of named results is not read
	}
	if k == errResult && len(rs) >= 2 {
		if t := info.TypeOf(rs[len(rs)-2]); t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
				return success(info, rs[len(rs)-2], boolResult)
			}
		}
	}
	return true
}

// success: e is the constant true (a bool verdict) or nil (an error).
func success(info *types.Info, e ast.Expr, k resultKind) bool {
	e = ast.Unparen(e)
	if k == errResult {
		id, ok := e.(*ast.Ident)
		if !ok {
			return false
		}
		_, isNil := info.Uses[id].(*types.Nil)
		return isNil
	}
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "true"
}

// stops: c may end the run or the request (panic, os.Exit, log.Fatal…).
func stops(info *types.Info, c *ast.CallExpr) bool {
	switch fun := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		_, builtin := info.Uses[fun].(*types.Builtin)
		return builtin && fun.Name == "panic"
	case *ast.SelectorExpr:
		n := fun.Sel.Name
		return n == "Exit" || strings.HasPrefix(n, "Fatal") || strings.HasPrefix(n, "Panic")
	}
	return false
}

// constVerdict: obj is declared with a constant verdict, and no
// configuration names it a verifier (the user's word wins: a stub of a
// library in assembly or cgo).
func (m *Model) constVerdict(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil || matchesConfig(obj, m.cfg.FunctionsOfKind(config.KindVerifier)) {
		return false
	}
	return m.pass.ImportObjectFact(obj.Origin(), new(ConstVerdictFact))
}

// ConstVerifier: the name (pkg.Type.Func) of a function with a
// constant verdict whose verdict gates h (an if on it, so its caller
// meant it as the check) and that h hands the request's signature or
// body; "" if none. webhookverify names it in its finding.
func (m *Model) ConstVerifier(h *Handler) string {
	if h == nil || h.Fn == nil {
		return ""
	}
	for _, f := range allFuncs(h.Fn) {
		for _, i := range ifs(f) {
			if c := m.constGateCall(i.Cond); c != nil && handedSigned(&c.Call, false) {
				o := calleeObj(&c.Call)
				return o.Pkg().Name() + "." + funcName(o)
			}
		}
	}
	return ""
}

// constGate: cond tests the verdict of a call of a function with a
// constant verdict (!ok, err != nil, through the tuple of its results).
func (m *Model) constGate(cond ssa.Value) bool { return m.constGateCall(cond) != nil }

// constGateCall: the call whose constant verdict cond tests; nil if
// cond tests anything else.
func (m *Model) constGateCall(cond ssa.Value) *ssa.Call {
	for range 4 {
		switch x := cond.(type) {
		case *ssa.UnOp:
			if x.Op != token.NOT {
				return nil
			}
			cond = x.X
			continue
		case *ssa.BinOp:
			if x.Op != token.EQL && x.Op != token.NEQ {
				return nil
			}
			if c, ok := x.Y.(*ssa.Const); ok && c.IsNil() {
				cond = x.X
			} else if c, ok := x.X.(*ssa.Const); ok && c.IsNil() {
				cond = x.Y
			} else {
				return nil
			}
			continue
		case *ssa.Extract:
			cond = x.Tuple
			continue
		case *ssa.Call:
			if !x.Call.IsInvoke() && m.constVerdict(calleeObj(&x.Call)) {
				return x
			}
		}
		return nil
	}
	return nil
}
