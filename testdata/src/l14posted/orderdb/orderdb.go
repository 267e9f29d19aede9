// Package orderdb is a shop's database/sql store. Its helpers take the
// whole row and write the fields they are given.
package orderdb

import (
	"bytes"
	"context"
	"database/sql"
	"strings"
)

// Order is a shop order; PaymentState holds the payment's state.
type Order struct {
	ID           string
	TxRef        string
	PaymentState string
	ShipState    string
	Note         string
}

// Invoice is a billed invoice.
type Invoice struct {
	Ref    string
	Status string
	Amount int64
}

// Parcel is a shipment handed to a carrier.
type Parcel struct {
	Tracking string
	Status   string
}

// DB wraps the connection.
type DB struct{ conn *sql.DB }

// SaveOrder writes the fields that are set, building its UPDATE piece by
// piece: payment_status is stored from o.PaymentState.
func (d *DB) SaveOrder(ctx context.Context, o *Order) error {
	q := "UPDATE orders SET "
	var args []any
	if o.TxRef != "" {
		q += "tx_ref = ?, "
		args = append(args, o.TxRef)
	}
	if o.PaymentState != "" {
		q += "payment_status = ?, "
		args = append(args, o.PaymentState)
	}
	q += "updated_at = CURRENT_TIMESTAMP WHERE id = ?"
	args = append(args, o.ID)
	_, err := d.conn.ExecContext(ctx, q, args...)
	return err
}

// PutInvoice stores an invoice's status with a constant statement.
func (d *DB) PutInvoice(ctx context.Context, inv Invoice) error {
	_, err := d.conn.ExecContext(ctx, "UPDATE invoices SET status = $1, amount_cents = $2 WHERE ref = $3", inv.Status, inv.Amount, inv.Ref)
	return err
}

// RecordInvoice hands the row on to PutInvoice.
func (d *DB) RecordInvoice(ctx context.Context, inv Invoice) error {
	return d.PutInvoice(ctx, inv)
}

// MoveParcel stores a carrier's status: a shipment, not a payment.
func (d *DB) MoveParcel(ctx context.Context, p *Parcel) error {
	var q bytes.Buffer
	q.WriteString("UPDATE parcels SET ")
	q.WriteString("status = ? WHERE tracking = ?")
	_, err := d.conn.ExecContext(ctx, q.String(), []any{p.Status, p.Tracking}...)
	return err
}

// SetDelivery stores the order's delivery state: shipping_status is no
// payment status.
func (d *DB) SetDelivery(ctx context.Context, o *Order) error {
	var q strings.Builder
	var args []any
	q.WriteString("UPDATE orders SET ")
	if o.ShipState != "" {
		q.WriteString("shipping_status = ?, ")
		args = append(args, o.ShipState)
	}
	q.WriteString("updated_at = CURRENT_TIMESTAMP WHERE id = ?")
	args = append(args, o.ID)
	_, err := d.conn.ExecContext(ctx, q.String(), args...)
	return err
}

// AnnotateOrder stores a note: no state.
func (d *DB) AnnotateOrder(ctx context.Context, o *Order) error {
	_, err := d.conn.ExecContext(ctx, "UPDATE orders SET note = $1 WHERE id = $2", o.Note, o.ID)
	return err
}
