package poll

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// finder analyses one file.
type finder struct {
	pass   *analysis.Pass
	info   *types.Info
	opOf   OpOf
	file   *ast.File
	parent map[ast.Node]ast.Node
	defs   map[*types.Var]*ast.Ident
	ops    map[*ast.CallExpr]*payment.Op
	reads  []*payment.Op
	// assigns lists, per variable, the statements of the file that assign
	// it (not its definition) or take its address.
	assigns map[*types.Var][]ast.Node
	// pollers are the package's functions that poll themselves: a call
	// of one waits until the payment is final (or gives up), it is not
	// one read.
	pollers map[*types.Func]bool
	// helpers answers which functions are retry or poll helpers (nil:
	// none are known).
	helpers *retry.Result
	// preds summarises status predicates (IsFinal, Pending…); made on
	// first use.
	preds *Preds
}

func newFinder(pass *analysis.Pass, opOf OpOf, file *ast.File) *finder {
	f := &finder{
		pass: pass, info: pass.TypesInfo, opOf: opOf, file: file,
		parent:  map[ast.Node]ast.Node{},
		defs:    map[*types.Var]*ast.Ident{},
		ops:     map[*ast.CallExpr]*payment.Op{},
		assigns: map[*types.Var][]ast.Node{},
	}
	if f.info == nil {
		return f
	}
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			f.parent[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := f.info.Defs[n].(*types.Var); ok && v != nil {
				f.defs[v] = n
			}
		case *ast.CallExpr:
			if op := opOf(n); op != nil {
				f.ops[n] = op
				if op.Kind.Has(payment.StatusRead) {
					f.reads = append(f.reads, op)
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if v := f.varOf(l); v != nil && (n.Tok != token.DEFINE || f.info.Defs[unparen(l).(*ast.Ident)] == nil) {
					f.assigns[v] = append(f.assigns[v], n)
				}
			}
		case *ast.IncDecStmt:
			if v := f.varOf(n.X); v != nil {
				f.assigns[v] = append(f.assigns[v], n)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v := f.varOf(n.X); v != nil {
					f.assigns[v] = append(f.assigns[v], n)
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if v := f.varOf(e); v != nil {
						f.assigns[v] = append(f.assigns[v], n)
					}
				}
			}
		}
		return true
	})
	return f
}

