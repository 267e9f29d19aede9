// Package rowsdone: workers over pending rows whose client makes a new
// idempotency key on every call. A failure (a lost answer, a 5xx after
// the provider charged) leaves the row pending, the next pass charges
// again under another key. The key must come from the row; a failure
// recorded on the row, a stopped worker, rows that are no payments and a
// select of no pending state are not that mistake.
package rowsdone

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
	"github.com/robfig/cron/v3"
	"gorm.io/gorm"
)

type Booking struct {
	ID     uint
	Ref    string
	Token  string
	Minor  int64
	Status string
}

type Vault struct {
	URL  string
	HTTP *http.Client
}

// Charge makes a new key on every call.
func (v *Vault) Charge(ctx context.Context, b Booking) error {
	return v.ChargeWithKey(ctx, uuid.NewString(), b)
}

// ChargeWithKey sends the charge under the caller's key.
func (v *Vault) ChargeWithKey(ctx context.Context, key string, b Booking) error {
	body, _ := json.Marshal(map[string]any{"token": b.Token, "amount": b.Minor})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, v.URL+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := v.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("vault: %s", resp.Status)
	}
	return nil
}

// Deliver posts an event to a merchant's endpoint: no payment.
func (v *Vault) Deliver(ctx context.Context, url string, payload []byte) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := v.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Worker struct {
	DB    *gorm.DB
	SQL   *sql.DB
	X     *sqlx.DB
	Vault *Vault
}

// --- flagged ---

// GORM, ticker: a compound pending state (noshow_pending); the row is
// updated on success only.
func (w *Worker) RunNoShows(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for range t.C {
		var rows []Booking
		w.DB.WithContext(ctx).Where("status = ?", "noshow_pending").Find(&rows)
		for _, b := range rows {
			if err := w.Vault.Charge(ctx, b); err != nil { // want `rowsdone.Vault.Charge \(POST /v1/charges\) is retried by a worker loop that re-selects pending rows \(line \d+\) but Charge makes a new idempotency key on every call`
				log.Printf("noshow %s: %v", b.Ref, err)
				continue
			}
			w.DB.Model(&b).Update("status", "noshow_charged")
		}
	}
}

// database/sql, for {}: open or retry rows, the key made inline.
func (w *Worker) RunDeposits(ctx context.Context) {
	for {
		rows, err := w.SQL.QueryContext(ctx, `SELECT id, ref FROM bookings WHERE deposit_state IN ('open', 'retry')`)
		if err != nil {
			time.Sleep(time.Minute)
			continue
		}
		for rows.Next() {
			var b Booking
			if rows.Scan(&b.ID, &b.Ref) != nil {
				continue
			}
			if err := w.Vault.ChargeWithKey(ctx, uuid.NewString(), b); err != nil { // want `rowsdone.Vault.ChargeWithKey \(POST /v1/charges\) is retried by a worker loop that re-selects pending rows \(line \d+\)`
				log.Printf("deposit %s: %v", b.Ref, err)
				continue
			}
			w.SQL.ExecContext(ctx, `UPDATE bookings SET deposit_state = 'charged' WHERE id = $1`, b.ID)
		}
		rows.Close()
		time.Sleep(time.Minute)
	}
}

// --- silent ---

// The key comes from the row: the same on every pass.
func (w *Worker) RunNoShowsKeyed(ctx context.Context) {
	for {
		var rows []Booking
		w.DB.Where("status = ?", "noshow_pending").Find(&rows)
		for _, b := range rows {
			if err := w.Vault.ChargeWithKey(ctx, "noshow-"+b.Ref, b); err != nil {
				log.Printf("noshow %s: %v", b.Ref, err)
				continue
			}
			w.DB.Model(&b).Update("status", "noshow_charged")
		}
		time.Sleep(time.Hour)
	}
}

// sqlx: the key is the row's id.
func (w *Worker) RunPenaltiesByID(ctx context.Context) {
	for {
		var rows []Booking
		_ = w.X.SelectContext(ctx, &rows, `SELECT id, ref FROM bookings WHERE status = 'penalty_pending'`)
		for _, b := range rows {
			if err := w.Vault.ChargeWithKey(ctx, strconv.FormatUint(uint64(b.ID), 10), b); err != nil {
				log.Printf("penalty %s: %v", b.Ref, err)
				continue
			}
			w.X.MustExecContext(ctx, `UPDATE bookings SET status = 'penalty_charged' WHERE id = $1`, b.ID)
		}
		time.Sleep(time.Hour)
	}
}

// A failure is recorded on the row: the next pass no longer selects it.
func (w *Worker) RunNoShowsFailing(ctx context.Context) {
	for {
		var rows []Booking
		w.DB.Where("status = ?", "noshow_pending").Find(&rows)
		for _, b := range rows {
			if err := w.Vault.Charge(ctx, b); err != nil {
				w.DB.Model(&b).Update("status", "noshow_failed")
				continue
			}
			w.DB.Model(&b).Update("status", "noshow_charged")
		}
		time.Sleep(time.Hour)
	}
}

// The first failure stops the worker.
func (w *Worker) RunNoShowsOnce(ctx context.Context) {
	for {
		var rows []Booking
		w.DB.Where("status = ?", "noshow_pending").Find(&rows)
		for _, b := range rows {
			if err := w.Vault.Charge(ctx, b); err != nil {
				log.Printf("noshow %s: %v; stopping", b.Ref, err)
				return
			}
			w.DB.Model(&b).Update("status", "noshow_charged")
		}
		time.Sleep(time.Hour)
	}
}

// Every row each night: no pending state selected (a report job).
func (w *Worker) RunNightly(ctx context.Context) {
	for {
		var rows []Booking
		w.DB.Where("minor > ?", 0).Find(&rows)
		for _, b := range rows {
			if err := w.Vault.Charge(ctx, b); err != nil {
				log.Printf("nightly %s: %v", b.Ref, err)
			}
		}
		time.Sleep(24 * time.Hour)
	}
}

// Webhook deliveries pending: no payment write, run by cron.
type Delivery struct {
	ID      int64
	URL     string
	Payload []byte
}

type Deliverer struct {
	X     *sqlx.DB
	Vault *Vault
}

func (d *Deliverer) deliverPending() {
	ctx := context.Background()
	var rows []Delivery
	_ = d.X.SelectContext(ctx, &rows, `SELECT id, url, payload FROM webhook_deliveries WHERE state = 'delivery_pending'`)
	for _, r := range rows {
		if err := d.Vault.Deliver(ctx, r.URL, r.Payload); err != nil {
			log.Printf("delivery %d: %v", r.ID, err)
			continue
		}
		d.X.MustExecContext(ctx, `UPDATE webhook_deliveries SET state = 'delivered' WHERE id = $1`, r.ID)
	}
}

func (d *Deliverer) Schedule(c *cron.Cron) {
	c.AddFunc("@every 1m", d.deliverPending)
}
