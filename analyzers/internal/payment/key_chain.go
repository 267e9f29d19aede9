package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- the nonce of an on-chain transfer is its idempotency key ------------------
//
// A signed transaction broadcast again (SendTransaction) is the same
// transfer: the node drops the duplicate, or a re-signed one with the
// same nonce and a higher fee replaces it. A transaction signed with a
// nonce read again from the node (PendingNonceAt, NonceAt) after a
// broadcast that timed out once the node had accepted it is a second
// transfer: both are mined and the coins go out twice. So a broadcast is
// a write whose key is the nonce, made anew when the read runs on every
// attempt. Checked against go-ethereum v1.15.11 (ethclient.Client; the
// same methods on an interface declared with go-ethereum's types, as
// bind.ContractTransactor and merchants' fakes do).

// maxChainTrace bounds the expressions followed from the sent
// transaction back to the nonce read.
const maxChainTrace = 200

// ChainSends returns the broadcasts of signed transactions in the
// package as writes whose Key lists, in Fresh, the nonce reads the
// transaction derives from in the same function (or in a function of
// the package called there). A nonce whose read is not visible gives a
// Key with no Fresh: KeyOf then calls it stable.
func ChainSends(pass *analysis.Pass) []*Op {
	var out []*Op
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var body *ast.BlockStmt
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body = fn.Body
			default:
				return true
			}
			if body != nil {
				out = append(out, chainSendsIn(pass, body)...)
			}
			return false
		})
	}
	return out
}

// chainSendsIn finds the broadcasts in body (function literals included:
// a closure handed to a retry library reads the nonce inside it).
func chainSendsIn(pass *analysis.Pass, body *ast.BlockStmt) []*Op {
	var out []*Op
	var tr *nonceTracer
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		fn := calleeOf(pass.TypesInfo, call)
		if !isChainSend(fn) {
			return true
		}
		if tr == nil {
			tr = newNonceTracer(pass, body)
		}
		tr.steps = 0
		reads := tr.reads(call.Args[1], 0)
		out = append(out, &Op{
			Call: call, Kind: Write, Desc: qualName(fn),
			Key: &Key{Name: "nonce", At: call, Fresh: reads, Param: -1},
		})
		return true
	})
	return out
}

// isChainSend: SendTransaction(ctx, *types.Transaction) error of
// go-ethereum's client or of an interface with its types.
func isChainSend(fn *types.Func) bool {
	if fn == nil || fn.Name() != "SendTransaction" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	return isContext(sig.Params().At(0).Type()) && qualifiedName(sig.Params().At(1).Type()) == ethTypes+".Transaction"
}

// isNonceRead: PendingNonceAt / NonceAt(ctx, common.Address, …) (uint64, error).
func isNonceRead(fn *types.Func) bool {
	if fn == nil || fn.Name() != "PendingNonceAt" && fn.Name() != "NonceAt" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() < 2 || sig.Results().Len() != 2 {
		return false
	}
	res, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && res.Kind() == types.Uint64 && qualifiedName(sig.Params().At(1).Type()) == ethCommon+".Address"
}

// nonceTracer follows a value back through the local variables of one
// function body to the nonce reads it derives from.
type nonceTracer struct {
	pass    *analysis.Pass
	assigns map[types.Object][]ast.Expr
	seen    map[types.Object]bool
	helpers map[*types.Func]bool
	steps   int
}

func newNonceTracer(pass *analysis.Pass, body *ast.BlockStmt) *nonceTracer {
	return &nonceTracer{pass: pass, assigns: localAssigns(pass.TypesInfo, body),
		seen: map[types.Object]bool{}, helpers: map[*types.Func]bool{}}
}