// varOf returns the (non-field) variable an identifier expression denotes.
func (f *finder) varOf(e ast.Expr) *types.Var {
	id, ok := unparen(e).(*ast.Ident)
	if !ok || f.info == nil {
		return nil
	}
	obj := f.info.Uses[id]
	if obj == nil {
		obj = f.info.Defs[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v == nil || v.IsField() {
		return nil
	}
	return v
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// statementLoop is the candidate Loop of a for or range statement, nil
// for any other node.
func statementLoop(n ast.Node) *Loop {
	switch n := n.(type) {
	case *ast.ForStmt:
		l := &Loop{Kind: For, Node: n, Pos: n.For, Body: n.Body, region: n}
		if n.Init != nil {
			l.init = n.Init
		}
		return l
	case *ast.RangeStmt:
		return &Loop{Kind: Range, Node: n, Pos: n.For, Body: n.Body, region: n.Body}
	}
	return nil
}

// loops finds the poll loops of the file.
func (f *finder) loops() []*Loop {
	var cands []*Loop
	ast.Inspect(f.file, func(n ast.Node) bool {
		l := statementLoop(n)
		if retry.OnceLoop(n) != nil {
			l = nil // its body runs once: an if (recursionloop.go)
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			l = f.recursion(n)
		case *ast.CallExpr:
			l = f.backoffRetry(n)
			if l == nil {
				l = f.helperLoop(n)
			}
			if l == nil {
				l = f.libraryLoop(n)
			}
		}
		if l != nil && l.Body != nil {
			l.f = f
			if l.Func == nil {
				l.Func = f.enclosingFunc(l.Node)
			}
			if f.analyse(l) {
				cands = append(cands, l)
			}
		}
		return true
	})
	// A read belongs to the innermost loop that polls with it, unless that
	// loop never looks at the status and an outer one does (a retry of the
	// read nested in the poll loop).
	var out []*Loop
	for _, l := range cands {
		keep := true
		for _, m := range cands {
			if m == l || !sharesRead(l, m) {
				continue
			}
			lInner := within(l.Node, m.region) && l.Node != m.Node
			mInner := within(m.Node, l.region) && l.Node != m.Node
			switch {
			case mInner && f.looksAtStatus(m):
				keep = false // m, nested in l, polls the same payment
			case lInner && !f.looksAtStatus(l) && f.looksAtStatus(m):
				keep = false
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	return out
}

func sharesRead(a, b *Loop) bool {
	for _, x := range a.Reads {
		for _, y := range b.Reads {
			if x == y {
				return true
			}
		}
	}
	return false
}

func (f *finder) enclosingFunc(n ast.Node) ast.Node {
	for p := f.parent[n]; p != nil; p = f.parent[p] {
		switch p.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return p
		}
	}
	return nil
}

// analyse fills in l and reports whether it is a poll loop.
func (f *finder) analyse(l *Loop) bool {
	for _, op := range f.reads {
		if l.Contains(op.Call) && !f.readLeavesLoop(op, l) && !f.callsPoller(op) && f.sameEachRound(op, l) {
			l.Reads = append(l.Reads, op)
		}
	}
	if len(l.Reads) == 0 {
		return false
	}
	l.status = f.statusVars(l)
	f.findWaits(l)
	f.findExits(l)
	f.findBounds(l)
	f.findSwallowed(l)
	statusCond := f.looksAtStatus(l)
	if !statusCond && (len(l.Waits) == 0 || l.Kind == BackoffRetry || l.Kind == Helper) {
		return false
	}
	// A read retry: some exit is taken as soon as a read succeeds,
	// whatever the status.
	for _, e := range l.Exits {
		if e.OnSuccess && f.afterRead(e.Node, l) {
			if !statusCond || !f.statusContinues(l) {
				return false
			}
		}
	}
	return true
}

// callsPoller reports whether a read is a call of a function of the
// package that polls by itself (await(ctx, pi.ID) looping until the
// payment is final): a loop around it is a sequence of waits, not a poll.
func (f *finder) callsPoller(op *payment.Op) bool {
	fn, _ := typeutil.Callee(f.info, op.Call).(*types.Func)
	if fn == nil {
		return false
	}
	return f.pollers[fn.Origin()]
}

// readsCall reports whether one of the file's reads calls a poller.
func (f *finder) readsCall(pollers map[*types.Func]bool) bool {
	for _, op := range f.reads {
		if fn, _ := typeutil.Callee(f.info, op.Call).(*types.Func); fn != nil && pollers[fn.Origin()] {
			return true
		}
	}
	return false
}

// readLeavesLoop reports whether a read is made as the loop is left: its
// result is returned from the function the loop is in (`return
// c.get(ctx, id)` on a 409, the Hilt recovery read). It runs at most once,
// so it is not polled. A backoff operation's return goes back to the retry.
func (f *finder) readLeavesLoop(op *payment.Op, l *Loop) bool {
	if l.Kind != For && l.Kind != Range {
		return false
	}
	for p := f.parent[op.Call]; p != nil && p != l.Node; p = f.parent[p] {
		switch p.(type) {
		case *ast.ReturnStmt:
			return true
		case *ast.FuncLit, ast.Stmt:
			return false
		}
	}
	return false
}

// afterRead reports whether n comes after the loop's first read.
func (f *finder) afterRead(n ast.Node, l *Loop) bool {
	return n.Pos() > l.Reads[0].Call.Pos()
}

// statusContinues reports whether some continue is taken under a status
// condition: the loop goes round again because of the status.
func (f *finder) statusContinues(l *Loop) bool {
	return f.anyInRound(l, func(n ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		if !ok || b.Tok != token.CONTINUE {
			return false
		}
		for _, g := range f.guards(b, l) {
			if f.guardOnStatus(g, l) {
				return true
			}
		}
		return false
	})
}

// anyInRound reports whether pred holds for a node of the loop's body
// (function literals other than a backoff operation's excluded).
func (f *finder) anyInRound(l *Loop, pred func(ast.Node) bool) bool {
	found := false
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok && l.Kind != BackoffRetry && l.Kind != Helper {
			return false
		}
		found = pred(n)
		return !found
	})
	return found
}

// onePayment reports whether a status read names one payment: it has an
// id, or its URL path does not end at a collection ("/v1/payments/{}",
// "/v1/payments/pay_123/status"). A GET of a collection
// ("/v1/payments?status=pending") lists payments: a loop over it is a
// reconciler, not a poll of one payment.
func onePayment(op *payment.Op) bool {
	if op.ID != nil || op.Path == "" {
		return true
	}
	path, _, _ := strings.Cut(op.Path, "?")
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return false
	}
	last := strings.ToLower(segs[len(segs)-1])
	return strings.Contains(last, "{}") || !collections[last]
}

// collections are path segments that name a collection of payments.
var collections = map[string]bool{
	"payments": true, "charges": true, "payment_intents": true, "paymentintents": true,
	"sessions": true, "orders": true, "invoices": true, "refunds": true, "payouts": true,
	"transfers": true, "settlements": true, "captures": true, "transactions": true,
	"checkouts": true, "search": true, "list": true, "pending": true,
}

// sameEachRound reports whether op reads the same payment every round.
func (f *finder) sameEachRound(op *payment.Op, l *Loop) bool {
	if !onePayment(op) {
		return false
	}
	var exprs []ast.Expr
	if op.ID != nil {
		exprs = append(exprs, op.ID)
	} else {
		exprs = append(exprs, op.Call.Args...)
		if sel, ok := unparen(op.Call.Fun).(*ast.SelectorExpr); ok {
			exprs = append(exprs, sel.X)
		}
	}
	for _, e := range exprs {
		if !f.invariant(e, l, 0) {
			return false
		}
	}
	return true
}

// invariant reports whether e has the same value every round of l.
func (f *finder) invariant(e ast.Expr, l *Loop, depth int) bool {
	if depth > 5 {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if f.recreate(n, l, depth) {
				return false // the payment the loop stands for
			}
			if !f.pureCall(n) && !f.recomputes(n) { // sameid.go
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false // a value received from a channel: a new one each round
			}
		case *ast.SelectorExpr:
			if sel := f.info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal {
				ast.Inspect(n.X, func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.Ident:
						if v := f.varOf(m); v != nil && !f.varInvariant(v, l, depth) {
							ok = false
						}
					case *ast.CallExpr:
						// it.PaymentIntent().ID: the field of what a call
						// returns now (an iterator's current element).
						if !f.recreate(m, l, depth) && !f.pureCall(m) {
							ok = false
						}
					case *ast.UnaryExpr:
						if m.Op == token.ARROW {
							ok = false
						}
					}
					return ok
				})
				return false
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && !f.varInvariant(v, l, depth) {
				ok = false
			}
		}
		return true
	})
	return ok
}

