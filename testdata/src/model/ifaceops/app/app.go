// Package app reaches payments through interfaces: its own, and the
// Gateway of package gw.
package app

import (
	"context"
	"net/http"

	"model/ifaceops/gw"
)

// Through another package's interface: gw's one real implementation
// (its MockGateway does not count).
func status(ctx context.Context, g gw.Gateway, id string) (*gw.Payment, error) {
	return g.GetPayment(ctx, id) // want `op read gw.Gateway.GetPayment \(GET /v1/payments/\{\}\) id=id via=GetPayment$`
}

func pay(ctx context.Context, g gw.Gateway, orderID string) {
	g.CreatePayment(ctx, orderID, 100) // want `op write\|create gw.Gateway.CreatePayment \(POST /v1/payments\) key=Idempotency-Key keyparam=2 via=CreatePayment$`
}

// reader has one implementation in this package.
type reader interface {
	Status(ctx context.Context, id string) (*http.Response, error)
}

type restReader struct{ hc *http.Client }

func (r restReader) Status(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.hilt.example/v1/payments/"+id, nil)
	return r.hc.Do(req)
}

func localRead(ctx context.Context, r reader, id string) {
	r.Status(ctx, id) // want `op read app.reader.Status \(GET /v1/payments/\{\}\) id=id via=Status$`
}

// lookup has two implementations that disagree: one reads the provider,
// the other a local map. Silent.
type lookup interface {
	Find(ctx context.Context, id string) (*http.Response, error)
}

type restLookup struct{ hc *http.Client }

func (r restLookup) Find(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.hilt.example/v1/payments/"+id, nil)
	return r.hc.Do(req)
}

type cacheLookup struct{ m map[string]*http.Response }

func (c cacheLookup) Find(ctx context.Context, id string) (*http.Response, error) {
	return c.m[id], nil
}

func disagree(ctx context.Context, l lookup, id string) {
	l.Find(ctx, id)
}

// charger is implemented only by a fake that talks to a local test
// server: a test double is no implementation. Silent.
type charger interface {
	Charge(ctx context.Context, orderID string) (*http.Response, error)
}

type fakeCharger struct{ url string }

func (f fakeCharger) Charge(ctx context.Context, orderID string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, f.url+"/v1/payments", nil)
	return http.DefaultClient.Do(req) // want `op write\|create POST /v1/payments`
}

func onlyFake(ctx context.Context, c charger, orderID string) {
	c.Charge(ctx, orderID)
}

// getter has gw's method shape, but nothing hands gw's type over as a
// getter and gw does not know this package: no visible implementation.
// Silent.
type getter interface {
	GetPayment(ctx context.Context, id string) (*gw.Payment, error)
}

func noImpl(ctx context.Context, g getter, id string) {
	g.GetPayment(ctx, id)
}

// A method of the standard library's interfaces is left alone.
func std(ctx context.Context, rt http.RoundTripper, req *http.Request) {
	rt.RoundTrip(req)
}

// refunds is also implemented by a struct that embeds it (a decorator):
// the embedded implementation is unknown, so the call is no op. Silent,
// and no endless resolution through the embedding.
type refunds interface {
	Refund(ctx context.Context, id string) (*http.Response, error)
}

type restRefunds struct{ hc *http.Client }

func (r restRefunds) Refund(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hilt.example/v1/payments/"+id+"/refunds", nil)
	return r.hc.Do(req)
}

type tracedRefunds struct{ refunds }

func refund(ctx context.Context, r refunds, id string) {
	r.Refund(ctx, id)
}
