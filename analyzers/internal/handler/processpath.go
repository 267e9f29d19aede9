package handler

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhookack: the slow call on the path that processes the payment ------
//
// A webhook often alerts its operators before it gives up on a delivery:
//
//	if !h.auth.Check(r) { h.pager.Alert("unauthorized callback"); w.WriteHeader(200); return }
//	if evt.Ref == "" { h.pager.Alert("missing reference"); …; return }
//	h.store.SetStatus(ctx, evt.Ref, evt.Status) // the payment's state
//	h.notifyMerchant(ctx, evt)                   // a 30 s POST
//
// Each alert is slow work before the answer, and the first in source
// order was the one reported; yet it runs only on a delivery that is
// refused, and the reader looks for the work the provider waits on every
// time it pays. So among the slow calls made before the answer, the one
// reported is the first on the processing path: a path through it that
// also touches the payment (a payment-state write, a fulfilment, a
// provider write, a call whose summary does any of these: that may be
// the slow call itself, processEvent(…)), and not inside a branch that
// ends the function by returning and holds no such work itself (the
// guard clause of an auth failure, a parse error, a missing field, or
// the error branch of the write). When none is, the first stays: a slow
// call before a 2xx in an early branch is still the mistake — unless it
// lies in a branch beside the ones that hold all of the payment's work,
// which never runs for a payment (paybranch.go). The same
// choice names the work in a function's SlowFact, so a caller's message
// says what the processing path does (processEvent, which calls
// notifyMerchant …), not which alert its first guard sends.

// work is what a17 needs of the other summaries: the package's effects
// (EffectFact), its state writes (StateWriteFact) and, once built, the
// interface calls' implementations. Any may be nil.
type work struct {
	d  *Dedupe
	sw *stateWrites
	fx *ifaceFx
}

// processing returns the slow call to report for h: slow[first] is
// the first made before the answer; at says whether slow[i] is made
// before it too, and how far the handler had answered.
func (a *Ack) processing(h *Handler, slow []Slow, first int, ans Answer, at func(int) (Answer, bool)) (*Slow, Answer) {
	if a.a17 == nil {
		return &slow[first], ans
	}
	// pick is the first slow call made before the answer that keep takes.
	pick := func(keep func(int) bool) (*Slow, Answer) {
		for i := first; i < len(slow); i++ {
			an, ok := ans, true
			if i > first {
				an, ok = at(i)
			}
			if ok && keep(i) {
				return &slow[i], an
			}
		}
		return nil, NotAnswered
	}
	works := a.workNodes(h.Body)
	if first < len(slow)-1 && len(works) > 0 && !a.plain(h.Body, slow[first].Node) {
		var ins []ssa.Instruction
		for _, w := range works {
			if in := a.m.instrNear(h.Fn, w); in != nil {
				ins = append(ins, in)
			}
		}
		if s, an := pick(func(i int) bool { return a.onPath(h.Fn, h.Body, slow[i].Node, works, ins) }); s != nil {
			return s, an
		}
	}
	// No slow call on the payment's path: the first not on a branch
	// that never handles the payment (paybranch.go).
	ev, located := a.payEvidence(h, works)
	if !located {
		return &slow[first], ans
	}
	return pick(func(i int) bool { return !a.offPayment(h.Fn, h.Body, slow[i].Node, ev) })
}

// summaryPick is the index of the slow call of fd a SlowFact names:
// the first on the processing path, else the first.
func (a *Ack) summaryPick(fd *ast.FuncDecl, slow []Slow) int {
	if len(slow) < 2 || a.a17 == nil || a.plain(fd.Body, slow[0].Node) {
		return 0
	}
	works := a.workNodes(fd.Body)
	if len(works) == 0 {
		return 0
	}
	fn := newLazySSA(a.m).of(fd)
	if fn == nil {
		return 0
	}
	var ins []ssa.Instruction
	for _, w := range works {
		if in := a.m.instrNear(fn, w); in != nil {
			ins = append(ins, in)
		}
	}
	for i := range slow {
		if a.onPath(fn, fd.Body, slow[i].Node, works, ins) {
			return i
		}
	}
	return 0
}

// plain: node is in no branch ending in a return nor in a clause with an
// alternative, so it is on the processing path whenever anything is (a
// cheap test before the function's work is listed).
func (a *Ack) plain(body *ast.BlockStmt, node ast.Node) bool {
	if alternative(body, node) { // paybranch.go: a clause beside another
		return false
	}
	for _, b := range branches(body, node) {
		if a17Returns(b) {
			return false
		}
	}
	return true
}

// onPath: a path through node touches the payment (one of ins runs
// before or after it), and node is in no returning branch free of work.
func (a *Ack) onPath(fn *ssa.Function, body *ast.BlockStmt, node ast.Node, works []ast.Node, ins []ssa.Instruction) bool {
	for _, b := range branches(body, node) {
		if a17Returns(b) && !a17Holds(b, works) {
			return false
		}
	}
	in := a.m.instrNear(fn, node)
	if in == nil {
		return false
	}
	return through(in.Block(), ins)
}