func (f *finder) varInvariant(v *types.Var, l *Loop, depth int) bool {
	for _, a := range f.assigns[v] {
		if l.Contains(a) && !f.assignFromCreate(a) && !f.sameAgain(a, v, l, depth) { // sameid.go
			return false
		}
	}
	if l.Kind == Recursion {
		return f.recursionInvariant(v, l, depth)
	}
	def := f.defs[v]
	if def != nil && f.parent[def] == l.Node {
		return false // the loop's own range variable
	}
	if def == nil || !l.Contains(def) {
		return true // declared before the loop and not assigned in it
	}
	rhs, ok := f.defValue(def)
	if !ok {
		return false // a range variable, a type switch…
	}
	if rhs == nil {
		return true // var x T: zero value each round
	}
	if call, isCall := unparen(rhs).(*ast.CallExpr); isCall && f.recreate(call, l, depth) {
		return true // the payment just created stands for the polled one
	}
	return f.invariant(rhs, l, depth+1)
}

// recreate reports whether call creates a payment from the same arguments
// every round: the loop keeps recreating "the" payment it polls (a batch
// that creates one payment per order is not that).
func (f *finder) recreate(call *ast.CallExpr, l *Loop, depth int) bool {
	op := f.ops[call]
	if op == nil || !op.Kind.Has(payment.Create) {
		return false
	}
	for _, a := range call.Args {
		if !f.invariant(a, l, depth+1) {
			return false
		}
	}
	return true
}

