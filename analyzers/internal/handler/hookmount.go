package handler

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// ---- a handler known by its mount, mounted in one package and bound in another --
//
// A handler known as a webhook only where it is mounted (routehook.go)
// is judged by the package binding its type, and only where that package
// mounts it on a POST route whose path says webhook (mountedAsHook). main
// often builds the handler and hands it to a routes function of another
// package (web.EuropeAPI(app, pages, webhooks.NewMollie(…))) that mounts
// it (app.Post("/hooks/mollie", mh.Handle)): the binding package saw no
// mount, the mounting package no binding, and the handler's wired calls
// were judged nowhere. The mounting package now records the mount
// (HookMountFact); a binding package depending on it counts it as its
// own. The route's test is mountedAsHook's: POST (or any method), a path
// with a webhook word, outside tests.

// HookMountFact, on a package: other packages' handler methods with
// wired calls recorded ByRoute that it mounts on a webhook route, as
// "pkgpath.Type.Method" keys, sorted.
type HookMountFact struct{ Handlers []string }

// AFact marks HookMountFact as a fact.
func (*HookMountFact) AFact() {}

func (f *HookMountFact) String() string {
	return "webhook routes of other packages' handlers: " + strconv.Itoa(len(f.Handlers))
}

// exportHookMounts records the webhook routes this package gives
// handlers of other packages whose wired calls wait for their mount.
func (fx *ifaceFx) exportHookMounts() {
	m := fx.m
	out := map[string]bool{}
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if reg.method != "" && reg.method != "POST" || len(reg.handlers) == 0 {
			return
		}
		if strings.HasSuffix(fx.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		if hasWord(sharedWords(m.ctxOf(recv, 0).prefix+reg.path), hookRouteWords...) == "" {
			return
		}
		r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
		if r.node != nil || r.ext == nil {
			return
		}
		if key, ok := fx.byRouteHandler(r.ext); ok {
			out[key] = true
		}
	})
	if len(out) > 0 {
		fx.pass.ExportPackageFact(&HookMountFact{Handlers: slices.Sorted(maps.Keys(out))})
	}
}

// byRouteHandler: fn is a handler method of another package whose
// type's WireFact holds calls recorded ByRoute for it; its key.
func (fx *ifaceFx) byRouteHandler(fn *types.Func) (string, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if fn.Pkg() == nil || fn.Pkg() == fx.pass.Pkg || sig == nil || sig.Recv() == nil {
		return "", false
	}
	n := namedOf(sig.Recv().Type())
	f := new(WireFact)
	if n == nil || !fx.pass.ImportObjectFact(n.Obj(), f) {
		return "", false
	}
	for _, c := range f.Calls {
		if c.ByRoute && handlerMethod(c) == fn.Name() {
			return d18Key(n, fn.Name()), true
		}
	}
	return "", false
}

func d18Key(n *types.Named, method string) string {
	return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + method
}

// mountedElsewhere: a package this one depends on mounts t's method
// on a webhook route (HookMountFact).
func (w *wiring) mountedElsewhere(t *types.Named, method string) bool {
	if t.Obj().Pkg() == nil {
		return false
	}
	key := d18Key(t, method)
	for _, pf := range w.fx.pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*HookMountFact); ok && slices.Contains(f.Handlers, key) {
			return true
		}
	}
	return false
}

// d18SoleRead: c, a call of a handler known by its mount, is bound to a
// payment status read and is the only wired call of its handler bound to
// one made before the answer: that read back is what such a handler
// must do (Mollie posts only the id), and firstBefore allows one.
func (w *wiring) d18SoleRead(t *types.Named, calls []WireCall, c WireCall, s Slow) bool {
	if !c.ByRoute || !s.StatusRead {
		return false
	}
	for _, o := range calls {
		if o.Handler != c.Handler || !o.Before || o.Field == c.Field && o.Method == c.Method {
			continue
		}
		if fns, at, ok := w.impls(t, o.Field, o.Method); ok {
			if os, ok := w.slow(o, fns, at); ok && os.StatusRead {
				return false
			}
		}
	}
	return true
}
