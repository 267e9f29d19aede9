package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- payment calls through interfaces bound only in main: the binding side -----
//
// The package that builds a type with PortCalls (tolls.NewJob(db, pay, …),
// &payouts.Runner{Sender: mollie.New(key)}, payouts.WithSender(adyen.New(…)))
// sees the concrete type each field receives. Every binding is judged on
// its own: two mains binding two implementations are two deployments, and
// a map of implementations (map[Rail]PayoutRail{…}) routes some calls to
// each. A binding whose concrete type is not known (an interface value, a
// constructor returning the interface) says nothing.

// PortBound is one implementation bound to a field a PortCall goes through.
type PortBound struct {
	// Node is the binding expression (the argument, the field's value,
	// the map element), where the rules report.
	Node ast.Expr
	Call PortCall
	// Holder names the type making the call ("tolls.Job"); Impl the
	// implementation's method and Fact its payment summary.
	Holder    string
	HolderObj *types.TypeName
	Impl      *types.Func
	Fact      *payment.WrapperFact
}

// PortResult lists the package's bindings of PortCalls to payment
// implementations, in source order.
// Sites are the package's own PortCalls.
type PortResult struct {
	Bound []PortBound
	Sites []PortSite
	// Sweeps are the passes over pending rows of other packages that
	// this package's cron schedules run (sweepfacts.go).
	Sweeps []ScheduledSweep
}

// exportPortOptions exports, for the package's types with PortCalls, the
// functional options that set a field they go through from a parameter
// (func WithSender(s Sender) Option { return func(r *Runner) { r.sender = s } }).
func exportPortOptions(pass *analysis.Pass) {
	info := pass.TypesInfo
	for _, d := range funcs.Of(pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if fd.Recv != nil || !fd.Name.IsExported() {
			continue
		}
		holder := optionHolder(fn)
		if holder == nil || holder.Obj().Pkg() != pass.Pkg || !hasPortFact(pass, holder.Obj()) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
			id, isID := ast.Unparen(as.Rhs[0]).(*ast.Ident)
			if !ok || !isID {
				return true
			}
			field, _ := info.Uses[sel.Sel].(*types.Var)
			for i := 0; i < sig.Params().Len(); i++ {
				if field != nil && field.IsField() && info.Uses[id] == sig.Params().At(i) {
					pass.ExportObjectFact(fn, &PortFact{Option: field.Name(), Param: i})
					return false
				}
			}
			return true
		})
	}
}

// optionHolder: fn returns a function taking *T (a functional option of
// T); T, or nil.
func optionHolder(fn *types.Func) *types.Named {
	if fn == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 1 {
		return nil
	}
	opt, _ := sig.Results().At(0).Type().Underlying().(*types.Signature)
	if opt == nil || opt.Params().Len() != 1 {
		return nil
	}
	p, _ := types.Unalias(opt.Params().At(0).Type()).(*types.Pointer)
	if p == nil {
		return nil
	}
	n, _ := types.Unalias(p.Elem()).(*types.Named)
	return n
}

func hasPortFact(pass *analysis.Pass, tn *types.TypeName) bool {
	f := new(PortFact)
	return pass.ImportObjectFact(tn, f) && len(f.Calls) > 0
}

// binder collects the bindings of one package.
type binder struct {
	pass  *analysis.Pass
	facts map[*types.TypeName]*PortFact
	inits map[*types.Var]ast.Expr
	out   *PortResult
	seen  map[ast.Expr]map[string]bool
	// calls and impl replace PortFact and PortImplFact for another
	// model's calls (bindany.go); nil for PortAnalyzer.
	calls func(*types.TypeName) []PortCall
	impl  func(*types.Func) *payment.WrapperFact
	a23   map[*types.Func]PortImplFact // ctorport.go
}

// bindAll reads every binding in the package's non-test files: keyed
// literals of holder types and calls (constructors, options, setters).
func (b *binder) bindAll() {
	pass := b.pass
	var files []*ast.File
	for _, f := range pass.Files {
		if !strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			files = append(files, f) // a test's fake wiring deploys nothing
		}
	}
	b.collectInits(files)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t := b.holder(pass.TypesInfo.TypeOf(x)); t != nil {
					b.literal(t, x)
				}
			case *ast.CallExpr:
				b.call(x)
			}
			return true
		})
	}
}

// bindPorts finds the package's bindings of other packages' types with
// PortCalls to implementations with a PortImplFact.
func bindPorts(pass *analysis.Pass) *PortResult {
	b := &binder{pass: pass, facts: map[*types.TypeName]*PortFact{}, inits: map[*types.Var]ast.Expr{},
		out: &PortResult{}, seen: map[ast.Expr]map[string]bool{}}
	if !anyPortFact(pass) {
		return b.out // nothing in sight records a port call: nothing to bind
	}
	b.bindAll()
	return b.out
}

// collectInits maps the locals assigned exactly once to their value.
func (b *binder) collectInits(files []*ast.File) {
	info := b.pass.TypesInfo
	count := map[*types.Var]int{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					id, ok := ast.Unparen(l).(*ast.Ident)
					if !ok {
						continue
					}
					v, _ := info.Defs[id].(*types.Var)
					if v == nil {
						v, _ = info.Uses[id].(*types.Var)
					}
					if v == nil {
						continue
					}
					count[v]++
					if len(x.Lhs) == len(x.Rhs) && x.Tok == token.DEFINE {
						b.inits[v] = x.Rhs[i]
					}
				}
			case *ast.ValueSpec:
				for i, id := range x.Names {
					if v, ok := info.Defs[id].(*types.Var); ok && len(x.Values) == len(x.Names) {
						count[v]++
						b.inits[v] = x.Values[i]
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && x.Op == token.AND {
					if v, ok := info.Uses[id].(*types.Var); ok {
						count[v] += 2 // its address escapes: any value
					}
				}
			}
			return true
		})
	}
	for v, n := range count {
		if n != 1 {
			delete(b.inits, v)
		}
	}
}