// defValue returns the expression a defined variable is initialised from
// (nil for `var x T`); ok is false if it is not a plain definition.
func (f *finder) defValue(def *ast.Ident) (ast.Expr, bool) {
	switch p := f.parent[def].(type) {
	case *ast.AssignStmt:
		if p.Tok != token.DEFINE {
			return nil, false
		}
		for i, l := range p.Lhs {
			if l == def {
				if len(p.Rhs) == len(p.Lhs) {
					return p.Rhs[i], true
				}
				if len(p.Rhs) == 1 {
					return p.Rhs[0], true
				}
			}
		}
	case *ast.ValueSpec:
		for i, n := range p.Names {
			if n == def {
				if len(p.Values) == 0 {
					return nil, true
				}
				if len(p.Values) == len(p.Names) {
					return p.Values[i], true
				}
				return p.Values[0], true
			}
		}
	}
	return nil, false
}

// assignFromCreate: an assignment whose value comes from a payment
// creation (`id = np.ID` after `np := create()`): the loop polls "the"
// payment; creating it anew is pollcreate's business.
func (f *finder) assignFromCreate(n ast.Node) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok {
		return false
	}
	found := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.CallExpr:
				if op := f.ops[m]; op != nil && op.Kind.Has(payment.Create) {
					found = true
				}
			case *ast.Ident:
				if v := f.varOf(m); v != nil {
					if def := f.defs[v]; def != nil {
						if rhs, ok := f.defValue(def); ok && rhs != nil {
							if c, isCall := unparen(rhs).(*ast.CallExpr); isCall {
								if op := f.ops[c]; op != nil && op.Kind.Has(payment.Create) {
									found = true
								}
							}
						}
					}
				}
			}
			return !found
		})
	}
	return found
}

// purePkgs are packages whose functions compute a value from their
// arguments (a request for the same URL is the same request).
var purePkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "net/url": true, "path": true,
	"bytes": true, "errors": true, "encoding/json": true, "unicode/utf8": true,
}

// pureCall reports whether call yields the same value for the same
// arguments: conversions, builtins such as len, and functions of purePkgs,
// http.NewRequest*, (*http.Request).WithContext.
func (f *finder) pureCall(call *ast.CallExpr) bool {
	if tv, ok := f.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	obj := typeutil.Callee(f.info, call)
	switch obj := obj.(type) {
	case *types.Builtin:
		return obj.Name() == "len" || obj.Name() == "min" || obj.Name() == "max"
	case *types.Func:
		if obj.Pkg() == nil {
			return false
		}
		path := obj.Pkg().Path()
		if purePkgs[path] {
			return true
		}
		if path == "net/http" {
			switch obj.Name() {
			case "NewRequest", "NewRequestWithContext", "WithContext", "Clone":
				return true
			}
		}
		if path == "context" && (obj.Name() == "Background" || obj.Name() == "TODO") {
			return true
		}
		if chainPure(obj) { // chainmined.go
			return true
		}
		if strings.HasPrefix(path, "github.com/stripe/stripe-go") {
			switch obj.Name() {
			case "String", "Int64", "Bool":
				return true
			}
		}
	}
	return false
}

// looksAtStatus reports whether some condition of the loop depends on the
// polled payment's status.
func (f *finder) looksAtStatus(l *Loop) bool {
	return l.StatusExit || f.anyInRound(l, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			return f.onStatus(n.Cond, l)
		case *ast.SwitchStmt:
			return n.Tag != nil && f.onStatus(n.Tag, l)
		case *ast.CaseClause:
			for _, e := range n.List {
				if f.onStatus(e, l) {
					return true
				}
			}
		}
		return false
	})
}
