package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"unicode"
)

// ---- a state the provider's own constants set beside failures ----------------
//
// Wise-style clients name their states in a group of constants
// (StateProcessing, StateOutgoingPaymentSent, StateCancelled,
// StateFundsRefunded); the success among them often carries no word of
// the shared vocabulary (outgoing_payment_sent). A loop that leaves only
// when the status equals one such constant, while the same group defines
// a failed state the loop never tests, stops only on that state: a
// cancelled transfer keeps it polling until its cap. The group says what
// the states are, so the rule need not guess from the success's name.
// A constant that is itself a failed or pending state, or a group with no
// failed state, decides nothing.

// afterSiblingState reports whether n is reached only once the polled
// status equals a constant of a group that also defines a failed state.
// With leaving, the branch so guarded must also end the loop (return):
// a branch for an in-flight state that goes round again is no final one.
func (l *Loop) afterSiblingState(n ast.Node, leaving bool) bool {
	f := l.f
	for _, g := range f.guards(n, l) {
		switch {
		case g.cond != nil && !g.neg:
			if l.onGroupState(g.cond) && (!leaving || f.ifReturns(g.cond)) {
				return true
			}
		case g.clause != nil && g.tag != nil && !g.neg && len(g.clause.List) > 0 && f.onStatus(g.tag, l) && (!leaving || endsInReturn(g.clause.Body)):
			all := true
			for _, e := range g.clause.List {
				all = all && f.siblingState(e)
			}
			if all {
				return true
			}
		}
	}
	return false
}

// ifReturns: cond is an if statement's whose body ends in a return.
func (f *finder) ifReturns(cond ast.Expr) bool {
	is, ok := f.parent[cond].(*ast.IfStmt)
	return ok && is.Cond == cond && endsInReturn(is.Body.List)
}

func endsInReturn(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	_, ok := list[len(list)-1].(*ast.ReturnStmt)
	return ok
}

// onGroupState: cond holds only when the status equals such a constant,
// or one of several (a || b) each such a constant or a terminal state.
func (l *Loop) onGroupState(cond ast.Expr) bool {
	f := l.f
	be, ok := unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch be.Op {
	case token.LOR:
		return l.onGroupState(be.X) && l.onGroupState(be.Y)
	case token.EQL:
		for _, side := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
			if f.onStatus(side[0], l) && (f.siblingState(side[1]) || l.stateValue(side[1], terminal)) {
				return true
			}
		}
	}
	return false
}

// siblingState: e is a named string constant, neither failed nor
// pending, of a group of its package's constants that defines a failed
// state.
func (f *finder) siblingState(e ast.Expr) bool {
	var id *ast.Ident
	switch x := unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return false
	}
	c, _ := f.info.Uses[id].(*types.Const)
	if c == nil || c.Pkg() == nil || c.Val().Kind() != constant.String {
		return false
	}
	val := constant.StringVal(c.Val())
	if val == "" || failure.match(val) || matchAny(val, pendingWords) || failure.match(c.Name()) || namedPending(c) {
		return false
	}
	for _, o := range f.pkg.stringConsts(c.Pkg()) {
		if o != c && sameGroup(c, o) && (failure.match(constant.StringVal(o.Val())) || namedFailure(o)) { // statenames.go
			return true
		}
	}
	return false
}

// stringConsts are the string constants declared in pkg's scope, listed
// once per package: Scope.Names sorts every name of the scope on each
// call, and an SDK's scope holds thousands (stripe-go), so asking it per
// compared constant was a sixth of the analysis of a merchant package.
// A nil index (no package summaries) lists them anew.
func (p *pkgIndex) stringConsts(pkg *types.Package) []*types.Const {
	if p != nil {
		p.constMu.Lock()
		defer p.constMu.Unlock()
		if cs, ok := p.consts[pkg]; ok {
			return cs
		}
	}
	var cs []*types.Const
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if o, _ := scope.Lookup(name).(*types.Const); o != nil && o.Val().Kind() == constant.String {
			cs = append(cs, o)
		}
	}
	if p != nil {
		if p.consts == nil {
			p.consts = map[*types.Package][]*types.Const{}
		}
		p.consts[pkg] = cs
	}
	return cs
}

// sameGroup: a and b are constants of one named type, or, untyped (or of
// a basic type), share the leading word of their names (StateSent,
// StateCancelled).
func sameGroup(a, b *types.Const) bool {
	if !types.Identical(a.Type(), b.Type()) {
		return false
	}
	if _, named := a.Type().(*types.Named); named {
		return true
	}
	pa, pb := leadWord(a.Name()), leadWord(b.Name())
	return pa != "" && pa == pb
}

// leadWord is the first camel-case word of a name that has more than
// one ("State" of StateOutgoingPaymentSent), "" otherwise.
func leadWord(name string) string {
	for i, r := range name {
		if i > 0 && (unicode.IsUpper(r) || r == '_') {
			return name[:i]
		}
	}
	return ""
}
