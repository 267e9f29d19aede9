package retry

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/goroot"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- payment calls through interfaces bound only in main: the caller's side ----
//
// The commonest layout keeps a retried payment call and its
// implementation apart:
//
//	package tolls:     type Job struct{ charger domain.Charger }   // retry.Do(func() error { j.charger.Charge(ctx, req) })
//	package stripepay: func (c *Client) Charge(…)                   // imports domain, not tolls
//	package main:      tolls.NewJob(db, stripepay.New(key), …)
//
// In tolls no implementation is in sight, so nothing is judged; in
// stripepay no retry is. As the handler model does for webhooks' use
// cases (handler/wire_facts.go), the package of the call records each
// call of an interface method held in a field of the method's receiver
// (or an element of such a field: w.rails[m.Rail]) that a retry repeats,
// with the retry and the origin of every value that could carry the
// key (PortFact on the receiver's type); the implementation's package
// records its methods' payment writes (PortImplFact); the binding package
// judges each concrete type it binds (port_bind.go) and reports there.

// PortCall is one repeated call of an interface method held in a field.
type PortCall struct {
	// Field is the receiver's field holding the interface (or a map or
	// slice of it), Method the method called, Desc "domain.Charger.Charge".
	Field, Method, Desc string
	// At is the call's file base name and line ("job.go:80").
	At string
	// By and Line name the innermost retry ("retry.Do", line 79);
	// ErrorLeaves: it goes round only after the call succeeded.
	By          string
	Line        int
	ErrorLeaves bool
	// Passes: the retry is a worker's next pass or a queue's next
	// delivery (Rows, Job): it repeats the call after any retry the
	// implementation makes inside has given up (callers.go).
	Passes bool
	// Keys: where each value that could carry the key comes from.
	Keys []payment.PortKey
}

// PortFact marks a type whose methods make PortCalls (Calls), or a
// function of its package that binds one of its fields: a functional
// option setting the field from a parameter (Option, Param).
type PortFact struct {
	Calls  []PortCall
	Option string
	Param  int
}

// AFact marks PortFact as a fact.
func (*PortFact) AFact() {}

func (f *PortFact) String() string {
	if f.Option != "" {
		return "sets field " + f.Option
	}
	return "repeated calls through fields: " + strconv.Itoa(len(f.Calls))
}

// PortImplFact marks a method that sends a payment op, with the payment
// model's summary of it, for the package binding it to an interface.
// RetriedInside: the method repeats the write itself (a loop or helper
// around it in its body): its key is judged there, by the rules' own
// reports, and the binding says nothing more.
//
// KeyOnceInside: every retry inside sees the write's key as the same on
// every attempt. When the method makes that key anew on each call
// (W.FreshKey: drawn before its loop, or before its call of a sender
// that sends the request again, resend.go), a caller retrying the method
// itself still sends a new key per call, which only the binding sees
// (outerkey.go).
type PortImplFact struct {
	W             payment.WrapperFact
	RetriedInside bool
	KeyOnceInside bool
}

// AFact marks PortImplFact as a fact.
func (*PortImplFact) AFact() {}

func (f *PortImplFact) String() string { return "port impl " + f.W.Desc }

// PortAnalyzer records port calls and implementations, and in the
// binding package finds what they bind (its result, *PortResult).
var PortAnalyzer = &analysis.Analyzer{
	Name:       "retryport",
	Doc:        "follows retried calls of interfaces to the implementations main binds (internal; reports nothing)",
	Run:        runPort,
	Requires:   []*analysis.Analyzer{payment.Analyzer, Analyzer, funcs.Analyzer},
	ResultType: reflect.TypeOf((*PortResult)(nil)),
	FactTypes:  []analysis.Fact{(*PortFact)(nil), (*PortImplFact)(nil), (*CtorFact)(nil), (*SweepFact)(nil)},
}

