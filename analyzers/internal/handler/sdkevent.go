package handler

import (
	"go/types"
	"slices"
	"strings"
)

// ---- a provider SDK's webhook event inside the merchant's own envelope -------
//
// bodyclass.go takes a routed handler whose body is decoded into a
// provider SDK's type named for an event (stripe.Event) for a webhook. A
// provider that posts a batch is often decoded into the merchant's own
// envelope holding the SDK's items:
//
//	var batch struct{ Items []struct{ Item webhook.NotificationRequestItem } } // a named type in real code
//	c.ShouldBindJSON(&batch)
//
// No merchant request carries a provider's webhook event: a body that
// holds one (a field, an element of a slice, an array or a pointer, up to
// three levels down) is the provider's notification, whatever the route
// and the handler are called. Which SDK types are webhook events is
// provider data (checked in the module cache): not every type of an SDK
// whose name says event is one a provider posts.

// webhookEvents: per SDK module, the types its provider posts to a
// merchant's webhook.
var webhookEvents = []struct {
	module string
	types  []string
}{
	{"github.com/stripe/stripe-go", []string{"Event", "ThinEvent"}}, // v72…v84: Event; v80+: ThinEvent
	// v6/v7 src/notification.Notification, v14+ src/webhook.Webhook; their
	// NotificationItem and NotificationRequestItem.
	{"github.com/adyen/adyen-go-api-library", []string{"Notification", "Webhook", "NotificationItem", "NotificationRequestItem"}},
	{"github.com/braintree-go/braintree-go", []string{"WebhookNotification"}},
	{"github.com/gocardless/gocardless-pro-go", []string{"Event"}}, // v2: webhooks deliver {"events": [Event]}
	{"github.com/plutov/paypal", []string{"Event", "AnyEvent"}},    // v4
	{"github.com/square/square-go-sdk", []string{"Event"}},         // v1.5.0
}

// providerEvent: the provider SDK webhook event type t is or holds,
// as pkg.Name; "" if none.
func providerEvent(t types.Type) string {
	return eventIn(t, 0, map[types.Type]bool{})
}

func eventIn(t types.Type, depth int, seen map[types.Type]bool) string {
	if t == nil || depth > 3 || seen[t] {
		return ""
	}
	seen[t] = true
	switch x := types.Unalias(t).(type) {
	case *types.Pointer:
		return eventIn(x.Elem(), depth, seen)
	case *types.Slice:
		return eventIn(x.Elem(), depth, seen)
	case *types.Array:
		return eventIn(x.Elem(), depth, seen)
	case *types.Named:
		if obj := x.Obj(); obj.Pkg() != nil && isWebhookEvent(obj.Pkg().Path(), obj.Name()) {
			return obj.Pkg().Name() + "." + obj.Name()
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if ev := eventIn(st.Field(i).Type(), depth+1, seen); ev != "" {
			return ev
		}
	}
	return ""
}

// isWebhookEvent: type name of package path is a webhook event of a
// provider's SDK (the module or one of its major versions' packages).
func isWebhookEvent(path, name string) bool {
	for _, e := range webhookEvents {
		if (path == e.module || strings.HasPrefix(path, e.module+"/") || strings.HasPrefix(path, e.module+"@")) &&
			slices.Contains(e.types, name) {
			return true
		}
	}
	return false
}
