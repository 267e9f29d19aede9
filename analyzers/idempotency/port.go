package idempotency

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// reportPorts reports, at main's binding, a payment write made through an
// interface in another package and retried there, when the implementation
// bound here keys it with nothing stable: no key at all, a key it makes
// on every call, or the caller's key field made anew per attempt
// (retry/port_facts.go records the call, port_bind.go the binding).
func reportPorts(pass *analysis.Pass) {
	res, _ := pass.ResultOf[retry.PortAnalyzer].(*retry.PortResult)
	if res == nil {
		return
	}
	reportSweeps(pass, res) // sweep.go: a cron job runs another package's pass over pending rows
	done := map[any]bool{}
	for _, b := range res.Bound {
		if done[b.Node] || !b.Fact.Kind.Has(payment.Write) || b.Call.ErrorLeaves {
			continue
		}
		msg := portProblem(b)
		if msg == "" {
			continue
		}
		done[b.Node] = true
		directive.Reportf(pass, b.Node, "%s", msg)
	}
}

// portProblem is the message for one binding, or "" when every attempt
// sends the same key (or the key's origin is not known).
func portProblem(b retry.PortBound) string {
	f, c := b.Fact, b.Call
	impl := fmt.Sprintf("%s.%s", b.Impl.Pkg().Name(), recvName(b)+b.Impl.Name())
	by := fmt.Sprintf("%s calls %s (%s), retried by %s (line %d), bound here to %s (%s)",
		b.Holder, c.Desc, c.At, c.By, c.Line, impl, f.Desc)
	tail := ": every attempt is a new request to the provider and a retry after a lost response can charge twice; make the key once before retrying and reuse it"
	if c.Passes {
		// A worker's next pass or a queue's redelivery: nothing made
		// before the loop survives it; the row or job does.
		tail = ": every pass is a new request to the provider and a pass after a lost response can charge twice; derive the key from the row or job (its id) so every pass sends the same one"
	}
	switch {
	case f.FreshKey:
		return by + ", which makes a new idempotency key on every call" + tail
	case f.KeyParam >= 0:
		field := f.KeyField
		if field == "" && f.KeyInArg {
			return "" // a key inside a body or params value: not recorded
		}
		for _, k := range c.Keys {
			if k.Arg != f.KeyParam || k.Field != field {
				continue
			}
			switch k.Kind {
			case payment.KeyNone:
				return noKey(by, f, c.Passes)
			case payment.KeyPerAttempt:
				return fmt.Sprintf("%s, with an idempotency key made anew on every attempt (%s, line %d)%s", by, k.At, k.Line, tail)
			case payment.KeyFromCounter:
				return by + ", with an idempotency key made from the attempt counter" + tail
			}
		}
		return ""
	case f.HasKey:
		return ""
	}
	return noKey(by, f, c.Passes)
}

func noKey(by string, f *payment.WrapperFact, passes bool) string {
	if passes {
		return by + ", without an idempotency key: a pass after a lost response can charge twice; derive a key from the row or job (its id) and send it on every pass"
	}
	if f.AutoKey {
		return by + ", without an idempotency key: stripe-go adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice; pass a key made once before retrying"
	}
	return by + ", without an idempotency key: a retry after a lost response can charge twice; pass an idempotency key made once before retrying"
}

// recvName is "Client." for a method of Client (or *Client).
func recvName(b retry.PortBound) string {
	sig, _ := b.Impl.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name() + "."
	}
	return ""
}
