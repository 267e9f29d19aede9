package handler

import (
	"go/ast"
	"go/types"
)

// ---- a weak check before a use case wired in another package ----------------
//
// A webhook whose own check fails open (nil error on an empty secret) or
// is skipped under a configuration flag (sandbox, ADYEN_LIVE unset) is
// reported where it acts on the payment. When it acts only through an
// interface field whose implementation main binds (webhooks → domain ←
// store; or ledger imported for its value types only, ledger.Store not
// designated: wireseen.go), its package sees no effect and says
// nothing, and the binding package saw only pending handlers
// (pendingUnverified: no check at all). The handler's package now records
// the verdict on the wired call (WireCall.Weak), and the binding package
// reports it at the binding once the bound method acts on the payment
// (PayEffectFact: a paid or payment state stored, a fulfilment).
//
// Precision: only calls handed the event's values; only handlers whose
// own package judged nothing (no fulfilment or terminal write in sight,
// so the two packages never report the same handler); one report per
// handler; a binding this package cannot resolve keeps it silent
// (payImpls).

// weakWired is the weak verdict at wired call fc of h, Verified if none.
func (m *Model) weakWired(h *Handler, fc fieldCall) Verification {
	if !m.handsWeak(h, fc) { // weaklookup.go: or a row looked up by them
		return Verified
	}
	switch v := m.VerificationAt(h, fc.site); v {
	case FailOpen, Skipped, Unenforced, Late, Partial: // Partial: weaklookup.go
		if len(m.Fulfilments(h)) > 0 || len(m.TerminalWrites(h)) > 0 {
			return Verified // judged in the handler's package
		}
		return v
	case Unverified: // openwired.go: an open webhook mounted here
		if m.openWired(h, fc) && len(m.Fulfilments(h)) == 0 && len(m.TerminalWrites(h)) == 0 {
			return v
		}
	}
	return Verified
}

// WiredWeak is a wired call made under a weak check, at its binding.
type WiredWeak struct {
	Node         ast.Node
	Verification Verification
	// Handler names the handler ("webhooks.Fundline.ServeHTTP"), Desc the
	// call and its bound implementation's effect.
	Handler, Desc string
}

// judgeWeak adds t's weakly checked wired calls bound here to a method
// acting on the payment, the first of each handler.
func (w *wiring) judgeWeak(t *types.Named, out *Wired) {
	done := map[string]bool{}
	for _, c := range w.facts[t.Obj()].Calls {
		if c.Weak == Verified || done[c.Handler] { // Aside: weakWired judged it (weaklookup.go)
			continue
		}
		fn, f := w.payImpls(t, c)
		if fn == nil {
			continue
		}
		_, at, ok := w.impls(t, c.Field, c.Method)
		if !ok {
			continue
		}
		done[c.Handler] = true
		out.Weak = append(out.Weak, WiredWeak{Node: at, Verification: c.Weak, Handler: c.Handler,
			Desc: c.Desc + " (" + c.At + "), bound here to " + qual(fn) + ": " + f.Desc})
	}
}
