package poll

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- paying again around a waiter bound only in main -------------------------
//
//	package billing:   for prompt := 0; prompt < 3; prompt++ {
//	                       ch, err := s.wallet.CreateCharge(ctx, req)   // Wallet, an interface
//	                       …
//	                       ok, err := s.wallet.AwaitSettled(ctx, ch.ID, s.approval)
//	                       if err != nil { return err }
//	                       if ok { return … }
//	                   }
//	package walletpay: AwaitSettled polls GET /charges/{id} until its
//	                   own deadline, then returns (false, nil)
//	package main:      billing.NewWalletCheckout(walletpay.NewClient(…), …)
//
// In billing neither call is known (no implementation in sight), in
// walletpay nothing pays again: rewait.go sees neither half. Each side
// records what it knows: a waiter's package exports what it returns when
// its own bound ends the wait (PortWaiterFact); the holder's package
// records, on its type, the loops creating through one field and waiting
// through the same field, with the give-up values on which the pass goes
// round and creates again (PortRewaitFact); the package binding the
// field reports when the bound create is a payment creation and the bound
// waiter's give-up is one of those values.

// PortWaiterFact: the function polls the payment in parameter Param and
// returns GiveUp ("false,nil") when its own bound ends the wait.
type PortWaiterFact struct {
	Param  int
	GiveUp string
}

// AFact marks PortWaiterFact as a fact.
func (*PortWaiterFact) AFact() {}

func (f *PortWaiterFact) String() string { return "waiter gives up with (" + f.GiveUp + ")" }

// PortRewait is one loop creating through a field and waiting through
// it.
type PortRewait struct {
	Field, Create, Wait string
	// Desc names the interface's create method, At its call ("wallet.go:41"),
	// WaitAt the waiter's call, Loop the loop's line.
	Desc, WaitDesc, At, WaitAt string
	Loop                       int
	// Param is the argument index of the id handed to the waiter, GiveUp
	// the give-up values on which the pass creates again.
	Param  int
	GiveUp string
}

// PortRewaitFact marks a holder type whose methods pay again around a
// waiter in one of its fields.
type PortRewaitFact struct{ Loops []PortRewait }

// AFact marks PortRewaitFact as a fact.
func (*PortRewaitFact) AFact() {}

func (f *PortRewaitFact) String() string { return "pays again around a port waiter" }

// PortRepay is a binding, in this package, of a field a loop of
// another package creates and waits through.
type PortRepay struct {
	Node   ast.Expr
	Holder string
	Loop   PortRewait
	// Create and Wait are the bound methods, Fact the create's summary.
	Create, Wait *types.Func
	Fact         *payment.WrapperFact
}

// PortRewaits records both halves and finds the bindings (its result,
// []*PortRepay).
var PortRewaits = &analysis.Analyzer{
	Name:       "pollportrewaits",
	Doc:        "finds payments made again around a waiter bound in main (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, Analyzer, funcs.Analyzer},
	FactTypes:  []analysis.Fact{(*PortWaiterFact)(nil), (*PortRewaitFact)(nil)},
	ResultType: reflect.TypeOf([]*PortRepay(nil)),
	Run:        runPortRewaits,
}

func runPortRewaits(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
		return []*PortRepay(nil), nil
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if res, _ := pass.ResultOf[Analyzer].(*Result); res != nil {
		exportPortWaiters(pass, res.Loops)
	}
	if info != nil {
		recordHolders(pass, info)
	}
	return bindings(pass), nil
}

// exportPortWaiters exports the waiters of the package whose give-up is
// made of booleans and nil errors (values that cross packages).
func exportPortWaiters(pass *analysis.Pass, loops []*Loop) {
	for _, l := range loops {
		if l.f == nil || InTestFile(pass, l.Pos) {
			continue
		}
		w := l.f.waiterOf(l)
		if w == nil || w.fn.Pkg() != pass.Pkg {
			continue
		}
		if s := render(w.giveUp); s != "" {
			pass.ExportObjectFact(w.fn, &PortWaiterFact{Param: w.param, GiveUp: s})
		}
	}
}

// render renders give-up values of booleans and nils, "" otherwise.
func render(vals []absVal) string {
	var parts []string
	for _, v := range vals {
		switch v.kind {
		case absBool:
			parts = append(parts, strconv.FormatBool(v.b))
		case absNil:
			parts = append(parts, "nil")
		default:
			return ""
		}
	}
	return strings.Join(parts, ",")
}

// vector is the give-up a waiter of signature sig is asked about: its
// booleans false, its errors nil; nil for other results.
func vector(sig *types.Signature) []absVal {
	res := sig.Results()
	if res.Len() == 0 {
		return nil
	}
	var out []absVal
	hasBool := false
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		switch {
		case isError(t):
			out = append(out, absVal{kind: absNil})
		case types.Identical(t.Underlying(), types.Typ[types.Bool]):
			hasBool = true
			out = append(out, absVal{kind: absBool, b: false})
		default:
			return nil
		}
	}
	if !hasBool {
		return nil
	}
	return out
}

