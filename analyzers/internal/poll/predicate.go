package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Predicate is what a bool method or function of a payment type says
// about the payment's state, read from its body: it returns true exactly
// when the status is one of States (p.Status == StatusPaid, a switch over
// status constants), or, Negated, when it is none of them (s !=
// StatusPending). States are the constants' string values, or their names
// for constants that are not strings (iota enums).
type Predicate struct {
	States  []string
	Negated bool
}

// PredicateFact exports a status predicate's summary, so that a poll loop
// in another package sees `if p.IsFinal() { return }` as an exit on the
// status and knows which states it stands for.
type PredicateFact struct{ Predicate }

// AFact implements analysis.Fact.
func (*PredicateFact) AFact() {}

func (f *PredicateFact) String() string {
	not := ""
	if f.Negated {
		not = "not "
	}
	return "status predicate: " + not + strings.Join(f.States, "|")
}

// Predicates summarises the status predicates of a package and exports
// them as facts. Its result answers for the package and its imports.
var Predicates = &analysis.Analyzer{
	Name:       "pollpredicates",
	Doc:        "summarises status predicate methods of payment types (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, funcs.Analyzer},
	FactTypes:  []analysis.Fact{(*PredicateFact)(nil), (*ErrOnFailureFact)(nil)},
	ResultType: reflect.TypeOf((*Preds)(nil)),
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
			// Not merchant code; it runs on every dependency under go vet.
			return &Preds{pass: pass, decls: map[*types.Func]*ast.FuncDecl{}, memo: map[*types.Func]*Predicate{}, busy: map[*types.Func]bool{}}, nil
		}
		p := newPreds(pass)
		p.facts = true
		p.readTypes = statusReadTypes(pass) // readtype.go
		for fn, pr := range p.all() {
			pass.ExportObjectFact(fn, &PredicateFact{*pr})
		}
		p.exportErrOnFailure() // readerr.go
		return p, nil
	},
}

// Preds answers which functions are status predicates.
type Preds struct {
	pass  *analysis.Pass
	decls map[*types.Func]*ast.FuncDecl
	fns   *funcs.Set // the package's declarations, when asked for (readerr.go)
	memo  map[*types.Func]*Predicate
	busy  map[*types.Func]bool
	// facts: pass is the Predicates analyzer's own, so it may import
	// the facts of other packages (a rule's pass may not).
	facts bool
	// errOnFail memoises FailsAsError for the package's functions.
	errOnFail map[*types.Func]bool
	// readTypes are the package's types that its status reads return
	// (readtype.go): payment objects whatever they are named.
	readTypes map[*types.TypeName]*payment.Op
}

func newPreds(pass *analysis.Pass) *Preds {
	p := &Preds{pass: pass, decls: map[*types.Func]*ast.FuncDecl{}, memo: map[*types.Func]*Predicate{}, busy: map[*types.Func]bool{}}
	for _, d := range funcs.Of(pass).Bodies() {
		if boolResult(pass.TypesInfo, d.Syntax) {
			p.decls[d.Func] = d.Syntax
		}
	}
	return p
}

func (p *Preds) all() map[*types.Func]*Predicate {
	out := map[*types.Func]*Predicate{}
	for fn := range p.decls {
		if pr := p.Of(fn); pr != nil {
			out[fn] = pr
		}
	}
	return out
}

// Of returns fn's predicate summary, nil if fn is not a status predicate
// of a payment type (or its body is unknown and no fact was exported).
func (p *Preds) Of(fn *types.Func) *Predicate {
	if p == nil || fn == nil {
		return nil
	}
	fn = fn.Origin()
	if pr, ok := p.memo[fn]; ok {
		return pr
	}
	if fd := p.decls[fn]; fd != nil {
		if p.busy[fn] {
			return nil // recursion
		}
		p.busy[fn] = true
		pr := p.summarise(fn, fd)
		delete(p.busy, fn)
		p.memo[fn] = pr
		return pr
	}
	var fact PredicateFact
	if fn.Pkg() != nil && fn.Pkg() != p.pass.Pkg && p.facts && p.pass.ImportObjectFact(fn, &fact) {
		pr := fact.Predicate
		p.memo[fn] = &pr
		return &pr
	}
	p.memo[fn] = nil
	return nil
}

