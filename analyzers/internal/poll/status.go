package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// statusVars returns the variables that hold the polled payment's state:
// the non-error results of the loop's reads, and what is derived from them
// (fields, decoded bodies, values passed through &x).
func (f *finder) statusVars(l *Loop) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	mentions := func(e ast.Node) bool { return f.mentionsStatus(e, l, vars) }
	taint := func(e ast.Expr) bool {
		v := f.varOf(e)
		if v == nil || vars[v] || isError(v.Type()) {
			return false
		}
		vars[v] = true
		return true
	}
	scope := l.Func
	if scope == nil {
		scope = l.Node
	}
	for range 4 {
		changed := false
		ast.Inspect(scope, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						if mentions(n.Rhs[i]) && taint(n.Lhs[i]) {
							changed = true
						}
					}
				} else if len(n.Rhs) == 1 && mentions(n.Rhs[0]) {
					for _, lhs := range n.Lhs {
						if taint(lhs) {
							changed = true
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					var rhs ast.Expr
					if len(n.Values) == len(n.Names) {
						rhs = n.Values[i]
					} else if len(n.Values) == 1 {
						rhs = n.Values[0]
					}
					if rhs != nil && mentions(rhs) && taint(name) {
						changed = true
					}
				}
			case *ast.RangeStmt:
				if mentions(n.X) {
					for _, e := range []ast.Expr{n.Key, n.Value} {
						if e != nil && taint(e) {
							changed = true
						}
					}
				}
			case *ast.CallExpr:
				if mentions(n) {
					for _, a := range n.Args {
						if u, ok := unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && taint(u.X) {
							changed = true
						}
					}
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	return vars
}

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool {
	if t == nil {
		return false
	}
	if types.Identical(t, errorType) {
		return true
	}
	iface, ok := errorType.Underlying().(*types.Interface)
	return ok && types.Implements(t, iface) && !isNamedStruct(t)
}

// isNamedStruct: a payment type that happens to have an Error method is
// still a payment.
func isNamedStruct(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// mentionsStatus reports whether e contains one of l's reads or uses one
// of vars.
func (f *finder) mentionsStatus(e ast.Node, l *Loop, vars map[*types.Var]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if f.transportStatus(n) {
				return false
			}
		case *ast.CallExpr:
			for _, r := range l.Reads {
				found = found || r.Call == n
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && vars[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// transportStatus reports whether sel is the HTTP status of a response
// (resp.StatusCode, resp.Status of net/http; resp.StatusCode(),
// resp.IsError() of resty): whether the request went through (a 5xx, a
// 429 to retry), not the payment's state.
func (f *finder) transportStatus(sel *ast.SelectorExpr) bool {
	switch sel.Sel.Name {
	case "StatusCode", "Status", "IsError", "IsSuccess":
	default:
		return false
	}
	t := f.info.TypeOf(sel.X)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Response" {
		return false
	}
	switch path := n.Obj().Pkg().Path(); {
	case path == "net/http", strings.HasPrefix(path, "github.com/go-resty/resty"):
		return true
	}
	return false
}

// transportOnly reports whether cond tests only how the request went: HTTP
// status codes of responses, errors, constants (resp.StatusCode >= 500,
// err != nil || resp.StatusCode == http.StatusTooManyRequests).
func (f *finder) transportOnly(cond ast.Expr) bool {
	transport, other := false, false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if f.transportStatus(n) {
				transport = true
				return false
			}
		case *ast.CallExpr:
			if sel, ok := unparen(n.Fun).(*ast.SelectorExpr); ok && f.transportStatus(sel) {
				transport = true
				return false
			}
			if tv, ok := f.info.Types[n.Fun]; !ok || !tv.IsType() {
				other = true
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && !isError(v.Type()) {
				other = true
			}
		}
		return !other
	})
	return transport && !other
}

// failedWhen tells which way a transport condition points: 1 when it is
// true on failure (StatusCode >= 500, != 200, err != nil, IsError()), -1
// when it is true on success (StatusCode < 300, == 200, err == nil,
// IsSuccess()), 0 when unknown.
func failedWhen(cond ast.Expr) int {
	switch c := unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR, token.LAND:
			x, y := failedWhen(c.X), failedWhen(c.Y)
			if x == y && (c.Op == token.LOR) == (x == 1) {
				return x
			}
			return 0
		case token.GEQ, token.GTR, token.NEQ:
			return 1
		case token.LSS, token.LEQ, token.EQL:
			return -1
		}
	case *ast.CallExpr:
		if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "IsError":
				return 1
			case "IsSuccess":
				return -1
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return -failedWhen(c.X)
		}
	}
	return 0
}

// onStatus reports whether e depends on the polled payment's status.
func (f *finder) onStatus(e ast.Expr, l *Loop) bool {
	if f.mentionsStatus(e, l, l.status) {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if ex, ok := n.(ast.Expr); ok && f.statusConst(ex) {
			found = true
		}
		return !found
	})
	return found
}

