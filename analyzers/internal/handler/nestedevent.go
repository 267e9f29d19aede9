package handler

import (
	"go/ast"
	"go/types"
)

// ---- an event's status inside its envelope -----------------------------------
//
// Many providers wrap the event's fields in an envelope: Open Banking's
// event notification carries them under Data (ev.Data.Status), others
// under data/object/resource. comparesEventField read only a field of the
// decoded event itself (ev.Status == "paid"), so a handler testing
// ev.Data.Status against a settled status was not seen to act on a
// payment event, and one mounted from another package on a path naming
// neither a webhook nor a payment was judged nowhere. A chain of field
// selections down to the event (never a method call, an index or a
// conversion) is the event's field as much as a direct one.

// envelopeField: e is a selection of a field of a field … of a
// variable in evs (ev.Data.Status, it.Data.Attributes.State).
func (m *Model) envelopeField(e ast.Expr, evs map[types.Object]bool) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	for {
		if s := m.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			return false
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.Ident:
			return evs[m.pass.TypesInfo.ObjectOf(x)]
		case *ast.SelectorExpr:
			sel = x
		default:
			return false
		}
	}
}

// ---- a handler type mounted as a value ---------------------------------------
//
// usesUnverified, the filter deciding whether a package's routes are
// looked at for other packages' unverified webhooks, looked only for
// functions used (h.Stripe, hooks.NewMollie). A handler type with a
// ServeHTTP method mounted as a value (mux.Handle(p, &hooks.Bank{…}))
// uses only the type: a main doing nothing else for payments skipped its
// routes altogether, and the mount was never judged.

// servesUnverified: obj is a named type of another package whose
// ServeHTTP (on the value or the pointer) carries an
// UnverifiedWebhookFact.
func (m *Model) servesUnverified(obj types.Object) bool {
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.IsAlias() || tn.Pkg() == nil || tn.Pkg() == m.pass.Pkg {
		return false
	}
	if _, ok := tn.Type().(*types.Named); !ok {
		return false
	}
	return m.unverifiedFact(m.foreignServeHTTP(tn.Type())) != nil
}
