package handler

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- guard helpers, asked once per function and depth -------------------------
//
// Whether a function of the package is a guard helper (guardhelper.go)
// depends on the function and the depth it is read at, nothing else: its
// SSA, the facts of other packages and the package's own types. It used
// to be worked out again at every call of the function inside every
// helper read (each call of a helper of a helper re-ran both taints), and
// every interface call sorted the package scope's names again to find
// the implementations (ifaceGuardHelper): on testify's assert, whose
// name-matched body marks the package as guard material, three quarters
// of the handler model's time on stripe-go's tests. The answers are
// remembered in the Model; the analyzers sharing it may ask
// concurrently, hence the lock (never held while computing: a helper's
// answer asks its callees').

type guardMemo struct {
	mu    sync.Mutex
	fns   map[guardFnKey]bool
	iface map[guardIfaceKey]bool

	typesOnce sync.Once
	types     []*types.TypeName // ifaceGuardHelper's candidate implementations

	wiresOnce sync.Once
	wires     []payment.Wire // the package's wires, for impls (sp16)
}

// packageWires: payment.Wires of the package, worked out once.
func (m *Model) packageWires() []payment.Wire {
	m.guardMemo.wiresOnce.Do(func() { m.guardMemo.wires = payment.Wires(m.pass.TypesInfo, m.pass.Files) })
	return m.guardMemo.wires
}

type guardFnKey struct {
	fn    *ssa.Function
	depth int
}

type guardIfaceKey struct {
	iface  *types.Interface
	method *types.Func
	depth  int
}

// fn returns the remembered answer of guardHelperFn(fn, depth), computing
// it once with compute.
func (g *guardMemo) fn(fn *ssa.Function, depth int, compute func() bool) bool {
	k := guardFnKey{fn, depth}
	g.mu.Lock()
	v, ok := g.fns[k]
	g.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	g.mu.Lock()
	if g.fns == nil {
		g.fns = map[guardFnKey]bool{}
	}
	g.fns[k] = v
	g.mu.Unlock()
	return v
}

// ifaceCall returns the remembered answer of ifaceGuardHelper for an
// invoke of method on iface at depth, computing it once with compute.
func (g *guardMemo) ifaceCall(iface *types.Interface, method *types.Func, depth int, compute func() bool) bool {
	k := guardIfaceKey{iface, method, depth}
	g.mu.Lock()
	v, ok := g.iface[k]
	g.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	g.mu.Lock()
	if g.iface == nil {
		g.iface = map[guardIfaceKey]bool{}
	}
	g.iface[k] = v
	g.mu.Unlock()
	return v
}

// implCandidates are the type names of scope, in scope.Names order, that
// ifaceGuardHelper tries as implementations: not aliases, not interfaces,
// named and not generic.
func (g *guardMemo) implCandidates(scope *types.Scope) []*types.TypeName {
	g.typesOnce.Do(func() {
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if _, generic := tn.Type().(*types.Named); !generic || tn.Type().(*types.Named).TypeParams().Len() > 0 {
				continue
			}
			g.types = append(g.types, tn)
		}
	})
	return g.types
}

// claimSeedLazy is claimSeed with the event's taint worked out only for
// an instruction that can be a claim (a go-redis BoolCmd read): most
// helpers read have none, and the taint of every parameter through the
// whole function was the larger part of reading one.
func (m *Model) claimSeedLazy(in ssa.Instruction, ev func() map[ssa.Value]bool) bool {
	switch x := in.(type) {
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if !ok || x.Index != 0 || !boolCmdRead(c, "Result") {
			return false
		}
	case *ssa.Call:
		if !boolCmdRead(x, "Val") {
			return false
		}
	default:
		return false
	}
	return m.claimSeed(in, ev())
}
