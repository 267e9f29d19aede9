package idempotency

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// reportClientKeys reports the writes that share a client-wide key
// (Midtrans's c.Options.SetPaymentIdempotencyKey(k)) set once before a
// loop that charges a different item on each pass: the payment model
// finds them (payment.SharedClientKeys); a loop that retries the one
// charge is right to keep one key.
func reportClientKeys(pass *analysis.Pass, info *payment.Info, retries *retry.Result) {
	for op, sk := range payment.SharedClientKeys(pass, info) {
		if retriedBy(retries, op, sk.Loop) {
			continue
		}
		directive.Reportf(pass, op.Call, "%s charges a different item on each pass of the loop (line %d) with the client-wide idempotency key set once (line %d): %s sends that key with every later call of the client, so the second charge is refused or answered with the first payment; set a key made for each charge right before it, or use a fresh client per charge",
			op.Desc, pass.Fset.Position(sk.Loop.Pos()).Line, pass.Fset.Position(sk.Set.Pos()).Line, sk.SDK)
	}
}

// retriedBy: loop is a construct that retries op.
func retriedBy(retries *retry.Result, op *payment.Op, loop ast.Node) bool {
	for _, c := range retries.Around(op.Call) {
		if c.Node == loop {
			return true
		}
	}
	return false
}
