package idempotency

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// reportChainSends reports on-chain broadcasts retried with a nonce read
// anew on every attempt (payment.ChainSends: the nonce is the transfer's
// idempotency key). A worker over pending rows or a job queue, which
// needs a new nonce per transfer, is left to the other constructs; a
// retry that tests for a nonce refusal re-reads the nonce on purpose.
func reportChainSends(pass *analysis.Pass, retries *retry.Result, reported map[*ast.CallExpr]bool) {
	for _, op := range payment.ChainSends(pass) {
		if reported[op.Call] {
			continue
		}
		for _, c := range retries.Around(op.Call) {
			if c.Kind == retry.Rows || c.Kind == retry.Job || c.Kind == retry.Client || c.ErrorLeaves ||
				payment.NonceRefusalTested(pass.TypesInfo, c.Region) {
				continue
			}
			origin := payment.KeyOf(pass.TypesInfo, op, c.Attempts())
			if origin.Kind != payment.KeyPerAttempt {
				continue
			}
			reported[op.Call] = true
			directive.Reportf(pass, op.Call, "%s is retried by %s (line %d) with a nonce read anew on every attempt (%s, line %d): each attempt signs a new transfer, and a broadcast that timed out after the node accepted it pays twice; read the nonce and sign once before retrying, and re-send the same signed transaction (or replace it with the same nonce)",
				op.Desc, c.By(), line(pass, c), render(origin.At), pass.Fset.Position(origin.At.Pos()).Line)
			break
		}
	}
}
