package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- an effect gated by a use case main binds ----------------------------------
//
// A handler's package often holds its use case as an interface that main
// binds (NewMidtransHook(key, idp, messenger, visits)) and acts on its
// answer:
//
//	changed, err := h.apply.ApplyNotification(ctx, n.OrderID, n.Status)
//	if changed { h.notify.SendReceipt(…) }
//
// Whether the answer is a duplicate guard's is the implementation's to
// say (a changed-state flag or a compare-and-set: changedflag.go,
// guardhelper.go), and no implementation is in sight here. So an effect
// reached only through one branch of such an answer is not judged in the
// handler's package: it is recorded (GateFact on the handler type)
// and the package binding the use case judges it: when every bound
// implementation is a guard helper (GuardHelperFact) it stays silent; when
// one is not, the effect is reported at the binding; a binding it cannot
// resolve keeps it silent. Only a use case held in a field that a
// constructor of the handler's package fills from its parameter (main
// binds it), handed neither the request nor raw bytes, and not named as a
// check of a signature or token, gates; an interface nothing binds keeps
// its answer unknown, and the effect is judged as before (no guard).

// GateFact marks a handler type whose effects are gated by the bool
// answer of a use case held in a field that another package binds.
type GateFact struct{ Gates []Gate }

// Gate is one gated effect.
type Gate struct {
	// Handler names the handler, Field and Method the gating call,
	// GateDesc the method qualified, GateAt its file base name and line.
	Handler, Field, Method, GateDesc, GateAt string
	// Effect describes the gated effect, Kind its kind, At its line.
	Effect string
	Kind   EffectKind
	At     string
}

// AFact marks GateFact as a fact.
func (*GateFact) AFact() {}

func (f *GateFact) String() string { return "gated effects: " + strconv.Itoa(len(f.Gates)) }

// gateCall is one gating call of a handler, and the Ifs on its answer.
type gateCall struct {
	call  *ssa.Call
	field *types.Var
	ifs   guardIfs
}

// ungate removes from es the effects of h gated by a bound use
// case's answer, recording them on h's receiver type for the binding
// package. runEffects asks it for each judged handler's repeats.
func (fx *ifaceFx) ungate(h *Handler, es []Effect) []Effect {
	if h.Fn == nil || len(es) == 0 {
		return es
	}
	_, named := handlerRecv(h)
	if named == nil || named.Obj().Pkg() != fx.pass.Pkg {
		return es
	}
	gates := fx.gateCalls(h, named)
	if len(gates) == 0 {
		return es
	}
	var keep []Effect
	var rec []Gate
	for _, e := range es {
		var hit *gateCall
		for i := range gates {
			if fx.m.guardedAt(h.Fn, e.Node, gates[i].ifs) {
				hit = &gates[i]
				break
			}
		}
		if hit == nil {
			keep = append(keep, e)
			continue
		}
		cc := hit.call.Common()
		rec = append(rec, Gate{Handler: fx.pass.Pkg.Name() + "." + h.Name, Field: hit.field.Name(),
			Method: cc.Method.Name(), GateDesc: qual(cc.Method), GateAt: fx.fp15wAt(hit.call.Pos()),
			Effect: e.Desc, Kind: e.Kind, At: fx.fp15wAt(e.Node.Pos())})
	}
	if len(rec) > 0 {
		f := new(GateFact)
		fx.pass.ImportObjectFact(named.Obj(), f) // the type's other handlers, recorded before
		f.Gates = append(f.Gates, rec...)
		fx.pass.ExportObjectFact(named.Obj(), f)
	}
	return keep
}

// gatedAt: node of h is reached only through one branch of a bound
// use case's answer; exportWireFacts does not record a wired call there as
// unguarded (the gate is judged at the binding instead).
func (fx *ifaceFx) gatedAt(h *Handler, node ast.Node) bool {
	_, named := handlerRecv(h)
	if h.Fn == nil || named == nil || named.Obj().Pkg() != fx.pass.Pkg {
		return false
	}
	for _, g := range fx.gateCalls(h, named) {
		if fx.m.guardedAt(h.Fn, node, g.ifs) {
			return true
		}
	}
	return false
}

func (fx *ifaceFx) fp15wAt(p token.Pos) string {
	pos := fx.pass.Fset.Position(p)
	return filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
}

// gateCalls lists h's calls of a bound use case with a bool answer
// and the Ifs testing that answer (not its error).
func (fx *ifaceFx) gateCalls(h *Handler, named *types.Named) []gateCall {
	var out []gateCall
	for _, f := range allFuncs(h.Fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(*ssa.Call)
				if !ok {
					continue
				}
				field := fx.boundAnswer(c, named)
				if field == nil {
					continue
				}
				gt := taint(f, func(x ssa.Instruction) bool { return x == c }, true)
				var g guardIfs
				for _, i := range ifs(f) {
					if gt[i.Cond] && !errNilTest(i.Cond) {
						g = append(g, i)
					}
				}
				if len(g) > 0 {
					out = append(out, gateCall{call: c, field: field, ifs: g})
				}
			}
		}
	}
	return out
}

