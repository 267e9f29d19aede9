package poll

import (
	"go/ast"
	"go/token"
	"go/types"

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
	// pkg is what the package's finders share (field writes, function
	// summaries); nil leaves them unknown.
	pkg *pkgIndex
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
	if f.cursorLoop(l) {
		return false // one read per row of a query's result (cursor.go)
	}
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
	if statusCond && f.pollsGoods(l) {
		return false // an order followed for its goods (goods.go)
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
	return f.pollers[fn.Origin()] || f.importedWaiter(fn) // waiterfacts.go
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
