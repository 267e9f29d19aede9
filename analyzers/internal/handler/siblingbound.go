package handler

import "go/types"

// ---- a bare route beside its verified sibling, its store bound here ----------------
//
// A handler type of another package serves one provider's events on
// several routes, and the mounting package covers only some of them:
//
//	cb := webhooks.NewCorebankHooks(a.withdrawals, …)
//	mux.Handle("POST /hooks/corebank/debits", signed(http.HandlerFunc(cb.DebitReturned)))
//	mux.HandleFunc("POST /hooks/corebank/transfers", cb.TransferSettled) // open
//
// TransferSettled decodes the same event as its signed sibling, verifies
// nothing, and hands what it decoded to its domain.WithdrawalStore field:
// its own package cannot tell what that stores (a pending webhook,
// UnverifiedWebhookFact with wired calls), and a withdrawal marked settled
// is no paid state, so the binding side (wire_bind.go) does not confirm it
// as a payment webhook either. Yet the route is the one siblingbare.go
// judges: nothing in front of it, a hook path, a sibling on the same
// router and parent path taking the same event only behind a middleware
// known to verify. What was missing is "stores what it decoded", which
// the handler's package could not see through the interface and this
// package can: the store bound to the field here (a.withdrawals is a
// *store.Withdrawals) sets the status of the row the event names.
//
// So a pending handler whose EventHookFact stores nothing its package
// sees counts as storing what it decoded when one of its wired calls
// handed the event is bound here, by every binding, to a method that
// stores (fx.writes: a repeated effect, a setter, a state write, the
// status of the row its caller names, a paid state, a hold). A binding
// this package cannot resolve, a use case that only reads, a handler
// whose use case already makes it a payment webhook here (reported by
// wiredMounts) and every look-alike of siblingbare.go stay silent.

// boundStore is what fn, a handler of another package carrying ef and
// perhaps uf (an UnverifiedWebhookFact), stores of what it decoded
// through a use case bound here; "" when uf judges it otherwise (not
// pending), when its wired mount is reported already, or when no bound
// use case stores. The wired calls are uf's when the handler's package
// took it for a pending webhook, else ef's: a handler that decodes an
// event and hands it to a store is judged by what it does, whatever its
// package, receiver and event are named.
func (fx *ifaceFx) boundStore(fn *types.Func, uf *UnverifiedWebhookFact, ef *EventHookFact) string {
	calls := ef.Wired
	if uf != nil {
		if uf.Why != "" || len(uf.Wired) == 0 {
			return ""
		}
		calls = uf.Wired
	}
	if ef.Why != "" || len(calls) == 0 {
		return ""
	}
	_, t := handlerRecv(&Handler{Func: fn})
	if t == nil {
		return ""
	}
	w := fx.boundWiring()
	if w.handlerType(t) == nil || uf != nil && w.mountWhy(&Mount{Func: fn, Fact: uf}) != "" {
		return "" // no binding of its type here, or a payment webhook by its use case (wiredMounts)
	}
	for _, c := range calls {
		fns, _, ok := w.impls(t, c.Field, c.Method)
		if !ok {
			continue
		}
		stores := true
		for _, impl := range fns {
			stores = stores && fx.writes(impl)
		}
		if stores {
			return "stores what it decoded through " + c.Desc + " (" + c.At + "), bound here to " + qual(fns[0])
		}
	}
	return ""
}

// boundWiring collects, once, the bindings this package gives other
// packages' handler types (wire_bind.go's collect): those carrying a
// WireFact, and the receivers of handlers whose EventHookFact lists
// wired calls (their struct literals are read as bindings too).
func (fx *ifaceFx) boundWiring() *wiring {
	if fx.sibWiring == nil {
		w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
		for _, of := range fx.pass.AllObjectFacts() {
			ef, ok := of.Fact.(*EventHookFact)
			fn, isFn := of.Object.(*types.Func)
			if !ok || !isFn || len(ef.Wired) == 0 {
				continue
			}
			if _, t := handlerRecv(&Handler{Func: fn}); t != nil && !fx.pass.ImportObjectFact(t.Obj(), new(WireFact)) {
				w.facts[t.Obj()] = &WireFact{} // bound by literals only: no constructor's Binds
			}
		}
		w.collect()
		fx.sibWiring = w
	}
	return fx.sibWiring
}
