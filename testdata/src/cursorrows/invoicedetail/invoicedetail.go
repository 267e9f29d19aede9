// Package invoicedetail: a merchant dashboard that answers an invoice's
// detail by stepping through the rows a query returned (database/sql,
// sqlx, pgx, mongo, GORM's Rows) and reading the same invoice from Stripe
// while a row builds the answer. The loop ends when the rows run out: one
// read per row of a finite result, no poll. A loop that reads the invoice
// again and again until it is paid is a poll, beside a cursor or inside
// one, and so is one stepping through a hand-written Next that only waits.
package invoicedetail

import (
	"context"
	"database/sql"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/invoice"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

// Detail is the answer of the invoice-detail endpoint.
type Detail struct {
	Interval string
	TimeZone string
	Status   string
	Total    int64
}

// --- silent: one read per row of a query's result ---

// SubscriptionInvoice answers an invoice of a subscription: the query
// normally returns one row.
func SubscriptionInvoice(db *sql.DB, tradesperson, subscription, invoiceID string) Detail {
	var d Detail
	rows, err := db.Query("SELECT sub_interval, time_zone FROM subscriptions WHERE tradesperson_id=? AND subscription_id=?", tradesperson, subscription)
	if err != nil {
		return d
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(&d.Interval, &d.TimeZone); err != nil {
			return d
		}
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		d.Status = string(inv.Status)
		if inv.Status == stripe.InvoiceStatusPaid {
			d.Total = inv.AmountPaid
		}
	}
	return d
}

// PreparedInvoice steps through a prepared statement's rows.
func PreparedInvoice(db *sql.DB, subscription, invoiceID string) Detail {
	var d Detail
	stmt, err := db.Prepare("SELECT sub_interval FROM subscriptions WHERE subscription_id=?")
	if err != nil {
		return d
	}
	defer stmt.Close()
	rows, err := stmt.Query(subscription)
	if err != nil {
		return d
	}
	for rows.Next() {
		_ = rows.Scan(&d.Interval)
		inv, _ := invoice.Get(invoiceID, nil)
		if inv.Status == stripe.InvoiceStatusOpen {
			d.Status = "due"
		}
	}
	return d
}

// SqlxInvoice steps through sqlx's rows (Next of the sql.Rows they wrap).
func SqlxInvoice(db *sqlx.DB, subscription, invoiceID string) Detail {
	var d Detail
	rows, err := db.Queryx("SELECT sub_interval, time_zone FROM subscriptions WHERE subscription_id=?", subscription)
	if err != nil {
		return d
	}
	for rows.Next() {
		_ = rows.StructScan(&d)
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			d.Status = "paid"
		}
	}
	return d
}

// PgxInvoice steps through pgx's rows.
func PgxInvoice(ctx context.Context, conn *pgx.Conn, subscription, invoiceID string) Detail {
	var d Detail
	rows, err := conn.Query(ctx, "SELECT sub_interval FROM subscriptions WHERE subscription_id=$1", subscription)
	if err != nil {
		return d
	}
	defer rows.Close()
	for rows.Next() {
		_ = rows.Scan(&d.Interval)
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			d.Status = "paid"
		}
	}
	return d
}

// MongoInvoice steps through a mongo cursor.
func MongoInvoice(ctx context.Context, subs *mongo.Collection, subscription, invoiceID string) Detail {
	var d Detail
	cur, err := subs.Find(ctx, map[string]string{"subscription_id": subscription})
	if err != nil {
		return d
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		_ = cur.Decode(&d)
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			d.Status = "paid"
		}
	}
	return d
}

// GormInvoice steps through GORM's Rows (a sql.Rows).
func GormInvoice(db *gorm.DB, subscription, invoiceID string) Detail {
	var d Detail
	rows, err := db.Table("subscriptions").Where("subscription_id = ?", subscription).Rows()
	if err != nil {
		return d
	}
	defer rows.Close()
	for rows.Next() {
		_ = db.ScanRows(rows, &d)
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			d.Status = "paid"
		}
	}
	return d
}

// --- reported: polls beside a cursor, inside one, or behind a Next that only waits ---

// AwaitFirstInvoice reads the invoice a row names and then polls it until
// it is paid: the cursor loop is no poll, the loop after it is.
func AwaitFirstInvoice(db *sql.DB, subscription string) error {
	rows, err := db.Query("SELECT invoice_id FROM subscriptions WHERE subscription_id=?", subscription)
	if err != nil {
		return err
	}
	var invoiceID string
	for rows.Next() {
		_ = rows.Scan(&invoiceID)
	}
	for { // want `loop polling payment invoiceID stops only when the payment succeeds`
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}

// AwaitEachInvoice polls, for every row, that row's invoice until it is
// paid: the inner loop polls one invoice forever.
func AwaitEachInvoice(db *sql.DB) {
	rows, err := db.Query("SELECT invoice_id FROM subscriptions WHERE status = 'open'")
	if err != nil {
		return
	}
	for rows.Next() {
		var invoiceID string
		_ = rows.Scan(&invoiceID)
		for { // want `loop polling payment invoiceID stops only when the payment succeeds`
			inv, err := invoice.Get(invoiceID, nil)
			if err != nil {
				continue
			}
			if inv.Status == stripe.InvoiceStatusPaid {
				break
			}
			time.Sleep(5 * time.Second)
		}
	}
}

// ticks is a hand-written iterator whose Next only waits: it is no
// cursor over a query's result.
type ticks struct{ every time.Duration }

// Next waits one interval.
func (t *ticks) Next() bool {
	time.Sleep(t.every)
	return true
}

// AwaitOnTicks polls the invoice on every tick of its own iterator.
func AwaitOnTicks(invoiceID string) {
	t := &ticks{every: 5 * time.Second}
	for t.Next() { // want `loop polling payment invoiceID stops only when the payment succeeds`
		inv, err := invoice.Get(invoiceID, nil)
		if err != nil {
			continue
		}
		if inv.Status == stripe.InvoiceStatusPaid {
			return
		}
	}
}