// statusConst reports whether e is a string constant that names a payment
// state. Only the global vocabulary counts here: a provider's word on a
// value that is not derived from the read ("approved" of a review) does
// not make a condition one on the payment.
func (f *finder) statusConst(e ast.Expr) bool {
	s, ok := f.constString(e)
	return ok && (matchAny(s, failureWords) || matchAny(s, successWords) || matchAny(s, pendingWords))
}

func (f *finder) constString(e ast.Expr) (string, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// states names a kind of payment state: strings that contain one of
// words and none of not.
type states struct {
	words, not []string
	// strict: only comparisons with constants count, not calls or
	// variables named for the state (isPaid(p) may also cover failures).
	strict bool
	// class is the provider-scoped class these states are
	// (provider_status.go): a value the loop's provider SDK defines is
	// judged by it, not by the words.
	class payment.StatusClass
}

func (st states) match(s string) bool { return matchAny(s, st.words) && !matchAny(s, st.not) }

var (
	failure = states{words: failureWords, class: payment.StatusFailure}
	// success excludes PENDING_CONFIRMATION, requires_confirmation,
	// requires_capture.
	success = states{words: successWords, not: notSuccessWords, class: payment.StatusSuccess}
	// successOnly is success for a finding: no guessing from names.
	successOnly = states{words: successWords, not: notSuccessWords, strict: true, class: payment.StatusSuccess}

	// The words come from the payment model's shared vocabulary.
	notSuccessWords = payment.NotSuccessStems
)

var (
	failureWords = payment.FailureStems
	successWords = payment.SuccessStems
	pendingWords = payment.PendingStems
)

func matchAny(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// guard is one condition under which a node in the loop is reached.
type guard struct {
	cond ast.Expr // if condition (or an earlier if that leaves the round)
	neg  bool     // reached when cond is false
	// case clause of a switch (tag may be nil); with neg, a clause of an
	// earlier switch that leaves the round
	clause *ast.CaseClause
	tag    ast.Expr
	// select case
	comm *ast.CommClause
}

// guards returns the conditions between the loop's repeated block and n.
func (f *finder) guards(n ast.Node, l *Loop) []guard {
	var out []guard
	c := n
	for p := f.parent[c]; p != nil; c, p = p, f.parent[p] {
		out = append(out, f.onceGuards(c, p)...) // for cond { …; return } (recursionloop.go)
		switch p := p.(type) {
		case *ast.IfStmt:
			if c == p.Body {
				out = append(out, guard{cond: p.Cond})
			} else if c == p.Else {
				out = append(out, guard{cond: p.Cond, neg: true})
			}
		case *ast.CaseClause:
			g := guard{clause: p}
			if sw, ok := f.parent[f.parent[p]].(*ast.SwitchStmt); ok {
				g.tag = sw.Tag
			} else {
				break // type switch: no condition on values
			}
			out = append(out, g)
		case *ast.CommClause:
			out = append(out, guard{comm: p})
		case *ast.BlockStmt:
			for _, s := range p.List {
				if s == c {
					break
				}
				if is, ok := s.(*ast.IfStmt); ok && is.Else == nil && leavesRound(is.Body) {
					out = append(out, guard{cond: is.Cond, neg: true})
				}
				// switch p.Status { case PENDING: …; continue }: what
				// follows is reached only for the other values.
				if sw, ok := s.(*ast.SwitchStmt); ok && sw.Tag != nil {
					for _, cc := range sw.Body.List {
						if cc, ok := cc.(*ast.CaseClause); ok && len(cc.List) > 0 && leavesRound(&ast.BlockStmt{List: cc.Body}) && !endsInBreak(cc.Body) {
							out = append(out, guard{clause: cc, tag: sw.Tag, neg: true})
						}
					}
				}
			}
		}
		if p == l.Body || p == l.Node {
			return out
		}
	}
	return out
}

// endsInBreak: an unlabeled break, which in a switch leaves only the switch.
func endsInBreak(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	b, ok := list[len(list)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.BREAK && b.Label == nil
}

// leavesRound reports whether a block always ends the current round.
func leavesRound(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK || s.Tok == token.GOTO
	case *ast.ExprStmt:
		if c, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

func (f *finder) guardOnStatus(g guard, l *Loop) bool {
	switch {
	case g.cond != nil:
		return f.onStatus(g.cond, l)
	case g.clause != nil:
		if g.tag != nil && f.onStatus(g.tag, l) {
			return true
		}
		for _, e := range g.clause.List {
			if f.onStatus(e, l) {
				return true
			}
		}
	}
	return false
}

// guardOnSuccess: the guard is passed when an error value is nil
// (err == nil, or the else of err != nil).
func (f *finder) guardOnSuccess(g guard) bool {
	if g.cond != nil && f.transportOnly(g.cond) {
		// resp.StatusCode >= 500: whether the request went through. The
		// guard is passed on success on the branch where it failed not.
		switch failedWhen(g.cond) {
		case 1:
			return g.neg
		case -1:
			return !g.neg
		}
		return false
	}
	if g.cond == nil || !f.guardOnError(g) {
		return false
	}
	b, ok := unparen(g.cond).(*ast.BinaryExpr)
	if !ok || !(isNil(b.X) || isNil(b.Y)) {
		return false
	}
	return (b.Op == token.EQL) != g.neg
}

func isNil(e ast.Expr) bool {
	id, ok := unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// guardOnError: the condition is only about error values.
func (f *finder) guardOnError(g guard) bool {
	if g.cond == nil {
		return false
	}
	errs, others := 0, 0
	ast.Inspect(g.cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v := f.varOf(id); v != nil {
				if isError(v.Type()) {
					errs++
				} else {
					others++
				}
			}
		}
		return true
	})
	return errs > 0 && others == 0
}

// stateGuard reports whether g is passed only once a state named by one of
// words was observed.
func (l *Loop) stateGuard(g guard, words states) bool {
	f := l.f
	switch {
	case g.cond != nil:
		return f.asserts(g.cond, !g.neg, l, words)
	case g.clause != nil && len(g.clause.List) > 0 && !g.neg:
		for _, e := range g.clause.List {
			if g.tag != nil {
				if !l.stateValue(e, words) {
					return false
				}
			} else if !f.asserts(e, true, l, words) {
				return false
			}
		}
		return g.tag == nil || f.onStatus(g.tag, l)
	}
	return false
}

// asserts reports whether e having truth value want implies that a state
// named by one of words was observed.
func (f *finder) asserts(e ast.Expr, want bool, l *Loop, words states) bool {
	switch e := unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return f.asserts(e.X, !want, l, words)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			if want {
				return f.asserts(e.X, true, l, words) && f.asserts(e.Y, true, l, words)
			}
			return f.asserts(e.X, false, l, words) || f.asserts(e.Y, false, l, words)
		case token.LAND:
			if want {
				return f.asserts(e.X, true, l, words) || f.asserts(e.Y, true, l, words)
			}
			return f.asserts(e.X, false, l, words) && f.asserts(e.Y, false, l, words)
		case token.EQL, token.NEQ:
			if (e.Op == token.EQL) != want {
				return false
			}
			return (l.stateValue(e.X, words) && f.onStatus(e.Y, l)) || (l.stateValue(e.Y, words) && f.onStatus(e.X, l))
		}
	case *ast.CallExpr:
		if ok, known := f.predicateAsserts(e, want, words); known {
			return ok // a status predicate read from its body (predicate.go)
		}
		if want && !words.strict && words.match(calleeName(e)) && (f.onStatus(e, l)) {
			return true
		}
	case *ast.Ident:
		if v := f.varOf(e); v != nil && want && !words.strict && l.status[v] && words.match(e.Name) {
			return true
		}
	}
	return false
}

// stateValue: a constant (or named constant) for a state named by words,
// outside any one loop (the poll model's look for a failed state anywhere
// in a round): a value that a provider read of the file calls a failure
// counts as one too, so that the look errs towards silence.
func (f *finder) stateValue(e ast.Expr, words states) bool {
	if s, ok := f.constString(e); ok {
		return words.match(s) || words.class == payment.StatusFailure && f.fileClass(s) == payment.StatusFailure
	}
	return f.namedState(e, words)
}

// stateValue is the loop's stateValue: a string value that the provider
// SDK of the loop's reads defines is judged by that SDK (Mercado Pago's
// "approved" is paid, Square's and PayPal's APPROVED are not; Braintree's
// settlement_declined failed), the others by the global words.
func (l *Loop) stateValue(e ast.Expr, words states) bool {
	if s, ok := l.f.constString(e); ok {
		if c := l.providerClass(s); c != payment.StatusUnknown {
			return c == words.class
		}
		return words.match(s)
	}
	return l.f.namedState(e, words)
}

// providerClass is what s means to the provider SDK whose status the loop
// reads (payment.ProviderStatus); StatusUnknown when no read is a
// provider's or the reads disagree.
func (l *Loop) providerClass(s string) payment.StatusClass {
	if l == nil {
		return payment.StatusUnknown
	}
	return agreedClass(l.Reads, s)
}

// fileClass is providerClass over every status read of the file.
func (f *finder) fileClass(s string) payment.StatusClass {
	return agreedClass(f.reads, s)
}

func agreedClass(reads []*payment.Op, s string) payment.StatusClass {
	out := payment.StatusUnknown
	for _, r := range reads {
		c := payment.ProviderStatus(r, s)
		if c == payment.StatusUnknown {
			continue
		}
		if out != payment.StatusUnknown && c != out {
			return payment.StatusUnknown
		}
		out = c
	}
	return out
}

// namedState: a named constant, not of a string type, whose name names
// a state.
func (f *finder) namedState(e ast.Expr, words states) bool {
	switch e := unparen(e).(type) {
	case *ast.Ident:
		_, isConst := f.info.Uses[e].(*types.Const)
		return isConst && words.match(e.Name)
	case *ast.SelectorExpr:
		_, isConst := f.info.Uses[e.Sel].(*types.Const)
		return isConst && words.match(e.Sel.Name)
	}
	return false
}

func calleeName(c *ast.CallExpr) string {
	switch fn := unparen(c.Fun).(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}