func boolResult(info *types.Info, fd *ast.FuncDecl) bool {
	fn, _ := info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// subject is the value a predicate is about: a method's receiver (with no
// parameters), or a function's only parameter; it must be of a payment
// type (see paymentType).
func (p *Preds) subject(fn *types.Func) *types.Var {
	sig := fn.Type().(*types.Signature)
	var v *types.Var
	switch {
	case sig.Recv() != nil && sig.Params().Len() == 0:
		v = sig.Recv()
	case sig.Recv() == nil && sig.Params().Len() == 1:
		v = sig.Params().At(0)
	}
	if v == nil || !paymentType(v.Type()) && !p.readType(v.Type()) {
		return nil
	}
	return v
}

func (p *Preds) summarise(fn *types.Func, fd *ast.FuncDecl) *Predicate {
	subj := p.subject(fn)
	if subj == nil {
		return nil
	}
	return p.summariseBody(fd.Body.List, subj)
}

// OfLit returns the predicate a function literal of one parameter of a
// payment type is (func(pr *PaymentRequest) bool { return pr.Status ==
// … }), nil otherwise.
func (p *Preds) OfLit(lit *ast.FuncLit) *Predicate {
	if p == nil || lit == nil || lit.Body == nil {
		return nil
	}
	sig, _ := p.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isBoolType(sig.Results().At(0).Type()) {
		return nil
	}
	fields := lit.Type.Params.List
	if len(fields) != 1 || len(fields[0].Names) != 1 {
		return nil
	}
	subj, _ := p.pass.TypesInfo.Defs[fields[0].Names[0]].(*types.Var)
	if subj == nil || !paymentType(subj.Type()) && !p.readType(subj.Type()) {
		return nil
	}
	return p.summariseBody(lit.Body.List, subj)
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// summariseBody reads a predicate's statements about subj.
func (p *Preds) summariseBody(list []ast.Stmt, subj *types.Var) *Predicate {
	switch {
	case len(list) == 1:
		if r, ok := list[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
			return p.eval(r.Results[0], subj)
		}
		if sw, ok := list[0].(*ast.SwitchStmt); ok {
			return p.switchPredicate(sw, nil, subj) // with a default
		}
	case len(list) == 2:
		if sw, ok := list[0].(*ast.SwitchStmt); ok {
			return p.switchPredicate(sw, list[1], subj)
		}
	}
	return nil
}

// switchPredicate reads `switch s.Status { case A, B: return true }
// return false` (any bool literal per case, an optional default).
func (p *Preds) switchPredicate(sw *ast.SwitchStmt, after ast.Stmt, subj *types.Var) *Predicate {
	if sw.Init != nil || sw.Tag == nil || !p.statusOf(sw.Tag, subj) {
		return nil
	}
	dflt, hasDefault := boolReturn(after)
	if after != nil && !hasDefault {
		return nil
	}
	var yes, no []string
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		if len(cc.Body) != 1 {
			return nil
		}
		b, ok := boolReturn(cc.Body[0])
		if !ok {
			return nil
		}
		if cc.List == nil {
			dflt, hasDefault = b, true
			continue
		}
		for _, e := range cc.List {
			label, ok := p.stateLabelOf(e, subj)
			if !ok {
				return nil
			}
			if b {
				yes = append(yes, label)
			} else {
				no = append(no, label)
			}
		}
	}
	if !hasDefault {
		return nil
	}
	if dflt {
		return predicateOf(no, true)
	}
	return predicateOf(yes, false)
}

func boolReturn(s ast.Stmt) (bool, bool) {
	if s == nil {
		return false, false
	}
	r, ok := s.(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return false, false
	}
	id, ok := ast.Unparen(r.Results[0]).(*ast.Ident)
	if !ok || (id.Name != "true" && id.Name != "false") {
		return false, false
	}
	return id.Name == "true", true
}

func predicateOf(states []string, negated bool) *Predicate {
	if len(states) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range states {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return &Predicate{States: out, Negated: negated}
}

// eval reads a bool expression over the subject's status.
func (p *Preds) eval(e ast.Expr, subj *types.Var) *Predicate {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x := p.eval(e.X, subj); e.Op == token.NOT && x != nil {
			return &Predicate{States: x.States, Negated: !x.Negated}
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ:
			label, ok := p.stateLabelOf(e.Y, subj)
			if !ok || !p.statusOf(e.X, subj) {
				label, ok = p.stateLabelOf(e.X, subj)
				if !ok || !p.statusOf(e.Y, subj) {
					return nil
				}
			}
			return predicateOf([]string{label}, e.Op == token.NEQ)
		case token.LOR, token.LAND:
			x, y := p.eval(e.X, subj), p.eval(e.Y, subj)
			// s == A || s == B; s != A && s != B. Other mixes say
			// nothing simple.
			if x == nil || y == nil || x.Negated != y.Negated || x.Negated != (e.Op == token.LAND) {
				return nil
			}
			return predicateOf(append(append([]string{}, x.States...), y.States...), x.Negated)
		}
	case *ast.CallExpr:
		// p.Status.IsFinal(), isFinal(p.Status): another predicate of
		// the subject's status.
		fn, _ := typeutil.Callee(p.pass.TypesInfo, e).(*types.Func)
		if fn == nil {
			return nil
		}
		var arg ast.Expr
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
			arg = sel.X
		} else if len(e.Args) == 1 {
			arg = e.Args[0]
		}
		if arg != nil && p.statusOf(arg, subj) {
			return p.Of(fn)
		}
	}
	return nil
}

