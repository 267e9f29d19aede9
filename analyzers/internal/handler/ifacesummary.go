package handler

import (
	"go/ast"
	"sort"
)

// ---- repeated effects behind an interface inside a use case ----------------------
//
// A webhook's use case often reaches its effect through another use case
// held as an interface: a payment service calling
// s.subscriptions.Extend(user, days), implemented beside the interface by
// a service that pushes the plan's end forward. Handlers already judge
// their own interface calls by the visible implementations (ifacefx.go),
// and a function's SlowFact does the same (slowiface.go); its
// EffectFact now does too, so the effect is seen through a chain of
// services: handler → service interface → another service. Every
// visible implementation must repeat an effect (ifaceFx.repeat); one the
// rule cannot see into, or none in sight, keeps the call silent. The
// function's own guards still protect such a call (summary).

// ifaceEffects adds to effects the interface calls of body whose every
// visible implementation repeats an effect, in source order.
func (d *Dedupe) ifaceEffects(body *ast.BlockStmt, effects []Effect) []Effect {
	calls := d.m.ifaceCalls(body)
	if len(calls) == 0 {
		return effects
	}
	if d.d14ifx == nil {
		d.d14ifx = newIfaceFx(d.pass, d.m, d, nil) // repeat needs neither Ack nor slow work
	}
	at := map[ast.Node]bool{}
	for _, e := range effects {
		at[e.Node] = true
	}
	added := false
	for _, c := range calls {
		if at[c.Call] {
			continue
		}
		if e, ok := d.d14ifx.repeat(c); ok {
			effects, added = append(effects, e), true
		}
	}
	if added {
		sort.SliceStable(effects, func(i, j int) bool { return effects[i].Node.Pos() < effects[j].Node.Pos() })
	}
	return effects
}