// localAssigns maps each variable assigned in body to the expressions it
// is given (the call, for a, b := f()).
func localAssigns(info *types.Info, body *ast.BlockStmt) map[types.Object][]ast.Expr {
	out := map[types.Object][]ast.Expr{}
	add := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				continue
			}
			obj := info.ObjectOf(id)
			switch {
			case obj == nil:
			case len(rhs) == len(lhs):
				out[obj] = append(out[obj], rhs[i])
			case len(rhs) == 1:
				out[obj] = append(out[obj], rhs[0])
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.ASSIGN || s.Tok == token.DEFINE {
				add(s.Lhs, s.Rhs)
			}
		case *ast.ValueSpec:
			ids := make([]ast.Expr, len(s.Names))
			for i, id := range s.Names {
				ids[i] = id
			}
			add(ids, s.Values)
		}
		return true
	})
	return out
}

// reads returns the nonce reads e derives from.
func (t *nonceTracer) reads(e ast.Expr, depth int) []ast.Node {
	t.steps++
	if e == nil || depth > 12 || t.steps > maxChainTrace {
		return nil
	}
	info := t.pass.TypesInfo
	var out []ast.Node
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.ObjectOf(x)
		if obj == nil || t.seen[obj] {
			return nil
		}
		t.seen[obj] = true
		for _, r := range t.assigns[obj] {
			out = append(out, t.reads(r, depth+1)...)
		}
	case *ast.CallExpr:
		fn := calleeOf(info, x)
		if isNonceRead(fn) || t.readsInHelper(fn) {
			return []ast.Node{x}
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				out = append(out, t.reads(sel.X, depth+1)...)
			}
		}
		for _, a := range x.Args {
			out = append(out, t.reads(a, depth+1)...)
		}
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			out = append(out, t.reads(el, depth+1)...)
		}
	case *ast.UnaryExpr:
		out = t.reads(x.X, depth+1)
	case *ast.StarExpr:
		out = t.reads(x.X, depth+1)
	case *ast.BinaryExpr:
		out = append(t.reads(x.X, depth+1), t.reads(x.Y, depth+1)...)
	case *ast.SelectorExpr:
		if _, ok := info.Uses[x.Sel].(*types.Var); ok {
			out = t.reads(x.X, depth+1)
		}
	}
	return out
}

// readsInHelper: fn, a function of this package, returns a nonce it
// reads (func (w *Wallet) nextNonce(ctx) (uint64, error) { return
// w.eth.PendingNonceAt(ctx, w.addr) }).
func (t *nonceTracer) readsInHelper(fn *types.Func) bool {
	if fn == nil || fn.Pkg() != t.pass.Pkg {
		return false
	}
	if r, ok := t.helpers[fn]; ok {
		return r
	}
	t.helpers[fn] = false // cut recursion
	decl := declOf(t.pass, fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	inner := newNonceTracer(t.pass, decl.Body)
	inner.helpers = t.helpers
	found := false
	firstResults(decl.Body, func(r ast.Expr) bool {
		found = len(inner.reads(r, 0)) > 0
		return found
	})
	t.helpers[fn] = found
	return found
}

// NonceRefusalTested reports whether the repeated region tests an error
// for a nonce refusal ("nonce too low", core.ErrNonceTooLow) in an if or
// switch: a retry that signs with a new nonce after the node refused the
// old one is the fix of a race, not a second transfer, and paylint cannot
// tell which errors send it round.
func NonceRefusalTested(info *types.Info, region ast.Node) bool {
	if region == nil {
		return false
	}
	found := false
	test := func(e ast.Node) {
		if e != nil && !found {
			found = mentionsNonceError(info, e)
		}
	}
	ast.Inspect(region, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.IfStmt:
			test(s.Cond)
		case *ast.CaseClause:
			for _, e := range s.List {
				test(e)
			}
		}
		return !found
	})
	return found
}

// mentionsNonceError: e holds a string mentioning a nonce, or an error
// variable named for one (ErrNonceTooLow).
func mentionsNonceError(info *types.Info, e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BasicLit:
			found = found || x.Kind == token.STRING && strings.Contains(strings.ToLower(x.Value), "nonce")
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			found = found || ok && strings.Contains(strings.ToLower(v.Name()), "nonce") &&
				types.Identical(v.Type(), types.Universe.Lookup("error").Type())
		}
		return !found
	})
	return found
}