// through: one of ins is in block b, or in a block reached from b or
// reaching it.
func through(b *ssa.BasicBlock, ins []ssa.Instruction) bool {
	near := map[*ssa.BasicBlock]bool{b: true}
	walk := func(next func(*ssa.BasicBlock) []*ssa.BasicBlock) {
		seen := map[*ssa.BasicBlock]bool{}
		stack := append([]*ssa.BasicBlock(nil), next(b)...)
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[x] {
				continue
			}
			seen[x], near[x] = true, true
			stack = append(stack, next(x)...)
		}
	}
	walk(func(x *ssa.BasicBlock) []*ssa.BasicBlock { return x.Succs })
	walk(func(x *ssa.BasicBlock) []*ssa.BasicBlock { return x.Preds })
	for _, w := range ins {
		if near[w.Block()] {
			return true
		}
	}
	return false
}

// branches are the statement lists of the branches enclosing node in
// body (an if's body or else, a case or comm clause), outermost first.
func branches(body *ast.BlockStmt, node ast.Node) [][]ast.Stmt {
	var out [][]ast.Stmt
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if n == nil || node.Pos() < n.Pos() || n.End() < node.End() {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if x.Body.Pos() <= node.Pos() && node.End() <= x.Body.End() {
				out = append(out, x.Body.List)
			} else if blk, ok := x.Else.(*ast.BlockStmt); ok && blk.Pos() <= node.Pos() && node.End() <= blk.End() {
				out = append(out, blk.List)
			}
		case *ast.CaseClause:
			out = append(out, x.Body)
		case *ast.CommClause:
			out = append(out, x.Body)
		}
		return true
	}
	ast.Inspect(body, visit)
	return out
}

// a17Returns: the branch ends the function (its last statement returns).
func a17Returns(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	_, ok := list[len(list)-1].(*ast.ReturnStmt)
	return ok
}

// a17Holds: one of works lies in the branch.
func a17Holds(list []ast.Stmt, works []ast.Node) bool {
	if len(list) == 0 {
		return false
	}
	lo, hi := list[0].Pos(), list[len(list)-1].End()
	for _, w := range works {
		if lo <= w.Pos() && w.End() <= hi {
			return true
		}
	}
	return false
}

// workNodes are the nodes of body that touch the payment, made
// synchronously: the effects webhookdedupe counts but notices, calls
// whose summary has such effects or updates a payment row's state, constant UPDATEs of a
// payment's status or a balance, the payment model's writes, creates,
// fulfilments and state writes, and interface calls an implementation of
// which does any of these.
func (a *Ack) workNodes(body *ast.BlockStmt) []ast.Node {
	w := a.a17
	var out []ast.Node
	seen := map[ast.Node]bool{}
	add := func(n ast.Node) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if w.d != nil {
		for _, e := range w.d.effects(body) {
			if e.Kind != Mail && !inGoroutineNode(body, e.Node) { // a notice is no payment work
				add(e.Node)
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if a.works(x, body) {
				add(x)
			}
		}
		return true
	})
	return out
}

// works: call touches the payment (workNodes).
func (a *Ack) works(call *ast.CallExpr, body *ast.BlockStmt) bool {
	w := a.a17
	if op := a.m.info.Of(call); op != nil &&
		op.Kind.Any(payment.Write|payment.Create|payment.Fulfillment|payment.StateWrite) {
		return true
	}
	fn := a.m.calleeFunc(call)
	if fn != nil {
		fn = fn.Origin()
		if a.touches(fn) {
			return true
		}
		if w.sw != nil && w.sw.callWrites(call, body) != "" {
			return true
		}
	}
	if w.fx == nil {
		return false
	}
	c, ok := a.m.ifaceCallOf(call)
	if !ok {
		return false
	}
	for _, impl := range w.fx.impls(c) {
		if a.touches(impl) {
			return true
		}
	}
	return false
}

// touches: fn's summary repeats an effect other than a notice (a
// mail, an SMS, a chat message: what alerts do) or updates a payment
// row's state. A cleared EffectFact says nothing of which effects were
// guarded, a notice's among them, so it is not counted.
func (a *Ack) touches(fn *types.Func) bool {
	w := a.a17
	if w.d != nil {
		if f := w.d.fact(fn); f != nil && !f.Cleared && f.Kind != Mail {
			return true
		}
	}
	return w.sw != nil && fn.Pkg() != nil && w.sw.fact(fn) != nil
}

// inGoroutineNode: n lies in a go statement or a function literal of
// body (work handed elsewhere).
func inGoroutineNode(body *ast.BlockStmt, n ast.Node) bool {
	in := false
	ast.Inspect(body, func(x ast.Node) bool {
		switch x.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			if x.Pos() <= n.Pos() && n.End() <= x.End() {
				in = true
			}
			return false
		}
		return !in
	})
	return in
}
