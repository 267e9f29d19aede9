package handler

import (
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- provider events inside an envelope ----------------------------------------
//
// Providers that batch their webhooks post an envelope ({"events": [...]}:
// GoCardless) that merchants decode into a struct of their own, named for
// nothing in particular (envelope, batch, payload). A struct whose field
// holds the provider SDK's event type — the type itself, a pointer, a
// slice or an array of it — is a decoded provider event whatever its
// name. An SDK's resources (a Payment listed) are not events, and a
// merchant's own event types are judged by their names as before.

// sdkEvent: t is a provider SDK's event type (named as an event, in a
// package of a provider's SDK).
func sdkEvent(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !payment.ProviderSDK(n.Obj().Pkg().Path()) {
		return false
	}
	return hasWord(sharedWords(n.Obj().Name()), eventWords...) != ""
}

// wrapsSDKEvent: t is a provider SDK's event, or a struct with a field
// holding one (directly, by pointer, in a slice or an array).
func wrapsSDKEvent(t types.Type) bool {
	if sdkEvent(t) {
		return true
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if sdkEvent(elemOf(st.Field(i).Type())) {
			return true
		}
	}
	return false
}

// elemOf strips pointers, slices and arrays: []*gocardless.Event → Event.
func elemOf(t types.Type) types.Type {
	for range 4 {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		default:
			return t
		}
	}
	return t
}
