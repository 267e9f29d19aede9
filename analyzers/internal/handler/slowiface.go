package handler

import (
	"go/ast"
	"sort"
)

// ---- slow work behind an interface inside a use case ----------------------------
//
// A use case bound in main often dispatches through an interface of its
// own package (a payout dispatcher picking a rail from a map:
// rail.Send(ctx, t)). Its implementations beside it create and fund a
// transfer, or disburse and wait: the use case is as slow as they are.
// Handlers already judge their own interface calls by the visible
// implementations (ifacefx.go); a function's SlowFact does the same, so
// the package binding the use case to a webhook sees it slow. Every
// visible implementation must be slow (ifaceFx.slow); one the rule
// cannot see into, or none in sight, keeps the call silent; a call handed
// to a goroutine or a job is no wait.

// ifaceSlowIn adds to slow the interface calls of body whose every
// visible implementation is slow, in source order.
func (a *Ack) ifaceSlowIn(body *ast.BlockStmt, slow []Slow) []Slow {
	if a.ifx == nil {
		a.ifx = newIfaceFx(a.pass, a.m, nil, a) // slows needs neither Dedupe nor effects
	}
	at := map[ast.Node]bool{}
	for _, s := range slow {
		at[s.Node] = true
	}
	added := false
	for _, s := range a.ifx.slows(&Handler{Body: body}) {
		if !at[s.Node] {
			slow, added = append(slow, s), true
		}
	}
	if added {
		sort.SliceStable(slow, func(i, j int) bool { return slow[i].Node.Pos() < slow[j].Node.Pos() })
	}
	return slow
}