// holder: t (or *t) is a named type of another package with PortCalls.
func (b *binder) holder(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == b.pass.Pkg {
		return nil
	}
	f, seen := b.facts[n.Obj()]
	if !seen {
		f = b.factOf(n.Obj()) // bindany.go
		b.facts[n.Obj()] = f
	}
	if f == nil {
		return nil
	}
	return n
}

func (b *binder) literal(t *types.Named, lit *ast.CompositeLit) {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				b.bind(t, id.Name, kv.Value)
			}
		}
	}
}

// call: a functional option of a holder type (its PortFact names the
// field and the parameter), or a constructor of one returning it: each
// field its calls go through is bound by the one non-variadic parameter
// of the field's type.
func (b *binder) call(call *ast.CallExpr) {
	fn := calleeFunc(b.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 {
		return
	}
	if t := b.holder(namedOrNil(optionHolder(fn))); t != nil {
		f := new(PortFact)
		if b.calls == nil && b.pass.ImportObjectFact(fn, f) && f.Option != "" && f.Param < len(call.Args) && (!sig.Variadic() || f.Param < sig.Params().Len()-1) {
			b.bind(t, f.Option, call.Args[f.Param])
		}
		return
	}
	t := b.holder(sig.Results().At(0).Type())
	if t == nil || t.Obj().Pkg() != fn.Pkg() {
		return
	}
	fixed := sig.Params().Len()
	if sig.Variadic() {
		fixed--
	}
	if fixed > len(call.Args) {
		return // f(g()) spreads results: not read
	}
	done := map[string]bool{}
	for _, c := range b.facts[t.Obj()].Calls {
		if done[c.Field] {
			continue
		}
		done[c.Field] = true
		obj, _, _ := types.LookupFieldOrMethod(t, false, t.Obj().Pkg(), c.Field)
		fv, _ := obj.(*types.Var)
		if fv == nil {
			continue
		}
		idx := -1
		for i := 0; i < fixed; i++ {
			if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
				if idx != -1 {
					idx = -2 // two parameters of the type: cannot tell which
				} else {
					idx = i
				}
			}
		}
		if idx >= 0 {
			b.bind(t, c.Field, call.Args[idx])
		}
	}
}

func namedOrNil(n *types.Named) types.Type {
	if n == nil {
		return types.Typ[types.Invalid]
	}
	return n
}

// bind judges e bound to t's field: each concrete value it resolves to.
func (b *binder) bind(t *types.Named, field string, e ast.Expr) {
	for _, v := range b.values(e, e, 0) {
		for _, c := range b.facts[t.Obj()].Calls {
			if c.Field != field {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(v.typ, true, nil, c.Method)
			fn, _ := obj.(*types.Func)
			w := b.implOf(fn, c) // bindany.go
			if w == nil {
				continue
			}
			key := c.At + "." + c.Method
			if b.seen[v.node] == nil {
				b.seen[v.node] = map[string]bool{}
			}
			if b.seen[v.node][key] {
				continue
			}
			b.seen[v.node][key] = true
			b.out.Bound = append(b.out.Bound, PortBound{Node: v.node, Call: c, Holder: t.Obj().Pkg().Name() + "." + t.Obj().Name(), HolderObj: t.Obj(), Impl: fn, Fact: w})
		}
	}
}

type boundValue struct {
	node ast.Expr
	typ  types.Type
}

// values resolves e to concrete types: its own type, a local's single
// value, each element of a map or slice literal (reported at the
// element). at is where a value is reported.
func (b *binder) values(e, at ast.Expr, depth int) []boundValue {
	if depth > 4 {
		return nil
	}
	info := b.pass.TypesInfo
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		switch info.TypeOf(lit).Underlying().(type) {
		case *types.Map, *types.Slice, *types.Array:
			var out []boundValue
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				out = append(out, b.values(el, el, depth+1)...)
			}
			return out
		}
	}
	t := info.TypeOf(e)
	if t == nil {
		return nil
	}
	switch t.Underlying().(type) {
	case *types.Interface, *types.Map, *types.Slice, *types.Array:
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && b.inits[v] != nil {
				init := b.inits[v]
				if lit, ok := ast.Unparen(init).(*ast.CompositeLit); ok {
					return b.values(lit, lit, depth+1)
				}
				return b.values(init, at, depth+1)
			}
		}
		if rt := b.returned(e); rt != nil { // ctorport.go
			return []boundValue{{node: at, typ: rt}}
		}
		return nil
	}
	if n := namedOf(t); n != nil && payment.IsTestDouble(n) {
		return nil
	}
	return []boundValue{{node: at, typ: t}}
}

func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// calleeFunc is the function or method call statically calls, or nil.
func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		return calleeFunc(info, &ast.CallExpr{Fun: f.X})
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// anyPortFact: some package in sight (this one included) records port
// calls on a type, so a binding here may complete a judgment.
func anyPortFact(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*PortFact); ok {
			return true
		}
	}
	return false
}