func runPort(pass *analysis.Pass) (any, error) {
	if payment.InGOROOT(pass) || pass.Pkg == nil || payment.Library(pass.Pkg.Path()) {
		// No merchant port is called or bound in std or a library, and
		// in go vet mode every dependency is analysed: walking them for
		// field calls cost more than all the other analyzers together.
		return &PortResult{}, nil
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	res, _ := pass.ResultOf[Analyzer].(*Result)
	impls := map[*types.Func]PortImplFact{}
	if info != nil {
		for fn, f := range info.Wrappers {
			sig, _ := fn.Type().(*types.Signature)
			if sig != nil && sig.Recv() != nil && fn.Exported() && f.Kind.Any(payment.Write|payment.Release) {
				pf := PortImplFact{W: *f}
				pf.RetriedInside, pf.KeyOnceInside = retriedInside(pass, info, res, fn)
				impls[fn] = pf // ctorport.go: for a constructor hiding fn's type
				pass.ExportObjectFact(fn, &pf)
			}
		}
	}
	sites := exportPortCalls(pass, res)
	exportPortOptions(pass)
	exportCtors(pass, impls)      // ctorport.go
	exportSweeps(pass, info, res) // sweepfacts.go
	out := bindPorts(pass)        // port_bind.go
	out.Sites = sites
	out.Sweeps = scheduledSweeps(pass, res) // sweepfacts.go
	return out, nil
}

// PortSite is a PortCall of this package, for the rules that judge the
// retry where it is (retrybackoff) and record their verdict on Holder.
type PortSite struct {
	Call     *ast.CallExpr
	Holder   *types.TypeName
	PortCall PortCall
}

// exportPortCalls records the package's PortCalls on their receivers' types.
func exportPortCalls(pass *analysis.Pass, res *Result) []PortSite {
	var sites []PortSite
	var keyer *payment.PortKeyer
	inSight := map[*types.Func]bool{}
	byType := map[*types.TypeName][]PortCall{}
	var order []*types.TypeName
	HolderMethods(pass, func(file *ast.File, fd *ast.FuncDecl, recv *types.Var, holder *types.Named) {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			field, method := portCallee(pass.TypesInfo, fd.Body, recv, call)
			if field == nil || goroot.Decl(pass.Fset, method) {
				return true // io.Writer and its kin are no payment port
			}
			// The retry first: most field calls repeat nothing, and the
			// implementations' search walks every imported scope.
			c, region, via := portRetry(pass, res, fd, call) // callers.go
			if c == nil {
				return true
			}
			if _, ok := inSight[method]; !ok {
				inSight[method] = implInSight(pass.Pkg, method)
			}
			if inSight[method] && judgedHere(pass, call) { // callers.go
				return true
			}
			if keyer == nil {
				keyer = payment.NewPortKeyer(pass)
			}
			pos := pass.Fset.Position(call.Pos())
			pc := PortCall{Field: field.Name(), Method: method.Name(), Desc: qualMethod(method),
				At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line),
				By: c.By() + through(via), Line: pass.Fset.Position(c.Pos).Line, ErrorLeaves: c.ErrorLeaves,
				Passes: c.Kind == Rows || c.Kind == Job,
				Keys:   keyer.Keys(call, fd, payment.Attempts{Region: region, Counters: c.Counters})}
			if byType[holder.Obj()] == nil {
				order = append(order, holder.Obj())
			}
			byType[holder.Obj()] = append(byType[holder.Obj()], pc)
			sites = append(sites, PortSite{Call: call, Holder: holder.Obj(), PortCall: pc})
			return true
		})
	})
	for _, tn := range order {
		pass.ExportObjectFact(tn, &PortFact{Calls: byType[tn]})
	}
	return sites
}

// ImplName names an implementation's method: "stripepay.Client.Charge".
func ImplName(fn *types.Func) string {
	name := fn.Name()
	if n := namedOf(recvType(fn)); n != nil {
		name = n.Obj().Name() + "." + name
	}
	return fn.Pkg().Name() + "." + name
}

func recvType(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return types.Typ[types.Invalid]
}

// firstRetry is the innermost construct that repeats the call itself (a
// retrying client re-sends the same request: not a port's business).
func firstRetry(cs []*Construct) *Construct {
	for _, c := range cs {
		if c.Kind != Client {
			return c
		}
	}
	return nil
}

