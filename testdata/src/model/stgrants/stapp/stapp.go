// Package stapp calls a store whose written status is its parameter.
package stapp

import (
	"context"
	"net/http"

	"gorm.io/gorm"

	"model/stgrants/ststore"
)

type App struct {
	orders *ststore.Orders
	gw     ststore.Gateway
	db     *gorm.DB
}

func New(o *ststore.Orders, db *gorm.DB) *App {
	return &App{orders: o, gw: o, db: db}
}

// Paid is the app's webhook endpoint (the package reaches net/http).
func (a *App) Paid(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func (a *App) settle(ctx context.Context, id string) { // want `wrapper App.settle statewrite`
	a.orders.SetState(ctx, id, "paid") // want `op statewrite paid state stored by ststore.Orders.SetState$`
}

func (a *App) settleInvoice(id string) { // want `wrapper App.settleInvoice statewrite`
	ststore.MarkInvoice(a.db, id, "settled") // want `op statewrite paid state stored by ststore.MarkInvoice$`
}

func (a *App) settleVia(ctx context.Context, id string) { // want `wrapper App.settleVia statewrite`
	a.gw.SetState(ctx, id, "captured") // want `op statewrite paid state stored by ststore.Gateway.SetState$`
}

func (a *App) settleLocal(ctx context.Context, id string, ok bool) { // want `wrapper App.settleLocal statewrite`
	a.record(ctx, id, "complete") // want `op statewrite paid state stored by stapp.App.record$`
}

func (a *App) record(ctx context.Context, id, st string) {
	a.orders.SetState(ctx, id, st)
}

// Look-alikes: unpaid states, a note, an audit log, a caller's value.
func (a *App) lookalikes(ctx context.Context, id, given string) {
	a.orders.SetState(ctx, id, "cancelled")
	a.orders.SetState(ctx, id, given)
	a.orders.Note(ctx, id, "paid")
	a.orders.Audit(ctx, id, "paid")
	ststore.MarkInvoice(a.db, id, "void")
	a.record(ctx, id, "refunded")
}
