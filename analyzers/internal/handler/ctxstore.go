package handler

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- an event handed on in a framework's per-request store --------------------
//
// gin, echo, fiber and hertz give each request a store of values that the
// middleware of its chain fill for the handler (ctxevent.go is the
// net/http form, context.WithValue):
//
//	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
//	if err != nil { c.AbortWithStatus(400); return }
//	c.Set(stripeEventKey, ev)
//	…
//	func (h *StripeHooks) Handle(c *gin.Context) {
//		ev := c.MustGet(stripeEventKey).(stripe.Event)
//
// The store lives as long as the request and only its chain writes it,
// so its keys are strings (gin's c.Set, echo's c.Set, hertz's c.Set) or
// any value (fiber's c.Locals). A key the handler reads that every write
// of this package makes where a signature check has passed is handed on
// by a verifying middleware: the handler is judged where it is mounted,
// as ctxEvent's are. A write before the check (or with no check: a
// request id, a logger) leaves the handler judged here.

// ctxStoreRead: call reads a framework's request store (c.Get(k),
// c.MustGet(k), fiber's c.Locals(k)); the key's expression.
func (m *Model) ctxStoreRead(call *ast.CallExpr, fn *types.Func) (ast.Expr, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || fn == nil || !storeCtx(m.pass.TypesInfo.TypeOf(sel.X)) {
		return nil, false
	}
	switch {
	case (fn.Name() == "Get" || fn.Name() == "MustGet") && len(call.Args) == 1 && !contains(fiberPkgs, pkgOf(fn)):
		return call.Args[0], true
	case fn.Name() == "Locals" && len(call.Args) == 1:
		return call.Args[0], true
	}
	return nil, false
}

// ctxStoreWrite: c writes a framework's request store (c.Set(k, v),
// fiber's c.Locals(k, v)); the key's value.
func ctxStoreWrite(c *ssa.CallCommon) (ssa.Value, bool) {
	o := calleeObj(c)
	if o == nil {
		return nil, false
	}
	sig, _ := o.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !storeCtx(sig.Recv().Type()) {
		return nil, false
	}
	args := c.Args
	if !c.IsInvoke() {
		args = args[1:] // the receiver
	}
	switch {
	case o.Name() == "Set" && len(args) == 2:
		return args[0], true
	case o.Name() == "Locals" && len(args) == 2:
		if s, ok := strip(args[1]).(*ssa.Slice); ok && s != nil {
			return args[0], true // value ...any: a write when handed one
		}
	}
	return nil, false
}

// storeCtx: t is a request context with a per-request store.
func storeCtx(t types.Type) bool {
	return namedIs(t, ginPkgs, "Context") || namedIs(t, echoPkgs, "Context") || namedIs(t, fiberPkgs, "Ctx") ||
		namedIs(t, hertzPkgs, "RequestContext")
}

// storeKey names a request store's key: as e20Key does, or a constant
// string (the store is the request's own: only its chain writes it).
func storeKey(pkg *types.Package, t types.Type, v constant.Value) string {
	if k := e20Key(pkg, t, v); k != "" {
		return k
	}
	if v != nil && v.Kind() == constant.String {
		return "store=" + v.ExactString()
	}
	return ""
}

// ssaKey names the key value k of a write (ctxEvent's or the store's).
func ssaKey(pkg *types.Package, k ssa.Value, store bool) string {
	k = strip(k)
	var cv constant.Value
	if kc, ok := k.(*ssa.Const); ok {
		cv = kc.Value
	}
	if store {
		return storeKey(pkg, k.Type(), cv)
	}
	return e20Key(pkg, k.Type(), cv)
}
