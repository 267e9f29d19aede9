package handler

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- an event handed on in the request context by a verifying middleware ----
//
// A middleware may verify the signature and hand the parsed event on in
// the request's context, the handler behind it reading it back:
//
//	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
//	if err != nil { http.Error(w, "invalid signature", 400); return }
//	next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), eventKey{}, ev)))
//	…
//	func (h *Hooks) Billing(w http.ResponseWriter, r *http.Request) {
//		ev, ok := r.Context().Value(eventKey{}).(stripe.Event)
//
// The handler verifies nothing itself, and whether it is safe depends on
// the routes that mount it: behind the middleware it is, on a route the
// middleware does not cover it reads no event at all (and answers 400)
// unless something else puts one there. When the key is one only this
// package can write (a value of an unexported type of its own) and every
// context.WithValue under that key in the package sits where a signature
// check has already passed, the handler is judged where it is mounted,
// as a webhook by its body is (mounts.go): a covered mount is verified, an
// uncovered one is reported there. A key also written before the check,
// or by no verified path, or of a type other packages can make (a string,
// an exported type), leaves the handler judged in its own package.

// ctxEvent: h, which has no route here, reads a request-context value
// under a key that only verified paths of this package write.
func (m *Model) ctxEvent(h *Handler) bool {
	if h.Body == nil || len(m.fnOf) == 0 {
		return false
	}
	keys := m.readKeys(h.Body, 0)
	if len(keys) == 0 {
		return false
	}
	for k := range keys {
		if m.verifiedWrites(k) {
			return true
		}
	}
	return false
}

// readKeys are the keys body (or a function of this package it calls,
// eventFrom(r)) reads with context.Context.Value, as e20Key names them.
func (m *Model) readKeys(body *ast.BlockStmt, depth int) map[string]bool {
	out := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := m.calleeFunc(call)
		if fn == nil {
			return true
		}
		if fn.Name() == "Value" && pkgOf(fn) == "context" && len(call.Args) == 1 {
			tv := m.pass.TypesInfo.Types[call.Args[0]]
			if k := e20Key(m.pass.Pkg, tv.Type, tv.Value); k != "" {
				out[k] = true
			}
			return true
		}
		if k, ok := m.ctxStoreRead(call, fn); ok { // a framework's request store (ctxstore.go)
			tv := m.pass.TypesInfo.Types[k]
			if key := storeKey(m.pass.Pkg, tv.Type, tv.Value); key != "" {
				out[key] = true
			}
			return true
		}
		if fd := m.decls[fn]; fd != nil && fd.Body != nil && depth < 2 && fn.Pkg() == m.pass.Pkg {
			for k := range m.readKeys(fd.Body, depth+1) {
				out[k] = true
			}
		}
		return true
	})
	return out
}

// e20Key names a context key of static type t (and constant value v):
// "" unless t is an unexported named type of pkg, which no other package
// can make a value of.
func e20Key(pkg *types.Package, t types.Type, v constant.Value) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg || n.Obj().Exported() {
		return ""
	}
	k := n.Obj().Name()
	if v != nil {
		k += "=" + v.ExactString()
	}
	return k
}

// verifiedWrites: the package writes key k with context.WithValue at
// least once, and every such write runs where a signature check has
// passed (its failure stopped before it).
func (m *Model) verifiedWrites(k string) bool {
	seen := map[*ssa.Function]bool{}
	writes := 0
	for _, root := range m.fnOf {
		for _, fn := range allFuncs(root) {
			if seen[fn] {
				continue
			}
			seen[fn] = true
			for _, b := range fn.Blocks {
				for _, in := range b.Instrs {
					c, ok := in.(*ssa.Call)
					if !ok {
						continue
					}
					var key string
					if withValue(c) {
						key = ssaKey(m.pass.Pkg, c.Call.Args[1], false)
					} else if kv, ok := ctxStoreWrite(c.Common()); ok { // ctxstore.go
						key = ssaKey(m.pass.Pkg, kv, true)
					}
					if key == "" || key != k {
						continue
					}
					if m.inTestFile(c.Pos()) {
						continue
					}
					if m.verifiedAtKnown(fn, b) != Verified {
						return false // written where no check has passed
					}
					writes++
				}
			}
		}
	}
	return writes > 0
}

// withValue: c calls context.WithValue.
func withValue(c *ssa.Call) bool {
	o := calleeObj(c.Common())
	return o != nil && pkgOf(o) == "context" && o.Name() == "WithValue" && len(c.Call.Args) == 3
}
