// Package app stores payment records whole, through key-value buckets of
// its own, with the status set in several ways before the write.
package app

import (
	"context"
	"sync"

	"s17records/kv"
)

type PaymentStatus string

const (
	PaymentOpen    PaymentStatus = "open"
	PaymentPaid    PaymentStatus = "paid"
	PaymentFailed  PaymentStatus = "failed"
	PaymentExpired PaymentStatus = "expired"
)

// Invoice is a bill's record.
type Invoice struct {
	ID            string
	PaymentStatus PaymentStatus
}

// Subscription is a plan's record.
type Subscription struct {
	ID     string
	Status string
}

// Parcel is a shipment's record.
type Parcel struct {
	ID     string
	Status string
}

// Lookup reads an invoice's payment from the payment service.
type Lookup interface {
	PaymentOf(ctx context.Context, id string) (string, error)
}

type Svc struct {
	invoices   kv.Bucket[Invoice]
	invoiceMem kv.Cache[Invoice]
	subs       *Subs
	parcels    kv.Bucket[Parcel]
	psp        Lookup
	seen       sync.Map
}

// Subs is a concrete store of subscriptions.
type Subs struct{ m map[string]Subscription }

func (s *Subs) Save(ctx context.Context, sub *Subscription) error {
	s.m[sub.ID] = *sub
	return nil
}

// statusFor maps a provider's word to the invoice's status.
func statusFor(word string, ok bool) PaymentStatus {
	switch word {
	case "charge":
		if ok {
			return PaymentPaid
		}
		return PaymentFailed
	case "expire":
		return PaymentExpired
	}
	return PaymentOpen
}

// onCharge: the status chosen by a classifier, through a local.
func (s *Svc) onCharge(ctx context.Context, id, word string, ok bool) error { // want `wrapper Svc.onCharge statewrite paid state stored as Invoice.PaymentStatus by kv.Bucket.Put`
	inv, err := s.invoices.Get(ctx, id)
	if err != nil {
		return err
	}
	st := statusFor(word, ok)
	inv.PaymentStatus = st
	return s.invoices.Put(ctx, id, inv) // want `op statewrite paid state stored as Invoice.PaymentStatus by kv.Bucket.Put$`
}

// activate: a paid word in a pointer record handed to a concrete store.
func (s *Svc) activate(ctx context.Context, id string) error { // want `wrapper Svc.activate statewrite paid state stored as Subscription.Status by app.Subs.Save`
	sub := &Subscription{ID: id}
	sub.Status = "active"
	return s.subs.Save(ctx, sub) // want `op statewrite paid state stored as Subscription.Status by app.Subs.Save$`
}

// literal: the record made in the call.
func (s *Svc) literal(ctx context.Context, id string) error { // want `wrapper Svc.literal statewrite paid state stored as Invoice.PaymentStatus by kv.Bucket.Put`
	return s.invoices.Put(ctx, id, Invoice{ID: id, PaymentStatus: PaymentPaid}) // want `op statewrite paid state stored as Invoice.PaymentStatus by kv.Bucket.Put$`
}

// cached: a copy kept in a cache is not the state itself.
func (s *Svc) cached(ctx context.Context, id string) error {
	return s.invoiceMem.Set(ctx, id, Invoice{ID: id, PaymentStatus: PaymentPaid})
}

// remembered: sync.Map of the standard library.
func (s *Svc) remembered(id string) {
	s.seen.Store(id, Invoice{ID: id, PaymentStatus: PaymentPaid})
}

// delivered: a parcel's completed status is no payment's.
func (s *Svc) delivered(ctx context.Context, id string) error {
	p := Parcel{ID: id}
	p.Status = "completed"
	return s.parcels.Put(ctx, id, p)
}

// passThrough maps nothing: it returns what it is given.
func passThrough(word string) PaymentStatus { return PaymentStatus(word) }

// copied: a status the model cannot read.
func (s *Svc) copied(ctx context.Context, id, word string) error {
	inv := Invoice{ID: id}
	inv.PaymentStatus = passThrough(word)
	return s.invoices.Put(ctx, id, inv)
}

// readBack: the classifier maps the payment service's answer.
func (s *Svc) readBack(ctx context.Context, id string) error {
	word, err := s.psp.PaymentOf(ctx, id)
	if err != nil {
		return err
	}
	inv := Invoice{ID: id}
	inv.PaymentStatus = statusFor(word, true)
	return s.invoices.Put(ctx, id, inv)
}

// paidOnReadBack: paid only where the payment service said so.
func (s *Svc) paidOnReadBack(ctx context.Context, id string) error {
	word, err := s.psp.PaymentOf(ctx, id)
	if err != nil {
		return err
	}
	inv := Invoice{ID: id, PaymentStatus: PaymentOpen}
	if word == "captured" {
		inv.PaymentStatus = PaymentPaid
	}
	return s.invoices.Put(ctx, id, inv)
}

// expireOf knows no paid value.
func expireOf(word string) PaymentStatus {
	if word == "expire" {
		return PaymentExpired
	}
	return PaymentOpen
}

// expired: only open or expired.
func (s *Svc) expired(ctx context.Context, id, word string) error {
	inv := Invoice{ID: id}
	inv.PaymentStatus = expireOf(word)
	return s.invoices.Put(ctx, id, inv)
}

// later: the paid value is set after the write.
func (s *Svc) later(ctx context.Context, id string) error {
	inv := Invoice{ID: id, PaymentStatus: PaymentOpen}
	err := s.invoices.Put(ctx, id, inv)
	inv.PaymentStatus = PaymentPaid
	return err
}

// fromCaller: a status handed in by the caller is the caller's to judge.
func (s *Svc) fromCaller(ctx context.Context, id string, st PaymentStatus) error {
	inv := Invoice{ID: id}
	inv.PaymentStatus = st
	return s.invoices.Put(ctx, id, inv)
}
