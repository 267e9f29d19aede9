package handler

import (
	"go/ast"

	"golang.org/x/tools/go/ssa"
)

// ---- webhookack: a slow call on a branch that never handles the payment -------
//
// A bot's webhook takes every update on one route and dispatches on what
// it carries:
//
//	switch {
//	case u.Message.Text != "":                         h.commands(c, u)     // bot replies over HTTP
//	case u.Message.SuccessfulPayment.Payload != "":    h.starsPayment(c, u) // credits, then confirms over HTTP
//	}
//
// The handler is a payment webhook only by its payment branch; the chat
// branch runs on deliveries that carry no payment at all. So the slow call
// a finding names is one on a path that handles the payment (processing,
// processpath.go: a clause with an alternative is not on it by position
// alone), and a slow call in one clause of an if or a switch whose other
// clauses hold every sign of the payment (its writes, fulfilments, state
// writes, payment ops and provider SDK calls), with no path through both,
// is no payment path's: when every slow call made before the answer is
// such, the handler is silent. A handler named or routed for a payment, or
// with a sign of the payment outside those clauses (a provider's event
// verified first, a guard clause before the payment's write), keeps the
// first slow call as before.

// payEvidence are the nodes of h's body that make it a payment webhook by
// what they do: the payment work (workNodes), the payment ops and the
// provider SDK calls made there; all false when its name or a route names
// a payment, a sign present on every path.
func (a *Ack) payEvidence(h *Handler, works []ast.Node) ([]ast.Node, bool) {
	if hasWord(words(h.Name), paymentWords...) != "" {
		return nil, false
	}
	for _, r := range h.Routes {
		if hasWord(words(r.Path), paymentWords...) != "" {
			return nil, false
		}
	}
	out := append([]ast.Node(nil), works...)
	seen := map[ast.Node]bool{}
	for _, w := range works {
		seen[w] = true
	}
	for _, op := range a.m.info.Within(h.Body) {
		if !seen[op.Call] {
			seen[op.Call] = true
			out = append(out, op.Call)
		}
	}
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && !seen[c] {
			if fn := a.m.calleeFunc(c); fn != nil && sdkPath(pkgOf(fn)) {
				seen[c] = true
				out = append(out, c)
			}
		}
		return true
	})
	return out, len(out) > 0
}

// offPayment: node lies in one clause of an if or a switch of body whose
// other clauses hold every one of ev, and no path runs through node and
// one of ev (a loop over a batch of updates runs both).
func (a *Ack) offPayment(fn *ssa.Function, body *ast.BlockStmt, node ast.Node, ev []ast.Node) bool {
	if len(ev) == 0 || !otherClauses(body, node, ev) {
		return false
	}
	in := a.m.instrNear(fn, node)
	if in == nil {
		return false
	}
	var ins []ssa.Instruction
	for _, e := range ev {
		x := a.m.instrNear(fn, e)
		if x == nil {
			return false
		}
		ins = append(ins, x)
	}
	return !through(in.Block(), ins)
}

// otherClauses: some if or switch of body encloses node in one clause and
// every one of ev in its other clauses (not in its init, condition or
// case expressions, which run on node's path too).
func otherClauses(body *ast.BlockStmt, node ast.Node, ev []ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || !within(n, node) {
			return false
		}
		var clauses [][]ast.Stmt
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			clauses = append(clauses, x.Body.List)
			if x.Else != nil {
				clauses = append(clauses, []ast.Stmt{x.Else})
			}
		case *ast.SwitchStmt:
			clauses = caseBodies(x.Body)
		case *ast.TypeSwitchStmt:
			clauses = caseBodies(x.Body)
		}
		mine := -1
		for i, cl := range clauses {
			if inList(cl, node) {
				mine = i
			}
		}
		if mine < 0 {
			return true
		}
		for _, e := range ev {
			other := false
			for i, cl := range clauses {
				other = other || i != mine && inList(cl, e)
			}
			if !other {
				return true // an inner statement may still part them
			}
		}
		found = true
		return false
	})
	return found
}

func caseBodies(b *ast.BlockStmt) [][]ast.Stmt {
	var out [][]ast.Stmt
	for _, s := range b.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			out = append(out, cc.Body)
		}
	}
	return out
}

// within: n spans x.
func within(n, x ast.Node) bool {
	return n.Pos() <= x.Pos() && x.End() <= n.End()
}

// inList: x lies in one of the statements of list.
func inList(list []ast.Stmt, x ast.Node) bool {
	for _, s := range list {
		if within(s, x) {
			return true
		}
	}
	return false
}

// alternative: node lies in a clause that has an alternative (an if with
// an else, an else, a case of a switch): it is on the payment's path only
// if a path runs through both (onPath), not by its position alone.
func alternative(body *ast.BlockStmt, node ast.Node) bool {
	alt := false
	ast.Inspect(body, func(n ast.Node) bool {
		if alt || n == nil || !within(n, node) {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			alt = x.Else != nil && (within(x.Body, node) || within(x.Else, node))
		case *ast.CaseClause:
			alt = true
		}
		return !alt
	})
	return alt
}
