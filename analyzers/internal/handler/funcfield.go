package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"
)

// ---- func-typed fields bound in another package -------------------------------
//
// A handler may hold its use case as a function instead of an interface:
//
//	package aupay: type Hooks struct{ OnPaid func(ctx context.Context, id int64) }  // h.OnPaid(ctx, id)
//	package web:   s.auHooks = &aupay.Hooks{OnPaid: s.syncGate}                      // syncGate PUTs to a REST API
//
// In the handler's package the call runs nothing it can see; the package
// that binds the field sees the function bound. The call is recorded as a
// WireCall whose Method is "" (the field itself is called), and the
// binding package resolves each binding to the function it names — a
// method value (s.syncGate) or a function (gate.Sync) — and judges it by
// that function's summaries as it judges an interface's bound method
// (wire_bind.go: impls). A binding it cannot name (a function literal, a
// variable, a call's result) keeps the call silent.

// funcFieldCall is a call of a func-typed field of the handler's receiver
// in the handler's body (h.OnPaid(ctx, id)).
type funcFieldCall struct {
	call  *ast.CallExpr
	field *types.Var
	recv  *types.Named
	hands bool
}

// funcFieldCalls lists h's calls of func-typed fields of its receiver.
func (m *Model) funcFieldCalls(h *Handler) []funcFieldCall {
	recv, named := handlerRecv(h)
	if recv == nil || h.Body == nil {
		return nil
	}
	var out []funcFieldCall
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		s := recvFieldSel(m.pass.TypesInfo, call.Fun, recv)
		if s == nil {
			return true
		}
		field, _ := s.Obj().(*types.Var)
		if field == nil {
			return true
		}
		if _, ok := field.Type().Underlying().(*types.Signature); !ok {
			return true
		}
		out = append(out, funcFieldCall{call: call, field: field, recv: named, hands: m.wireHandsEvent(h, call)})
		return true
	})
	return out
}

// funcFieldWire is the WireCall of a func-field call: Method "" says the
// field itself is called.
func (m *Model) funcFieldWire(h *Handler, fc funcFieldCall) WireCall {
	pos := m.pass.Fset.Position(fc.call.Pos())
	return WireCall{Handler: m.pass.Pkg.Name() + "." + h.Name, Field: fc.field.Name(),
		Desc: m.pass.Pkg.Name() + "." + fc.recv.Obj().Name() + "." + fc.field.Name(),
		At:   filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Framework: h.Framework,
		Consts: consts(m.pass.TypesInfo, fc.call), Weak: Verified}
}

// funcFieldRecord adds to byType the func-field calls of h that the
// binding package must judge: made unguarded with the event's values, or
// before the answer. pending and byRoute are as for the interface calls
// (exportWireFacts).
func (fx *ifaceFx) funcFieldRecord(h *Handler, pending, byRoute bool, slow map[*Handler]SlowAt, byType map[*types.Named][]WireCall, order []*types.Named) []*types.Named {
	m := fx.m
	for _, fc := range m.funcFieldCalls(h) {
		w := m.funcFieldWire(h, fc)
		w.Pending, w.ByRoute, w.Aside = pending, byRoute, !fc.hands
		w.Unguarded = fc.hands && len(fx.d.unguardedIn(h, []Effect{{Node: fc.call, Kind: Insert, Desc: w.Desc}})) > 0 &&
			!fx.gatedAt(h, fc.call)
		if _, done := slow[h]; !done && !inGoroutine(h.Body, fc.call) {
			if s, ans := fx.a.firstBefore(h, []Slow{{Node: fc.call, Desc: w.Desc}}); s != nil {
				w.Before, w.Answer = true, ans
			}
		}
		w.OwnRead = w.Before && fx.ownRead(h)
		if !w.Unguarded && !w.Before {
			continue
		}
		if byType[fc.recv] == nil {
			order = append(order, fc.recv)
		}
		byType[fc.recv] = append(byType[fc.recv], w)
	}
	return order
}

// boundFunc is the function a binding of a func-typed field names: a
// method value (s.syncGate) or a function (gate.Sync, syncGate); nil for
// anything else.
func boundFunc(info *types.Info, e ast.Expr) *types.Func {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil {
			if s.Kind() != types.MethodVal {
				return nil
			}
			fn, _ := s.Obj().(*types.Func)
			return fn
		}
		fn, _ := info.Uses[x.Sel].(*types.Func) // a qualified function
		return fn
	case *ast.Ident:
		fn, _ := info.Uses[x].(*types.Func)
		return fn
	}
	return nil
}
