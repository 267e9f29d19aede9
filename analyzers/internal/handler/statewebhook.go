package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the callback of a provider paylint does not model ---------------------------
//
// A webhook is a payment provider's (PaymentWebhook) when it reaches a
// payment operation the model knows or names a payment. An aggregator
// paylint has no table for (a QRIS or virtual-account gateway) posts
// its own shape, decoded into a map; the handler, on a controller type
// mounted from another package, hands the posted status to its own
// method, which has repositories of another package run
//
//	UPDATE payment_transactions SET status = ? WHERE ref = ?
//	UPDATE wallets SET balance = ? WHERE owner_id = ?
//
// Nothing there is a paid-state write by its values, and no name says
// payment; yet what the body does says whose callback this is: it reads
// what was posted and moves a payment's state or a balance. So a handler
// already taken for a webhook (its name, route or verifier say so), that
// reads the request's body and, synchronously, through its own functions
// or those of other packages (StateWriteFact), runs such an UPDATE is a
// payment webhook for webhookack: slow work before its answer delays the
// aggregator's acknowledgement all the same. Only for webhookack: what a
// redelivery repeats is judged by the effects the model knows, not by a
// status whose value it cannot see.
//
// Look-alikes: a webhook that only logs and answers, or stores its
// payload in an events table, updates no payment row; a back-office or
// settings endpoint, a page a browser lands on and a handler reading no
// body are never classified so; a handler that is no webhook by its own
// signs (an admin top-up on a wallet) is not asked.

// StateWriteFact marks a function that runs (itself or through a callee,
// synchronously) a constant UPDATE of a payment row's status or of a
// wallet's balance (payment.RowStateUpdate); Table names the row.
type StateWriteFact struct{ Table string }

// AFact marks StateWriteFact as a fact.
func (*StateWriteFact) AFact() {}

func (f *StateWriteFact) String() string { return "updates the state of " + f.Table }

// stateWrites are the StateWriteFacts of a package's functions.
type stateWrites struct {
	pass  *analysis.Pass
	m     *Model
	local map[*types.Func]*StateWriteFact
}

// y17StateWrites computes and exports the package's StateWriteFacts (to
// a fixed point, callers after callees).
func y17StateWrites(pass *analysis.Pass, m *Model) *stateWrites {
	sw := &stateWrites{pass: pass, m: m, local: map[*types.Func]*StateWriteFact{}}
	fds, objs := declsInOrder(funcs.Of(pass))
	for round := 0; round < 4; round++ {
		changed := false
		for i, fd := range fds {
			if sw.local[objs[i]] != nil {
				continue
			}
			if t := sw.writes(fd.Body); t != "" {
				sw.local[objs[i]] = &StateWriteFact{Table: t}
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for i := range fds {
		if f := sw.local[objs[i]]; f != nil {
			pass.ExportObjectFact(objs[i], f)
		}
	}
	return sw
}

// writes returns the row body's synchronous calls update the state of,
// "" if none: work in a goroutine or a function literal is not the
// function's own.
func (sw *stateWrites) writes(body *ast.BlockStmt) string {
	table := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if table != "" {
			return false
		}
		switch x := n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false
		case *ast.CallExpr:
			table = sw.callWrites(x, body)
		}
		return table == ""
	})
	return table
}

// callWrites: the row call updates the state of, through its SQL text or
// its callee's fact.
func (sw *stateWrites) callWrites(call *ast.CallExpr, body *ast.BlockStmt) string {
	fn := sw.m.calleeFunc(call)
	if fn == nil {
		return ""
	}
	fn = fn.Origin()
	if f := sw.fact(fn); f != nil {
		return f.Table
	}
	if !sqlRunner(fn.Name()) || len(call.Args) == 0 {
		return ""
	}
	for _, a := range call.Args {
		if q, ok := sw.queryText(a, body); ok {
			t, _ := payment.RowStateUpdate(q)
			return t // the first string is the statement
		}
	}
	return ""
}

// sqlRunner: a method that runs the statement it is handed.
func sqlRunner(name string) bool {
	for _, p := range []string{"Exec", "MustExec", "NamedExec"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// queryText: e's constant text, or that of a local variable of body
// every assignment of which is a constant (query := `UPDATE …`).
func (sw *stateWrites) queryText(e ast.Expr, body *ast.BlockStmt) (string, bool) {
	if s, ok := sw.m.constString(e); ok {
		return s, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, ok := sw.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == types.Universe || v.Pkg() != sw.pass.Pkg {
		return "", false
	}
	text, n, other := "", 0, false
	ast.Inspect(body, func(n2 ast.Node) bool {
		as, ok := n2.(*ast.AssignStmt)
		if !ok || other {
			return !other
		}
		for i, l := range as.Lhs {
			lid, ok := l.(*ast.Ident)
			if !ok || sw.pass.TypesInfo.ObjectOf(lid) != v {
				continue
			}
			if len(as.Lhs) != len(as.Rhs) || as.Tok != token.DEFINE && as.Tok != token.ASSIGN {
				other = true
				return false
			}
			s, ok := sw.m.constString(as.Rhs[i])
			if !ok {
				other = true
				return false
			}
			text, n = s, n+1
		}
		return true
	})
	if other || n != 1 {
		return "", false
	}
	return text, true
}

func (sw *stateWrites) fact(fn *types.Func) *StateWriteFact {
	if fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() == sw.pass.Pkg {
		return sw.local[fn]
	}
	f := new(StateWriteFact)
	if sw.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// webhook: h, already a webhook by its own signs, reads the request's
// body and updates a payment's state or a balance before it returns.
func (sw *stateWrites) webhook(h *Handler) bool {
	m := sw.m
	if h.Body == nil || h.landing() || h.oauthResponse() || m.backOfficeNames(h) || !m.readsBody(h.Body) {
		return false
	}
	return sw.writes(h.Body) != ""
}
