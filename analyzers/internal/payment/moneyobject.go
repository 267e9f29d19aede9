package payment

import (
	"go/ast"
	"go/types"
)

// ---- an amount sent as a money object ------------------------------------------
//
// Many APIs send a sum with its currency as one object, one level down
// (Afterpay-style checkouts: "amount": {"amount": "49.00", "currency":
// "AUD"}; Adyen: "amount": {"value": 4900, "currency": "EUR"}; PayPal's
// purchase units). The body then carries a currency as surely as one
// with a top-level "currency" field: next to the merchant's reference it
// is a payment's (paymentBody). moneyObject marks such a body with the
// key moneyCurrency, which no JSON or form name normalises to.

// moneyCurrency is the body field set's mark of an amount object that
// names its own currency.
const moneyCurrency = "amount.currency"

// moneyObject marks fs when the field name is an amount whose value (v,
// when seen) or type (t) is an object with a currency field.
func (b *builder) moneyObject(fs bodyFieldSet, name string, v ast.Expr, t types.Type, depth int) {
	if !amountFields[normField(name)] || depth > maxEvalDepth {
		return
	}
	inner := bodyFieldSet{}
	if v != nil {
		b.valueFields(v, inner, depth+1)
	}
	if len(inner) == 0 && t != nil {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if st, ok := t.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Exported() {
					inner.add(jsonName(st.Field(i).Name(), st.Tag(i)), nil)
				}
			}
		}
	}
	_, cur := inner["currency"]
	_, code := inner["currencycode"]
	if cur || code {
		fs[moneyCurrency] = nil
	}
}