// statusOf reports whether e is the subject or a field (or getter) chain
// rooted at it: s, p.Status, p.Payment.Status, p.GetStatus().
func (p *Preds) statusOf(e ast.Expr, subj *types.Var) bool {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return p.pass.TypesInfo.Uses[x] == subj
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			if tv := p.pass.TypesInfo.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // string(s)
			} else if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 {
				e = sel.X
			} else {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// stateLabel: e is a constant naming a payment state (its string value,
// else its name); constants that name no state (a kind, a currency) are
// not, and make the function no status predicate.
func (p *Preds) stateLabel(e ast.Expr) (string, bool) {
	tv, ok := p.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	if tv.Value.Kind() == constant.String {
		if s := constant.StringVal(tv.Value); stateWord(s) {
			return s, true
		}
	}
	var name string
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		name = x.Name
	case *ast.SelectorExpr:
		name = x.Sel.Name
	}
	if name != "" && stateWord(name) {
		return name, true
	}
	return "", false
}

func stateWord(s string) bool {
	return matchAny(s, failureWords) || matchAny(s, successWords) || matchAny(s, pendingWords)
}

// predicateNouns name the types a status predicate may be about.
var predicateNouns = []string{
	"payment", "charge", "invoice", "order", "transaction", "txn", "intent",
	"checkout", "purchase", "subscription", "refund", "payout", "settlement",
	"capture", "authorization", "mandate",
}

// paymentType: a (pointer to a) named type whose name says payment (Payment,
// PaymentIntent, OrderStatus) or is just Status/State; JobState, Task are
// not.
func paymentType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	name := strings.ToLower(n.Obj().Name())
	switch name {
	case "status", "state":
		return true
	}
	for _, w := range predicateNouns {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// predsOf returns the package's predicate summaries, made on first use.
func (f *finder) predsOf() *Preds {
	if f.preds == nil {
		if r, ok := f.pass.ResultOf[Predicates].(*Preds); ok && r != nil {
			f.preds = r
		} else {
			f.preds = newPreds(f.pass)
		}
	}
	return f.preds
}

// predicateCall returns the summary of the status predicate c calls, nil
// if it calls none.
func (f *finder) predicateCall(c *ast.CallExpr) *Predicate {
	if f.preds == nil {
		if r, ok := f.pass.ResultOf[Predicates].(*Preds); ok && r != nil {
			f.preds = r
		} else {
			f.preds = newPreds(f.pass)
		}
	}
	return f.preds.Of(f.calleeFunc(c))
}

// mentionsPredicate reports whether n calls a status predicate (outside
// function literals).
func (f *finder) mentionsPredicate(n ast.Node) bool {
	return retry.AnyCall(n, func(c *ast.CallExpr) bool { return f.predicateCall(c) != nil })
}

// guardOnPredicate: the guard tests a status predicate.
func (f *finder) guardOnPredicate(g guard) bool {
	switch {
	case g.cond != nil:
		return f.mentionsPredicate(g.cond)
	case g.clause != nil:
		if g.tag != nil && f.mentionsPredicate(g.tag) {
			return true
		}
		for _, e := range g.clause.List {
			if f.mentionsPredicate(e) {
				return true
			}
		}
	}
	return false
}

// predicateAsserts reports whether a predicate call having truth value
// want implies a state named by words: IsPaid() true implies paid;
// Pending() false implies only "not pending". known is false when c calls
// no status predicate (the caller then goes by names).
func (f *finder) predicateAsserts(c *ast.CallExpr, want bool, words states) (asserted, known bool) {
	pr := f.predicateCall(c)
	if pr == nil {
		return false, false
	}
	if want == pr.Negated {
		return false, true // true on the complement: no state named
	}
	for _, s := range pr.States {
		if !words.match(s) {
			return false, true
		}
	}
	return true, true
}

// predicateMentions reports whether c calls a status predicate that
// looks for a state named by words (IsFinal() looks for FAILED).
func (f *finder) predicateMentions(c *ast.CallExpr, words states) bool {
	pr := f.predicateCall(c)
	if pr == nil {
		return false
	}
	for _, s := range pr.States {
		if words.match(s) {
			return true
		}
	}
	return false
}

// terminal names any terminal state, success or failure: what a status
// predicate such as IsFinal() or IsTerminal() stands for.
var terminal = states{words: append(append([]string{}, successWords...), failureWords...), not: notSuccessWords}