// recordHolders records, per holder type, its loops that create
// through a field and go round to create again when the same field's
// waiter gives up.
func recordHolders(pass *analysis.Pass, info *payment.Info) {
	facts := map[*types.TypeName]*PortRewaitFact{}
	var order []*types.TypeName
	idx := newPkgIndex(pass)
	retry.HolderMethods(pass, func(file *ast.File, fd *ast.FuncDecl, recv *types.Var, holder *types.Named) {
		for _, r := range loopsIn(pass, info, idx, file, fd, recv) {
			tn := holder.Obj()
			if facts[tn] == nil {
				facts[tn] = &PortRewaitFact{}
				order = append(order, tn)
			}
			facts[tn].Loops = append(facts[tn].Loops, r)
		}
	})
	for _, tn := range order {
		pass.ExportObjectFact(tn, facts[tn])
	}
}

// loopsIn finds fd's waits through a field of recv around which the
// pass creates through the same field again.
func loopsIn(pass *analysis.Pass, info *payment.Info, idx *pkgIndex, file *ast.File, fd *ast.FuncDecl, recv *types.Var) []PortRewait {
	type portCall struct {
		field  *types.Var
		method *types.Func
	}
	calls := map[*ast.CallExpr]portCall{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || info.Of(call) != nil {
			return true
		}
		if field, method := retry.PortCallee(pass.TypesInfo, fd.Body, recv, call); field != nil && method != nil {
			calls[call] = portCall{field, method}
		}
		return true
	})
	if len(calls) < 2 {
		return nil
	}
	var creates []*ast.CallExpr
	opOf := func(c *ast.CallExpr) *payment.Op {
		if op := info.Of(c); op != nil {
			return op
		}
		if pc, ok := calls[c]; ok && returnsValue(pc.method) {
			return &payment.Op{Call: c, Kind: payment.Write | payment.Create, Desc: retry.QualMethod(pc.method)}
		}
		return nil
	}
	_ = creates
	var f *finder
	var out []PortRewait
	for call, wc := range calls {
		sig := wc.method.Type().(*types.Signature)
		giveUp := vector(sig)
		if giveUp == nil || !takesContext2(pass.TypesInfo, call) {
			continue
		}
		if f == nil {
			f = newFinder(pass, opOf, file)
			f.pkg = idx
		}
		for i, a := range call.Args {
			idVar := f.varOf(rootOf(f.formatted(a)))
			if idVar == nil || isContext(idVar.Type()) {
				continue
			}
			rc := f.rewaitOn(call, idVar, &waiter{fn: wc.method, param: -1, giveUp: giveUp})
			if rc == nil {
				continue
			}
			cc, ok := calls[rc.Create.Call]
			if !ok || cc.field != wc.field || cc.method == wc.method {
				continue
			}
			out = append(out, PortRewait{
				Field: wc.field.Name(), Create: cc.method.Name(), Wait: wc.method.Name(),
				Desc: retry.QualMethod(cc.method), WaitDesc: retry.QualMethod(wc.method),
				At: at(pass, rc.Create.Call), WaitAt: at(pass, call),
				Loop: pass.Fset.Position(rc.Outer.Pos()).Line, Param: i, GiveUp: render(giveUp),
			})
			break
		}
	}
	return out
}

// takesContext2: call hands a context (the waiter does I/O).
func takesContext2(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if isContext(info.TypeOf(a)) {
			return true
		}
	}
	return false
}

func at(pass *analysis.Pass, n ast.Node) string {
	pos := pass.Fset.Position(n.Pos())
	return filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
}

// bindings finds this package's bindings of the recorded fields to a
// type whose create method makes a payment and whose waiter gives up with
// the recorded values.
func bindings(pass *analysis.Pass) []*PortRepay {
	any := false
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*PortRewaitFact); ok && f.Object.Pkg() != pass.Pkg {
			any = true
		}
	}
	if !any {
		return nil
	}
	loops := map[*types.TypeName]map[string]PortRewait{}
	calls := func(tn *types.TypeName) []retry.PortCall {
		f := new(PortRewaitFact)
		if tn.Pkg() == pass.Pkg || !pass.ImportObjectFact(tn, f) {
			return nil
		}
		loops[tn] = map[string]PortRewait{}
		var out []retry.PortCall
		for _, l := range f.Loops {
			out = append(out, retry.PortCall{Field: l.Field, Method: l.Create, Desc: l.Desc, At: l.At})
			loops[tn][l.At] = l
		}
		return out
	}
	impl := func(fn *types.Func) *payment.WrapperFact {
		info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
		f := info.WrapperOf(fn)
		if f == nil || !f.Kind.Has(payment.Create) || !f.Kind.Has(payment.Write) {
			return nil
		}
		return f
	}
	var out []*PortRepay
	done := map[ast.Expr]bool{}
	for _, b := range retry.BindCalls(pass, calls, impl) {
		l, ok := loops[b.HolderObj][b.Call.At]
		if !ok || done[b.Node] || b.Impl == nil {
			continue
		}
		wait := sibling(b.Impl, l.Wait)
		wf := new(PortWaiterFact)
		if wait == nil || !pass.ImportObjectFact(wait, wf) || wf.GiveUp != l.GiveUp || wf.Param != l.Param {
			continue
		}
		done[b.Node] = true
		out = append(out, &PortRepay{Node: b.Node, Holder: b.Holder, Loop: l, Create: b.Impl, Wait: wait, Fact: b.Fact})
	}
	return out
}

// sibling is the method named name of fn's receiver type.
func sibling(fn *types.Func, name string) *types.Func {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(sig.Recv().Type(), true, fn.Pkg(), name)
	m, _ := obj.(*types.Func)
	return m
}

// GiveUpText renders recorded give-up values for messages ("false, nil").
func GiveUpText(s string) string { return strings.ReplaceAll(s, ",", ", ") }
