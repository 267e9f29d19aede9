package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- what a return page's status test proves, by the providers' tables -------
//
// statusGuarded counts a status compared == with a word of the global
// vocabulary ("paid", "succeeded"), and c15hExcluded every constant of a
// named status type turned back. Two shapes fall between them:
//
//	status, err := p.gateway.Status(orderID) // a port; main binds it to CheckTransaction
//	if status != "settlement" { return }     // Midtrans' paid, no global word
//	activate()
//
//	switch pay.Status { // a Mollie payment, status a plain string
//	case "open", "pending", "authorized", "canceled", "expired", "failed":
//		return
//	}
//	grant() // only paid gets here
//
// The first compares a port's answer with a word only a provider table
// calls paid (payment.ProviderSuccess): the page asked someone for the
// payment's state and tests the provider's paid. It counts when the value
// comes from a provider status read, or from an interface method whose
// implementations in sight read the payment (none in sight: main binds
// one, and precision keeps silent). A concrete call of the shop's own
// (its stored status) proves nothing of the provider and keeps the old
// verdict. The second turns back, one by one, every failure and pending
// value of one provider's table (payment.CoversNonPaid): what is left
// is paid. Turning back some of them (canceled, expired, failed: open and
// pending pass) is no paid verdict and stays reported.

// guarded: block b of fn is reached only through a provider-only paid
// value tested on a port's answer (with the ordinary success edges), or
// after every non-paid value of a provider's table was turned back.
func (m *Model) guarded(fn *ssa.Function, b *ssa.BasicBlock, t func(ssa.Value) bool) bool {
	var edges []edge
	port := false
	for _, i := range ifs(fn) {
		if e, ok := m.statusEdge(i, t); ok {
			edges = append(edges, e)
		} else if e, ok := m.portEdge(i, t); ok {
			edges = append(edges, e)
			port = true
		}
	}
	if port && guardedBy(fn, edges, b) {
		return true
	}
	return excluded(fn, b, t)
}

// portEdge: the edge of i taken when a provider's answer equals a
// provider-only paid value ("settlement").
func (m *Model) portEdge(i *ssa.If, t func(ssa.Value) bool) (edge, bool) {
	c, ok := i.Cond.(*ssa.BinOp)
	if !ok || c.Op != token.EQL && c.Op != token.NEQ {
		return edge{}, false
	}
	eq := 0
	if c.Op == token.NEQ {
		eq = 1
	}
	for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
		s, ok := constStr(pair[1])
		if !ok || payment.IsSuccessStatus(s) || !payment.ProviderSuccess(s) || !t(pair[0]) {
			continue
		}
		if m.statusAnswer(pair[0]) {
			return succ(i, eq), true
		}
	}
	return edge{}, false
}

// statusAnswer: v is (a field of) the result of a provider status
// read, or of an interface method whose implementations in this package
// read the payment, or that has none here to ask; or a request's value,
// for the query pass of StatusChecked.
func (m *Model) statusAnswer(v ssa.Value) bool {
	call := callOf(v)
	if call == nil {
		return false
	}
	if m.statuses[call.Call.Pos()] {
		return true
	}
	if requestMethod(call.Common()) {
		// The redirect's own word (echo.Context is an interface too):
		// trusted() never lets it through, and StatusChecked's query pass
		// names the parameter the page tested ("from the query string").
		return true
	}
	if !call.Call.IsInvoke() || m.info == nil {
		return false
	}
	it, ok := call.Call.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	impls := implsIn(m.pass.Pkg, ifaceCall{Method: call.Call.Method, Iface: it})
	if len(impls) == 0 {
		return true // bound elsewhere (main): nothing here says it is not the provider
	}
	for _, fn := range impls {
		if f := m.info.Wrappers[fn]; f != nil && f.Kind.Has(payment.StatusRead) {
			return true
		}
	}
	return false
}

// callOf returns the call v was read from: its result, one of its
// results, or a field of one.
func callOf(v ssa.Value) *ssa.Call {
	for range 8 {
		switch x := strip(v).(type) {
		case *ssa.Call:
			return x
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.Field:
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			v = x.X
		default:
			return nil
		}
	}
	return nil
}

// f18Key names the status a comparison tests: one loaded field (each
// if of a chain loads it again) or one value (a switch's tag).
type f18Key struct {
	v ssa.Value
	f int
}

func keyOf(v ssa.Value) f18Key {
	v = strip(v)
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		if fa, ok := u.X.(*ssa.FieldAddr); ok {
			return f18Key{fa.X, fa.Field}
		}
	}
	if fd, ok := v.(*ssa.Field); ok {
		return f18Key{fd.X, fd.Field}
	}
	return f18Key{v, -1}
}

// excluded: some status t trusts was found unequal, on every path to
// b, to each failure and pending value of one provider's table.
func excluded(fn *ssa.Function, b *ssa.BasicBlock, t func(ssa.Value) bool) bool {
	byKey := map[f18Key]map[string][]edge{}
	for _, i := range ifs(fn) {
		c, ok := i.Cond.(*ssa.BinOp)
		if !ok || c.Op != token.EQL && c.Op != token.NEQ {
			continue
		}
		ne := 1 // x == k: the else edge
		if c.Op == token.NEQ {
			ne = 0
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			s, ok := constStr(pair[1])
			if !ok || !t(pair[0]) {
				continue
			}
			k := keyOf(pair[0])
			if byKey[k] == nil {
				byKey[k] = map[string][]edge{}
			}
			f := payment.Fold(s)
			byKey[k][f] = append(byKey[k][f], succ(i, ne))
		}
	}
	for _, vals := range byKey {
		if len(vals) < 2 {
			continue
		}
		if payment.CoversNonPaid(func(v string) bool { return guardedBy(fn, vals[v], b) }) {
			return true
		}
	}
	return false
}

// returnByRead: h, on a route the buyer comes back to that ends in a
// return word (ReturnByWrite checked the route and the landing's shape),
// reads the payment from the provider: nothing but a payment makes such a
// page ask a provider about one ("/gift/return" reading the Mollie
// payment before granting a voucher), as a paid state stored does.
func (m *Model) returnByRead(h *Handler) bool {
	return m.ReadsPayment(h)
}