// boundAnswer: c invokes, on an interface held in a field of named,
// a merchant method answering a bool first, with no implementation in
// sight, handed neither the request nor raw bytes, not named as a check,
// the field filled by a constructor of this package from its parameter.
// It returns the field.
func (fx *ifaceFx) boundAnswer(c *ssa.Call, named *types.Named) *types.Var {
	cc := c.Common()
	if !cc.IsInvoke() || cc.Method == nil || cc.Method.Pkg() == nil || libraryPath(cc.Method.Pkg().Path()) {
		return nil
	}
	iface, ok := cc.Value.Type().Underlying().(*types.Interface)
	sig, _ := cc.Method.Type().(*types.Signature)
	if !ok || iface.Empty() || sig == nil || !boolAnswer(sig) {
		return nil
	}
	u, ok := cc.Value.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok || namedOf(fa.X.Type()) != named {
		return nil
	}
	field := fieldAt(fa.X.Type(), fa.Field)
	if field == nil || !fx.m.unseenImpl(ifaceCall{Method: cc.Method, Iface: iface}) || takesRequest(cc) {
		return nil
	}
	for _, a := range cc.Args {
		if sl, ok := a.Type().Underlying().(*types.Slice); ok {
			if b, ok := sl.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return nil
			}
		}
	}
	if hasWord(sharedWords(cc.Method.Name()), "verify", "valid", "validate", "signature", "sign", "auth",
		"authenticate", "check", "token", "hmac") != "" || !fx.ctorFills(named, field) {
		return nil
	}
	return field
}

// ctorFills: a function of this package returning named (or a
// pointer to it) takes a parameter of field's type: main hands the use
// case in.
func (fx *ifaceFx) ctorFills(named *types.Named, field *types.Var) bool {
	for _, d := range funcs.Of(fx.pass).All() {
		if d.Syntax.Recv != nil {
			continue
		}
		sig, _ := d.Func.Type().(*types.Signature)
		if sig == nil || sig.Results().Len() == 0 || namedOf(sig.Results().At(0).Type()) != named {
			continue
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if types.Identical(sig.Params().At(i).Type(), field.Type()) {
				return true
			}
		}
	}
	return false
}

// fp15wGates judges, in the binding package, the gated effects of the
// handler types it builds (a constructor of their package called here, or
// a literal): reported at the binding when a bound implementation of the
// gate is no guard helper. wiredFindings adds them to the Repeats.
func (w *wiring) fp15wGates() []Effect {
	var out []Effect
	pass := w.fx.pass
	facts := map[*types.TypeName]*GateFact{}
	fact := func(t types.Type) (*types.Named, *GateFact) {
		n := namedOf(t)
		if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg() == pass.Pkg {
			return nil, nil
		}
		f, seen := facts[n.Obj()]
		if !seen {
			f = new(GateFact)
			if !pass.ImportObjectFact(n.Obj(), f) {
				f = nil
			}
			facts[n.Obj()] = f
		}
		return n, f
	}
	done := map[string]bool{}
	judge := func(t *types.Named, f *GateFact, bound func(field *types.Var) ast.Expr) {
		for _, g := range f.Gates {
			fv := structField(t, g.Field)
			if fv == nil || done[g.Handler+g.At] {
				continue
			}
			at := bound(fv)
			typ := types.Type(nil)
			if at != nil {
				typ = w.concrete(at)
			}
			if typ == nil {
				continue // not bound here, or bound to what cannot be read
			}
			obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, g.Method)
			fn, _ := obj.(*types.Func)
			if fn == nil || w.fx.m.importedGuardHelper(fn) {
				continue // every bound implementation answers as a guard
			}
			if n := namedOf(typ); n != nil && payment.IsTestDouble(n) {
				continue
			}
			done[g.Handler+g.At] = true
			out = append(out, Effect{Node: at, Kind: g.Kind, Desc: g.Effect + " in " + g.Handler + " (" + g.At + "), gated by " +
				g.GateDesc + " (" + g.GateAt + "), bound here to " + qual(fn) + ", whose true answer is no changed-state flag"})
		}
	}
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t, f := fact(pass.TypesInfo.TypeOf(x)); f != nil {
					judge(t, f, func(fv *types.Var) ast.Expr {
						for _, e := range x.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok {
								if id, ok := kv.Key.(*ast.Ident); ok && id.Name == fv.Name() {
									return kv.Value
								}
							}
						}
						return nil
					})
				}
			case *ast.CallExpr:
				fn := w.fx.m.calleeFunc(x)
				var sig *types.Signature
				if fn != nil {
					sig, _ = fn.Type().(*types.Signature)
				}
				if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 || sig.Variadic() {
					return true
				}
				if t, f := fact(sig.Results().At(0).Type()); f != nil && t.Obj().Pkg() == fn.Pkg() {
					judge(t, f, func(fv *types.Var) ast.Expr {
						idx := -1
						for i := 0; i < sig.Params().Len(); i++ {
							if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
								if idx != -1 {
									return nil // two parameters of the type: cannot tell which
								}
								idx = i
							}
						}
						if idx < 0 || idx >= len(x.Args) {
							return nil
						}
						return x.Args[idx]
					})
				}
			}
			return true
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Node.Pos() < out[j].Node.Pos() })
	return out
}
