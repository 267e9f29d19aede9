// Package checkout waits for card payments through pollkit's helpers,
// whose callbacks it stores in their fields.
package checkout

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"pollfieldhelper/pollkit"
)

// settled reports whether a payment intent will not change any more.
func settled(pi *stripe.PaymentIntent) bool {
	switch pi.Status {
	case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
		return true
	}
	return false
}

func read(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return paymentintent.Get(id, nil)
}

// WaitIntent polls through a Poller, which never stops on its own.
func WaitIntent(ctx context.Context, id string) *stripe.PaymentIntent {
	p := pollkit.Poller[*stripe.PaymentIntent]{
		Every: 3 * time.Second,
		Fetch: func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:  settled,
	}
	return p.Until(ctx) // want `pollkit.Poller.Until polling payment id has no bound: .*the helper checks no context`
}

// WaitIntentInline builds the poller in place, with its done test as a
// literal.
func WaitIntentInline(ctx context.Context, id string) *stripe.PaymentIntent {
	return pollkit.Poller[*stripe.PaymentIntent]{ // want `pollkit.Poller.Until polling payment id has no bound`
		Every: 5 * time.Second,
		Fetch: func(ctx context.Context) (*stripe.PaymentIntent, error) { return paymentintent.Get(id, nil) },
		Done: func(pi *stripe.PaymentIntent) bool {
			return pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled
		},
	}.Until(ctx)
}

// AwaitCapture hands the check in a struct parameter.
func AwaitCapture(ctx context.Context, id string) {
	pollkit.Await(ctx, pollkit.Check{ // want `pollkit.Await polling payment id has no bound`
		Interval: 4 * time.Second,
		Ready: func(ctx context.Context) (bool, error) {
			pi, err := paymentintent.Get(id, nil)
			if err != nil {
				return false, err
			}
			return pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled, nil
		},
	})
}

// WaitIntentBounded uses the poller that watches its context and a
// deadline: silent.
func WaitIntentBounded(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Every:   3 * time.Second,
		Timeout: 10 * time.Minute,
		Fetch:   func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:    settled,
	}
	return p.Until(ctx)
}

// Shipment is a parcel's tracking state at the carrier.
type Shipment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

func track(ctx context.Context, id string) (*Shipment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.carrier.example/v1/shipments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s Shipment
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}

// WaitDelivered follows a parcel, not a payment: silent.
func WaitDelivered(ctx context.Context, id string) *Shipment {
	p := pollkit.Poller[*Shipment]{
		Every: 30 * time.Second,
		Fetch: func(ctx context.Context) (*Shipment, error) { return track(ctx, id) },
		Done:  func(s *Shipment) bool { return s.State == "delivered" },
	}
	return p.Until(ctx)
}

// CurrentIntent reads the intent once through a Probe: no loop, silent.
func CurrentIntent(ctx context.Context, id string) *stripe.PaymentIntent {
	p := pollkit.Probe[*stripe.PaymentIntent]{
		Fetch: func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
	}
	return p.Read(ctx)
}

// WaitIntentVia builds the poller, then stores another callback in its
// field before the call: what Until polls is not the literal, silent.
func WaitIntentVia(ctx context.Context, id string, fetch func(context.Context) (*stripe.PaymentIntent, error)) *stripe.PaymentIntent {
	p := pollkit.Poller[*stripe.PaymentIntent]{
		Every: 3 * time.Second,
		Fetch: func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:  settled,
	}
	p.Fetch = fetch
	return p.Until(ctx)
}