// HolderMethods calls fn, in source order, for every method of the
// package's non-test files that has a body and one named receiver of a
// named struct type (T or *T): the holders whose fields are ports.
func HolderMethods(pass *analysis.Pass, fn func(file *ast.File, fd *ast.FuncDecl, recv *types.Var, holder *types.Named)) {
	for _, d := range funcs.Of(pass).NonTestBodies() {
		fd := d.Syntax
		if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
			continue
		}
		recv, _ := pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
		if holder := namedStruct(recv); holder != nil {
			fn(d.File, fd, recv, holder)
		}
	}
}

// namedStruct is the named struct type of receiver v (T or *T).
func namedStruct(v *types.Var) *types.Named {
	if v == nil {
		return nil
	}
	t := v.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n == nil {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// portCallee: call is x.M(…) with M a method of an interface and x the
// receiver's field (r.f), or a local assigned once from an element of
// it (rail, ok := r.rails[k]). It returns the field and the method.
func portCallee(info *types.Info, body *ast.BlockStmt, recv *types.Var, call *ast.CallExpr) (*types.Var, *types.Func) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || !types.IsInterface(s.Recv()) {
		return nil, nil
	}
	method, _ := s.Obj().(*types.Func)
	if method == nil || method.Pkg() == nil {
		return nil, nil
	}
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok {
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v == recv {
			return nil, nil
		}
		x = elementOf(info, body, v)
		if x == nil {
			return nil, nil
		}
	}
	fsel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	id, ok := ast.Unparen(fsel.X).(*ast.Ident)
	fs := info.Selections[fsel]
	if !ok || info.Uses[id] != recv || fs == nil || fs.Kind() != types.FieldVal || len(fs.Index()) != 1 {
		return nil, nil
	}
	field, _ := fs.Obj().(*types.Var)
	return field, method
}

// elementOf: v is assigned exactly once, from r.f[k] (with or without
// the comma-ok): it returns r.f; nil otherwise.
func elementOf(info *types.Info, body *ast.BlockStmt, v *types.Var) ast.Expr {
	var from ast.Expr
	n := 0
	ast.Inspect(body, func(nd ast.Node) bool {
		as, ok := nd.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || (info.Defs[id] != v && info.Uses[id] != v) {
				continue
			}
			n++
			if i == 0 && len(as.Rhs) == 1 {
				if ix, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr); ok {
					from = ast.Unparen(ix.X)
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return from
}

// implInSight: a named type of pkg or of a package it imports implements
// method's interface: the payment model judges the call here.
func implInSight(pkg *types.Package, method *types.Func) bool {
	sig, _ := method.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return true
	}
	iface, _ := sig.Recv().Type().Underlying().(*types.Interface)
	if iface == nil {
		return true
	}
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || types.IsInterface(tn.Type()) {
				continue
			}
			if types.Implements(tn.Type(), iface) || types.Implements(types.NewPointer(tn.Type()), iface) {
				return true
			}
		}
	}
	return false
}

// qualMethod names an interface method: "domain.Charger.Charge".
func qualMethod(fn *types.Func) string {
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n, ok := types.Unalias(sig.Recv().Type()).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return fn.Pkg().Name() + "." + name
}

// retriedInside: a payment op in fn's body is repeated by a construct;
// keyOnce: every such op carries a key that each of its constructs sees
// as the same on every attempt.
func retriedInside(pass *analysis.Pass, info *payment.Info, res *Result, fn *types.Func) (retried, keyOnce bool) {
	fd := funcs.Of(pass).Body(fn)
	if fd == nil {
		return false, false
	}
	keyOnce = true
	for call, op := range info.Ops {
		if op == nil || call.Pos() < fd.Body.Pos() || fd.Body.End() < call.End() {
			continue
		}
		for _, c := range res.Around(call) {
			retried = true
			keyOnce = keyOnce && op.Key != nil && payment.KeyOf(pass.TypesInfo, op, c.Attempts()).Stable()
		}
	}
	return retried, retried && keyOnce
}
