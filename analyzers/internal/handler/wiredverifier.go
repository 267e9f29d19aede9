package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a verifier behind an interface, bound to one that drops the verdict ---
//
// A handler may verify through an interface held in a field of its
// receiver (h.verifier.VerifyWebhook(ctx, req), 400 on an error): its
// package sees no implementation and takes the method at its word. main
// binds the field (webhooks.NewPayPal(pp, …)) to a wrapper that hands back
// only the error of PayPal's VerifyWebhookSignature and drops its
// VerificationStatus (dropverdict.go: FAILURE comes with a nil error).
// The handler's package records the field and method its only check goes
// through and what it then does (VerifyFieldFact, on the handler); the
// implementation's package marks such a wrapper (DropVerdictFact); the
// binding package reports the Partial check at the value it binds, as
// wiredweak.go does for a weak check before a wired use case.
//
// Precision: only handlers the model takes for payment webhooks, whose
// every verifier call is that one interface method taken at its word and
// whose effects in sight are verified by it alone; only bindings whose
// concrete type is known and whose method carries the fact.

// VerifyFieldFact marks a webhook handler whose only signature check is
// an interface method held in a field of its receiver.
type VerifyFieldFact struct {
	Field, Method string
	// Desc is the first effect the check guards, At its file:line.
	Desc, At string
}

// AFact marks VerifyFieldFact as a fact.
func (*VerifyFieldFact) AFact() {}

func (f *VerifyFieldFact) String() string {
	return "verified only by " + f.Field + "." + f.Method
}

// DropVerdictFact marks a method that hands back only the error of a
// split-verdict SDK verifier.
type DropVerdictFact struct{}

// AFact marks DropVerdictFact as a fact.
func (*DropVerdictFact) AFact() {}

func (*DropVerdictFact) String() string { return "drops the verifier's verdict" }

// e20Export exports both facts for this package's functions.
func (fx *ifaceFx) e20Export() {
	m := fx.m
	for obj := range m.decls {
		if obj.Exported() {
			if f := m.verifierFact(obj); f != nil && f.Partial && obj.Pkg() == fx.pass.Pkg {
				fx.pass.ExportObjectFact(obj, &DropVerdictFact{})
			}
		}
	}
	for _, h := range m.Judged() {
		if h.Func == nil || h.Fn == nil || !h.Func.Exported() {
			continue
		}
		if ok, _ := h.Webhook(); !ok {
			continue
		}
		if f := fx.verifyField(h); f != nil {
			fx.pass.ExportObjectFact(h.Func, f)
		}
	}
}

// verifyField: h's every verifier call is one method, taken at its
// word, of an interface held in one field of h's receiver; and a
// fulfilment of h is verified by it.
func (fx *ifaceFx) verifyField(h *Handler) *VerifyFieldFact {
	m := fx.m
	recv, named := handlerRecv(h)
	if recv == nil || named == nil {
		return nil
	}
	field, method := "", ""
	for vc := range m.verifierCalls(h.Fn) {
		c := vc.Call.Common()
		fl := recvField(c, h.Fn)
		if !vc.V.word || !c.IsInvoke() || fl == "" || field != "" && (fl != field || c.Method.Name() != method) {
			return nil
		}
		field, method = fl, c.Method.Name()
	}
	if field == "" {
		return nil
	}
	for _, op := range m.Fulfilments(h) {
		if g := m.Guarded(op.Call); g != nil && (g.Verified || g.Status) || m.ProviderChecked(h, op.Call) {
			continue
		}
		if m.VerificationAt(h, op.Call) != Verified {
			return nil // judged in its own package
		}
		pos := fx.pass.Fset.Position(op.Call.Pos())
		return &VerifyFieldFact{Field: field, Method: method, Desc: op.Desc, At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)}
	}
	return nil
}

// recvField: the interface value c invokes is loaded from a field of
// fn's receiver (h.verifier); the field's name.
func recvField(c *ssa.CallCommon, fn *ssa.Function) string {
	if fn == nil || len(fn.Params) == 0 || fn.Signature.Recv() == nil {
		return ""
	}
	u, ok := c.Value.(*ssa.UnOp)
	if !ok {
		return ""
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok || fa.X != fn.Params[0] {
		return ""
	}
	st, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	s, ok := st.Elem().Underlying().(*types.Struct)
	if !ok || fa.Field >= s.NumFields() {
		return ""
	}
	return s.Field(fa.Field).Name()
}

// bound: the values this package binds to a field whose interface
// method is another package's handler's only check, when the bound method
// drops the verifier's verdict: a Partial check, at the value bound.
func (fx *ifaceFx) bound() []WiredWeak {
	pass := fx.pass
	var out []WiredWeak
	for _, of := range pass.AllObjectFacts() {
		f, ok := of.Fact.(*VerifyFieldFact)
		if !ok {
			continue
		}
		hfn, ok := of.Object.(*types.Func)
		if !ok {
			continue
		}
		sig, _ := hfn.Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil {
			continue
		}
		t := namedOf(sig.Recv().Type())
		fv := (*types.Var)(nil)
		if t != nil {
			fv = structField(t, f.Field)
		}
		if fv == nil {
			continue
		}
		for _, e := range fx.binds(t, fv) {
			impl := fx.impl(e, f.Method)
			if impl == nil || !pass.ImportObjectFact(impl, new(DropVerdictFact)) {
				continue
			}
			out = append(out, WiredWeak{Node: e, Verification: Partial, Handler: t.Obj().Name() + "." + hfn.Name(),
				Desc: f.Desc + " (" + f.At + "), its check " + t.Obj().Name() + "." + f.Field + "." + f.Method + " bound here to " + qual(impl)})
			break // one report per handler
		}
	}
	return out
}

// binds are the expressions this package's non-test code binds to t's
// field fv: a keyed literal's value, or the argument of a constructor of
// t's package returning t whose one parameter of fv's type it is.
func (fx *ifaceFx) binds(t *types.Named, fv *types.Var) []ast.Expr {
	pass := fx.pass
	var out []ast.Expr
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if namedOf(pass.TypesInfo.TypeOf(x)) != t {
					return true
				}
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && id.Name == fv.Name() {
							out = append(out, kv.Value)
						}
					}
				}
			case *ast.CallExpr:
				fn := fx.m.calleeFunc(x)
				if fn == nil || fn.Pkg() != t.Obj().Pkg() {
					return true
				}
				sig, _ := fn.Type().(*types.Signature)
				if sig == nil || sig.Recv() != nil || sig.Variadic() || sig.Results().Len() == 0 || namedOf(sig.Results().At(0).Type()) != t {
					return true
				}
				idx := -1
				for i := 0; i < sig.Params().Len(); i++ {
					if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
						if idx != -1 {
							return true // two parameters of the type: cannot tell
						}
						idx = i
					}
				}
				if idx >= 0 && idx < len(x.Args) {
					out = append(out, x.Args[idx])
				}
			}
			return true
		})
	}
	return out
}

// impl: the method named method of e's concrete type, nil if unknown.
func (fx *ifaceFx) impl(e ast.Expr, method string) *types.Func {
	typ := fx.pass.TypesInfo.TypeOf(e)
	if typ == nil || types.IsInterface(typ) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := fx.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return nil
		}
		init := fx.m.initOf(v)
		if init == nil {
			return nil
		}
		if typ = fx.pass.TypesInfo.TypeOf(init); typ == nil || types.IsInterface(typ) {
			return nil
		}
	}
	obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, method)
	fn, _ := obj.(*types.Func)
	return fn
}
