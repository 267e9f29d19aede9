package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a verifier whose keyed checker its constructor can leave unset ------------------
//
// A verifier type holds the checker built from the webhook secret, and
// its constructor leaves that checker unset when the secret is empty:
//
//	func NewPartnerVerifier(secret string) (*PartnerVerifier, error) {
//		if secret == "" {
//			return &PartnerVerifier{}, nil // lets everything through
//		}
//		wh, err := svix.NewWebhook(secret)
//		…
//		return &PartnerVerifier{wh: wh}, nil
//	}
//
//	func (v *PartnerVerifier) Check(payload []byte, h http.Header) error {
//		if v.wh == nil {
//			return nil
//		}
//		return v.wh.Verify(payload, h)
//	}
//
// Check's success without a check is the empty secret's, one step
// removed: it fails open as a verifier answering nil for an empty secret
// does. When every constructor refuses an empty secret (returns an
// error, sets the checker on every value it returns), the unset branch
// is never taken and the verifier is judged by its check alone (it was
// no verifier at all before, and a handler calling it read as checking
// nothing).

// keyGuard: b is reached only when a nil-able field of fn's receiver is
// nil (guarded); unset when a function of this package returns a value
// of the receiver's type built without that field. Guarded and not
// unset, with a value built with it, the branch is never taken.
func (m *Model) keyGuard(fn *ssa.Function, b *ssa.BasicBlock) (guarded, unset bool) {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 {
		return false, false
	}
	recv := fn.Params[0]
	named := namedOf(recv.Type())
	if named == nil {
		return false, false
	}
	for _, i := range ifs(fn) {
		bin, ok := i.Cond.(*ssa.BinOp)
		if !ok || bin.Op != token.EQL && bin.Op != token.NEQ {
			continue
		}
		var fld *types.Var
		for _, pair := range [][2]ssa.Value{{bin.X, bin.Y}, {bin.Y, bin.X}} {
			if isNil(pair[1]) {
				fld = keyField(pair[0], recv)
			}
			if fld != nil {
				break
			}
		}
		if fld == nil {
			continue
		}
		nilEdge := succ(i, 0) // v.wh == nil: the true edge
		if bin.Op == token.NEQ {
			nilEdge = succ(i, 1)
		}
		if !nilEdge.dominates(b) {
			continue
		}
		without, with := m.builtWith(named, fld)
		switch {
		case without:
			return true, true
		case with:
			return true, false
		}
	}
	return false, false
}

// keyField is the field of the receiver recv that v reads (v.wh), nil
// if none.
func keyField(v ssa.Value, recv *ssa.Parameter) *types.Var {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && (fa.X == recv || spilled(fa.X, recv)) {
			return storedField(fa)
		}
	case *ssa.Field:
		if x.X == recv {
			f, _ := fieldOf(recv.Type(), x.Field)
			return f
		}
	}
	return nil
}

// spilled: a is the local a value receiver is copied into (SSA's
// spill of v.wh's receiver).
func spilled(a ssa.Value, recv *ssa.Parameter) bool {
	alloc, ok := a.(*ssa.Alloc)
	if !ok || alloc.Heap {
		return false
	}
	for _, r := range *alloc.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == alloc && st.Val == recv {
			return true
		}
	}
	return false
}

// builtWith reports whether return statements of this package return a
// composite literal of named (or its address) that leaves fld unset
// (without), or one that sets it (with).
func (m *Model) builtWith(named *types.Named, fld *types.Var) (without, with bool) {
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			ret, ok := n.(*ast.ReturnStmt)
			if !ok || without {
				return !without
			}
			for _, r := range ret.Results {
				e := ast.Unparen(r)
				if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
					e = ast.Unparen(u.X)
				}
				lit, ok := e.(*ast.CompositeLit)
				if !ok || namedOf(m.pass.TypesInfo.TypeOf(lit)) != named {
					continue
				}
				if litOmits(m.pass.TypesInfo, lit, fld) {
					without = true
				} else {
					with = true
				}
			}
			return !without
		})
	}
	return without, with
}

// litOmits: the keyed (or empty) literal sets no value for fld.
func litOmits(info *types.Info, lit *ast.CompositeLit, fld *types.Var) bool {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false // positional: every field set
		}
		if id, ok := kv.Key.(*ast.Ident); ok && info.Uses[id] == fld {
			return isNilExpr(kv.Value)
		}
	}
	return true
}
